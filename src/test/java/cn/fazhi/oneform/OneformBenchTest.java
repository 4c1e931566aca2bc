package cn.fazhi.oneform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.identifiers.ResidentIdNumber;

/**
 * The register's benchmark (not part of the normal run: {@code -Dfazhi.bench.oneform=true}; bench/oneform.sh). The
 * context's demo generates {@code fazhi.oneform.demo.persons} persons at start (timed by the generator); then a .csv of
 * {@code fazhi.bench.rows} further persons is written and imported (all or nothing, one transaction); then a derived
 * form over the whole register (the 80-and-over count and the 低保 roster, median of 3) and the search of a person by
 * ID number through the blind index (p95 of 200, with {@code SELECT 1} as the baseline in the same run).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "fazhi.bench.oneform", matches = "true")
class OneformBenchTest {

    @Autowired RegisterImport imports;
    @Autowired Register register;
    @Autowired Forms forms;
    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;
    @Autowired UserAccounts userAccounts;
    @Value("${fazhi.bench.rows:780000}") int rows;

    @Test
    void importFormAndSearch() throws Exception {
        CurrentUser admin = userAccounts.loadDetails(accounts.create("obench", 4, "SYS_ADMIN")).orElseThrow().user();
        long before = jdbc.sql("SELECT COUNT(*) FROM oneform_person").query(Long.class).single();
        List<String> villages = jdbc.sql("SELECT code FROM region WHERE level = 'VILLAGE' AND code LIKE '421202%' ORDER BY code")
                .query(String.class).list();
        Path csv = Files.createTempFile("oneform-bench-", ".csv");
        List<String> sample = new ArrayList<>();
        Random random = new Random(780L);
        int[] counters = new int[70000];
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("户编号,村（社区）,村民小组,家庭住址,姓名,公民身份号码,与户主关系,联系电话,人员属性,属性来源,属性日期\n");
            int household = 0;
            for (int k = 0; k < rows; ) {
                String village = villages.get(household % villages.size());
                String number = "B" + village + String.format("%06d", household++);
                int size = Math.min(rows - k, 1 + household % 4);
                for (int m = 0; m < size; m++, k++) {
                    LocalDate born = LocalDate.of(1935, 1, 1).plusDays(random.nextInt(32000));
                    boolean male = random.nextBoolean();
                    int slot = (int) (born.toEpochDay() - LocalDate.of(1935, 1, 1).toEpochDay()) * 2 + (male ? 1 : 0);
                    int seq = (300 + counters[slot]++) * 2 + (male ? 1 : 0);
                    String first17 = "421202" + born.toString().replace("-", "") + String.format("%03d", seq);
                    String id = first17 + ResidentIdNumber.checkCharacter(first17);
                    if (k % 3900 == 0) {
                        sample.add(id);
                    }
                    w.write(number + "," + village + ",第一组," + (m == 0 ? "测试路" + household + "号" : "") + ",测试"
                            + k + "," + id + "," + (m == 0 ? "户主" : "子女") + "," + (m == 0 ? "13907150000" : "") + ","
                            + (k % 31 == 0 ? "低保,区民政局,2024-01-01" : ",,") + "\n");
                }
            }
        }
        long t0 = System.nanoTime();
        int imported;
        try (InputStream in = Files.newInputStream(csv)) {
            imported = imports.importCsv(in, admin);
        }
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        Files.deleteIfExists(csv);
        assertThat(imported).isEqualTo(rows);
        long total = jdbc.sql("SELECT COUNT(*) FROM oneform_person").query(Long.class).single();
        assertThat(total).isEqualTo(before + rows);

        long elderly = forms.list(admin).stream().filter(f -> f.code().equals("ELDERLY80")).findFirst().orElseThrow().id();
        long dibao = forms.list(admin).stream().filter(f -> f.code().equals("DIBAO")).findFirst().orElseThrow().id();
        double[] summary = new double[3];
        double[] roster = new double[3];
        long rosterRows = 0;
        for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            forms.produce(elderly, admin, Locale.SIMPLIFIED_CHINESE);
            summary[i] = (System.nanoTime() - s) / 1e6;
            s = System.nanoTime();
            rosterRows = forms.produce(dibao, admin, Locale.SIMPLIFIED_CHINESE).total();
            roster[i] = (System.nanoTime() - s) / 1e6;
        }
        RegisterScope district = RegisterScope.of(admin);
        double[] search = new double[sample.size()];
        double[] baseline = new double[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
            register.search(new Register.Query(sample.get(i), null, null, null), district, 0, 20);
        }
        for (int i = 0; i < sample.size(); i++) {
            long s = System.nanoTime();
            assertThat(register.search(new Register.Query(sample.get(i), null, null, null), district, 0, 20).total())
                    .isEqualTo(1);
            search[i] = (System.nanoTime() - s) / 1e6;
            s = System.nanoTime();
            jdbc.sql("SELECT 1").query(Integer.class).single();
            baseline[i] = (System.nanoTime() - s) / 1e6;
        }
        String line = String.format(Locale.ROOT,
                "%s db=%s register=%d imported=%d import_s=%.1f form_summary_median_ms=%.0f form_roster_median_ms=%.0f "
                        + "roster_rows=%d search_p50_ms=%.2f search_p95_ms=%.2f baseline_p95_ms=%.3f ratio_p95=%.1f demo=%s%n",
                java.time.OffsetDateTime.now(), System.getProperty("fazhi.test.db"), total, imported, importSeconds,
                median(summary), median(roster), rosterRows, pct(search, 50), pct(search, 95), pct(baseline, 95),
                pct(search, 95) / Math.max(pct(baseline, 95), 0.001), OneformDemoYear2023.lastRun);
        Files.writeString(Paths.get("target", "bench-oneform.txt"), line, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        System.out.print(line);
    }

    static double median(double[] v) {
        return pct(v, 50);
    }

    static double pct(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
