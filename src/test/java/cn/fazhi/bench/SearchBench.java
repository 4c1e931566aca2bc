package cn.fazhi.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.FazhiApplication;
import cn.fazhi.normative.NormativeSearch;
import cn.fazhi.search.Search;
import cn.fazhi.search.SearchChanges;

/**
 * Not a test: the search benchmark run by {@code bench/search.sh}. Starts the application on the database and data
 * directory given by the environment, bulk-inserts N generated normative documents (default 50,000), then
 * <ol>
 * <li>rebuilds the index from the database through the real rebuild path (request → follower), three times, timing
 * each until the node reports the rebuild applied;</li>
 * <li>saves a changed title 10 times (the real {@link SearchChanges} log) and times until public search finds it;</li>
 * <li>prints {@code ready port=…} and waits for stdin to close while the script runs wrk against the public search
 * API.</li>
 * </ol>
 */
public final class SearchBench {

    static final String[] SUBJECTS = {"行政复议", "征地补偿", "生活垃圾分类", "食品安全", "义务教育招生", "森林防火", "医疗保险",
            "就业创业补贴", "政务服务", "行政执法公示", "信访事项办理", "安全生产检查", "证明事项告知承诺", "人民调解", "城市道路管理",
            "农村集体经济合同", "物业服务", "既有住宅加装电梯", "农村危房改造", "河湖长制"};
    static final String[] VERBS = {"管理办法", "实施细则", "若干措施", "工作规范", "实施意见"};
    static final String[] SENTENCES = {"申请人应当提交书面申请和有关证明材料。", "有关部门应当自受理之日起二十个工作日内作出决定。",
            "乡镇人民政府、街道办事处负责本辖区内的组织实施。", "对违反本办法的行为，由有关部门依法处理。",
            "被申请人应当依法履行职责，不得推诿。", "相关信息应当通过政府网站向社会公开，接受群众监督。",
            "补偿标准由区人民政府制定并公布。", "各单位应当建立工作台账，定期报送工作情况。"};

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        // the 2023 demo year before the measurement, not beside it (a system property outranks application.yml)
        System.setProperty("fazhi.demo.background", "false");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FazhiApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                        "logging.level.cn.fazhi.search=INFO")
                .run("--server.port=0")) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            Search search = ctx.getBean(Search.class);
            long t0 = System.nanoTime();
            insert(jdbc, n);
            System.out.printf("inserted=%d%ninsert_s=%.1f%n", n, (System.nanoTime() - t0) / 1e9);
            List<Double> rebuilds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                long id = ctx.getBean(TransactionTemplate.class).execute(s -> search.requestRebuild());
                while (search.status().appliedRebuild() < id) {
                    Thread.sleep(50);
                }
                rebuilds.add((System.nanoTime() - started) / 1e9);
                System.out.printf("rebuild_%d_s=%.1f documents=%d%n", i + 1, rebuilds.get(i), search.status().documents());
            }
            System.out.printf("rebuild_median_s=%.1f%n", median(rebuilds));
            List<Double> delays = new ArrayList<>();
            NormativeSearch normative = ctx.getBean(NormativeSearch.class);
            SearchChanges changes = ctx.getBean(SearchChanges.class);
            for (int i = 0; i < 10; i++) {
                String word = "基准标记" + (char) ('甲' + i) + (char) ('子' + i);
                long id = 1 + (long) (Math.random() * n);
                long saved = System.nanoTime();
                ctx.getBean(TransactionTemplate.class).executeWithoutResult(s -> {
                    jdbc.update("UPDATE normative_document SET title = ? WHERE id = ?", "咸安区" + word + "管理办法", id);
                    changes.changed("normative", id);
                });
                while (normative.searchPublic(new NormativeSearch.Filters(word, null, null, null, null, null, 0, 10)).total() == 0) {
                    Thread.sleep(20);
                }
                delays.add((System.nanoTime() - saved) / 1e9);
            }
            System.out.printf("visibility_delay_s=%s%nvisibility_median_s=%.2f%nvisibility_max_s=%.2f%n", delays,
                    median(delays), delays.stream().mapToDouble(d -> d).max().orElse(0));
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            System.out.println("ready port=" + port);
            System.out.flush();
            System.in.read();
        }
        System.exit(0);
    }

    static void insert(JdbcTemplate jdbc, int n) {
        List<Object[]> batch = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        long[] units = {3, 4, 5, 6, 7, 8, 9, 11, 12, 13};
        for (int i = 0; i < n; i++) {
            String subject = SUBJECTS[i % SUBJECTS.length];
            int year = 2011 + (i % 15);
            LocalDate published = LocalDate.of(year, 1 + i % 12, 1 + i % 28);
            StringBuilder body = new StringBuilder("第一条 为规范").append(subject).append("工作，根据有关法律法规，结合本区实际，制定本办法。");
            for (int s = 0; s < 8; s++) {
                body.append("第").append(s + 2).append("条 ").append(SENTENCES[(i + s * 3) % SENTENCES.length])
                        .append(SUBJECTS[(i + s * 7) % SUBJECTS.length]).append("相关工作按照职责分工落实。");
            }
            batch.add(new Object[] {units[i % units.length], "基准" + (i + 1) + "号", "咸安区" + subject + VERBS[i % VERBS.length]
                    + "（基准" + (i + 1) + "）", body.toString(), i % 7 == 0 ? "ABOLISHED" : "IN_FORCE", Date.valueOf(published),
                    Date.valueOf(published.plusDays(30)), now});
            if (batch.size() == 2000 || i == n - 1) {
                jdbc.batchUpdate("INSERT INTO normative_document (unit_id, region_code, doc_number, title, body, status, "
                        + "published_on, effective_on, created_at, created_by) VALUES (?, '421202', ?, ?, ?, ?, ?, ?, ?, 'bench')", batch);
                batch.clear();
            }
        }
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(d -> d).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
