package cn.fazhi.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;

/**
 * The policy-matching benchmark (bench/enterprises-policies.sh; not part of the normal run: enabled by
 * {@code -Dfazhi.bench.policies=true}). Fills the published policies up to {@code fazhi.bench.policies.count}
 * (default 1,000) with 1–5 conditions each over every attribute (rows {@code created_by = 'bench'}, removed
 * afterwards), then times {@value #CALLS} matches of one enterprise against every policy in force
 * ({@link PolicyMatcher#matchAll}: the in-memory copy, explanations rendered from the bundle) against a baseline in the
 * same run — the same match reading the published policies and their conditions from the database on every call (what
 * the matcher would cost without its copy). Prints and appends medians and p95 to target/bench-enterprises-policies.txt;
 * target p95 ≤ 50 ms.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "fazhi.bench.policies", matches = "true")
class PolicyMatcherBenchTest {

    static final int POLICIES = Integer.getInteger("fazhi.bench.policies.count", 1_000);
    static final int CALLS = 2_000;
    static final LocalDate ON = LocalDate.of(2026, 6, 1);
    static final String[] CONDITIONS = {"REGION IN 421202001", "REGION IN 421202", "REGION NOT_IN 421202200",
        "SIZE IN MICRO,SMALL", "SIZE NOT_IN LARGE", "INDUSTRY IN C13,C14,C15", "INDUSTRY IN A,C", "AGE GE 2", "AGE LE 10",
        "REVENUE GE 500", "REVENUE LE 20000", "EMPLOYEES GE 10", "EMPLOYEES LE 300", "CERTIFICATION ALL HIGH_TECH",
        "CERTIFICATION ALL TECH_SME,SPECIALISED"};

    @Autowired PolicyMatcher matcher;
    @Autowired Policies policies;
    @Autowired Enterprises enterprises;
    @Autowired JdbcClient jdbc;

    @Test
    void oneEnterpriseAgainstAThousandPolicies() throws Exception {
        clean();
        matcher.invalidate();
        long existing = matcher.inForce(ON).size();
        Random random = new Random(1000);
        OffsetDateTime now = OffsetDateTime.now();
        for (long i = existing; i < POLICIES; i++) {
            jdbc.sql("INSERT INTO enterprise_policy (issuer_unit_id, title, summary, valid_from, valid_to, benefit, amount_cap, "
                            + "decider_unit_id, decider_region_code, status, published_on, created_at, created_by) VALUES (44, :t, "
                            + "'基准测试政策', DATE '2026-01-01', DATE '2030-12-31', '奖励', 100000, 44, '421202', 'PUBLISHED', "
                            + "DATE '2026-01-01', :now, 'bench')")
                    .param("t", "基准政策" + i).param("now", now).update();
            long id = jdbc.sql("SELECT id FROM enterprise_policy WHERE title = :t").param("t", "基准政策" + i)
                    .query(Long.class).single();
            int n = 1 + random.nextInt(5);
            for (int k = 0; k < n; k++) {
                PolicyCondition c = PolicyCondition.parse(CONDITIONS[random.nextInt(CONDITIONS.length)]).get(0);
                jdbc.sql("INSERT INTO enterprise_policy_condition (policy_id, sort_order, attribute, operator, cond_value) "
                                + "VALUES (:p, :s, :a, :o, :v)")
                        .param("p", id).param("s", k + 1).param("a", c.attribute().name()).param("o", c.operator().name())
                        .param("v", c.value()).update();
            }
        }
        matcher.invalidate();
        EnterpriseView e = enterprises.insert(new EnterpriseCommands.Register(EnterpriseFixtures.uscc(), "基准测试企业",
                "C1391", EnterpriseSize.SMALL, "421202001", LocalDate.of(2019, 3, 1), new BigDecimal("1800"), 45, null,
                "某", "13977740001", List.of(new EnterpriseView.Certification("HIGH_TECH", LocalDate.of(2024, 1, 1),
                        null))), "bench");
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        try {
            int inForce = matcher.inForce(ON).size();
            for (int warm = 0; warm < 300; warm++) {
                matcher.matchAll(e, ON, zh);
                if (warm % 10 == 0) {
                    scan(e, zh);
                }
            }
            double[] memory = new double[CALLS];
            double[] scanned = new double[CALLS / 10];
            int eligible = 0;
            for (int i = 0; i < CALLS; i++) {
                long t = System.nanoTime();
                eligible = (int) matcher.matchAll(e, ON, zh).stream().filter(PolicyMatch::eligible).count();
                memory[i] = (System.nanoTime() - t) / 1e6;
            }
            for (int i = 0; i < scanned.length; i++) {
                long t = System.nanoTime();
                scan(e, zh);
                scanned[i] = (System.nanoTime() - t) / 1e6;
            }
            String line = String.format(Locale.ROOT, "%s policies_in_force=%d eligible=%d calls=%d match_p50_ms=%.2f "
                    + "match_p95_ms=%.2f db_read_p50_ms=%.2f db_read_p95_ms=%.2f ratio_p50=%.1f ratio_p95=%.1f load=%s db=%s",
                    OffsetDateTime.now(), inForce, eligible, CALLS, pct(memory, 50), pct(memory, 95), pct(scanned, 50),
                    pct(scanned, 95), pct(scanned, 50) / pct(memory, 50), pct(scanned, 95) / pct(memory, 95),
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0], System.getProperty("fazhi.test.db", "h2"));
            System.out.println("BENCH " + line);
            Files.writeString(Path.of("target", "bench-enterprises-policies.txt"), line + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            assertThat(inForce).isGreaterThanOrEqualTo(POLICIES);
            assertThat(pct(memory, 95)).isLessThanOrEqualTo(50);
        } finally {
            clean();
            jdbc.sql("DELETE FROM enterprise_certification WHERE enterprise_id = :e").param("e", e.id()).update();
            jdbc.sql("DELETE FROM enterprise WHERE id = :e").param("e", e.id()).update();
            matcher.invalidate();
        }
    }

    /** The baseline: the published policies and their conditions read from the database, then matched. */
    private int scan(EnterpriseView e, Locale locale) {
        int n = 0;
        for (PolicyView p : policies.published()) {
            if (p.inForceOn(ON) && matcher.match(e, p, ON, locale).eligible()) {
                n++;
            }
        }
        return n;
    }

    private void clean() {
        jdbc.sql("DELETE FROM enterprise_policy_condition WHERE policy_id IN (SELECT id FROM enterprise_policy "
                + "WHERE created_by = 'bench')").update();
        jdbc.sql("DELETE FROM enterprise_policy WHERE created_by = 'bench'").update();
    }

    private static double pct(double[] values, int p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
