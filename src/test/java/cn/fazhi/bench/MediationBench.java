package cn.fazhi.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.FazhiApplication;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.mediation.DisputeImports;
import cn.fazhi.mediation.DisputePage;
import cn.fazhi.mediation.DisputeQuery;
import cn.fazhi.mediation.DisputeStatus;
import cn.fazhi.mediation.Disputes;
import cn.fazhi.platform.imports.ImportResult;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * Not a test: the mediation scale benchmark run by {@code bench/mediation.sh}. Starts the application (web
 * server on a random port) on the database given by {@code FAZHI_DB_URL}, then
 * <ul>
 * <li>{@code import}: writes a 100,000-row .xlsx and imports it through {@link DisputeImports} as a district user,
 * sampling heap used and process RSS every 500 ms;</li>
 * <li>{@code list}: bulk-inserts 1,000,000 disputes with plain JDBC batches and times {@link Disputes#search} (the
 * list page's query) filtered by township and status with varied filters and pages, ≥ 200 runs; then drops the V22
 * indexes and times a smaller sample as the baseline.</li>
 * </ul>
 * Prints {@code key=value} lines for the script.
 */
public final class MediationBench {

    static final String[] TOWNSHIPS = {"421202001", "421202002", "421202003", "421202100", "421202101", "421202102",
            "421202103", "421202104", "421202105", "421202106", "421202107", "421202108", "421202200"};

    private MediationBench() {}

    public static void main(String[] args) throws Exception {
        // the 2023 demo year before the measurement, not beside it (a system property outranks application.yml)
        System.setProperty("fazhi.demo.background", "false");
        String mode = args.length > 0 ? args[0] : "import";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : ("import".equals(mode) ? 100_000 : 1_000_000);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FazhiApplication.class)
                .web(WebApplicationType.SERVLET).properties("spring.main.banner-mode=off", "logging.level.root=WARN", "server.port=0",
                        "spring.task.scheduling.pool.size=1", "logging.level.cn.fazhi.mediation=INFO")
                .run()) {
            if ("import".equals(mode)) {
                importBench(ctx, rows);
            } else {
                listBench(ctx, rows);
            }
        }
        System.exit(0);
    }

    // ---- import ---------------------------------------------------------------------------------------------------

    static void importBench(ConfigurableApplicationContext ctx, int rows) throws Exception {
        Path file = Files.createTempFile("mediation-bench-", ".xlsx");
        try {
            long t0 = System.nanoTime();
            writeSheet(file, rows);
            System.out.printf("generate_s=%.2f%nfile_mib=%.1f%n", (System.nanoTime() - t0) / 1e9, Files.size(file) / 1048576.0);
            DataScope district = new DataScope(ScopeLevel.DISTRICT, 4, "421202");
            CurrentUser me = new CurrentUser(0, "bench", "bench", 4, "421202", district,
                    Set.of("mediation:register", "mediation:view"), false, "zh-CN");
            DisputeImports imports = ctx.getBean(DisputeImports.class);
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            javax.sql.DataSource ds = ctx.getBean(javax.sql.DataSource.class);
            boolean pg = isPostgres(ctx.getBean(JdbcTemplate.class));
            int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_IMPORT_ROUNDS", pg ? "3" : "1"));
            List<Double> importSeconds = new ArrayList<>();
            List<Double> copyAllSeconds = new ArrayList<>();
            List<Double> copyDisputeSeconds = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM dispute").query(Long.class).single();
                System.gc();
                Sampler sampler = new Sampler();
                sampler.start();
                long t1 = System.nanoTime();
                ImportResult result = imports.importFile("bench.xlsx", file, me);
                double seconds = (System.nanoTime() - t1) / 1e9;
                sampler.stop();
                importSeconds.add(seconds);
                System.out.printf("round=%d%nimport_rows=%d%nimport_s=%.2f%nrows_per_s=%.0f%n", round, result.count(), seconds,
                        result.count() / seconds);
                System.out.printf("first=%s%nlast=%s%n", result.firstCaseNumber(), result.lastCaseNumber());
                System.out.printf("heap_used_peak_mib=%.0f%nheap_used_median_mib=%.0f%nrss_peak_mib=%.0f%nrss_start_mib=%.0f%nsamples=%d%n",
                        sampler.heapPeak() / 1048576.0, sampler.heapMedian() / 1048576.0, sampler.rssPeak() / 1048576.0,
                        sampler.rssFirst() / 1048576.0, sampler.count());
                System.out.println("heap_series_mib=" + sampler.heapSeries());
                System.out.println("disputes_in_db=" + jdbc.sql("SELECT COUNT(*) FROM dispute").query(Long.class).single());
                System.out.println("parties_in_db=" + jdbc.sql("SELECT COUNT(*) FROM dispute_party").query(Long.class).single());
                if (pg) {
                    double[] copy = copyTheSameRows(ds, before);
                    copyDisputeSeconds.add(copy[0]);
                    copyAllSeconds.add(copy[1]);
                    System.out.printf("copy_disputes_s=%.2f%ncopy_all_s=%.2f%nimport_rate_over_copy_all_rate=%.3f%n"
                            + "import_rate_over_copy_disputes_rate=%.3f%n", copy[0], copy[1], copy[1] / seconds, copy[0] / seconds);
                }
            }
            double imp = median(importSeconds);
            System.out.printf("median_import_s=%.2f%n", imp);
            if (pg) {
                double all = median(copyAllSeconds);
                double disputesOnly = median(copyDisputeSeconds);
                System.out.printf("median_copy_all_s=%.2f%nmedian_copy_disputes_s=%.2f%n", all, disputesOnly);
                System.out.printf("ratio_import_rate_to_copy_all_rate=%.3f%nratio_import_rate_to_copy_disputes_rate=%.3f%n",
                        all / imp, disputesOnly / imp);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static double median(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    /**
     * The baseline of the import: the very rows it wrote (disputes with id above {@code before}, their parties and
     * their timeline entries) are read out with {@code COPY … TO STDOUT}, deleted, and written back with
     * {@code COPY … FROM STDIN} into the same tables (same indexes, constraints and foreign keys) in one transaction.
     * Returns {seconds for the disputes' COPY, seconds for all three COPYs} (the COPY FROM and the commit, not the
     * read-out or the delete).
     */
    static double[] copyTheSameRows(javax.sql.DataSource ds, long before) throws Exception {
        String disputes = "SELECT * FROM dispute WHERE id > " + before;
        String parties = "SELECT * FROM dispute_party WHERE dispute_id > " + before;
        String events = "SELECT * FROM case_event WHERE case_type = 'mediation' AND case_id > " + before;
        try (java.sql.Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            java.io.ByteArrayOutputStream d = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream p = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream e = new java.io.ByteArrayOutputStream();
            copy.copyOut("COPY (" + disputes + ") TO STDOUT", d);
            copy.copyOut("COPY (" + parties + ") TO STDOUT", p);
            copy.copyOut("COPY (" + events + ") TO STDOUT", e);
            try (java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM case_event WHERE case_type = 'mediation' AND case_id > " + before);
                st.executeUpdate("DELETE FROM dispute_party WHERE dispute_id > " + before);
                st.executeUpdate("DELETE FROM dispute WHERE id > " + before);
            }
            c.commit();
            c.setAutoCommit(true);
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("VACUUM dispute, dispute_party, case_event");
            }
            c.setAutoCommit(false);
            System.out.printf("copy_bytes_disputes=%d%ncopy_bytes_parties=%d%ncopy_bytes_events=%d%n", d.size(), p.size(), e.size());
            long t0 = System.nanoTime();
            copy.copyIn("COPY dispute FROM STDIN", new java.io.ByteArrayInputStream(d.toByteArray()));
            long t1 = System.nanoTime();
            copy.copyIn("COPY dispute_party FROM STDIN", new java.io.ByteArrayInputStream(p.toByteArray()));
            copy.copyIn("COPY case_event FROM STDIN", new java.io.ByteArrayInputStream(e.toByteArray()));
            c.commit();
            long t2 = System.nanoTime();
            return new double[] {(t1 - t0) / 1e9, (t2 - t0) / 1e9};
        }
    }

    static void writeSheet(Path file, int rows) {
        String[] header = {"纠纷类型", "来源渠道", "乡镇（街道）代码", "村（社区）代码", "收案日期", "涉及金额（元）", "纠纷简要情况",
                "委托法院", "委托调解案号", "申请人类型", "申请人姓名或名称", "申请人公民身份号码或统一社会信用代码", "申请人联系电话",
                "被申请人类型", "被申请人姓名或名称", "被申请人公民身份号码或统一社会信用代码", "被申请人联系电话", "状态", "受理日期"};
        String[] categories = {"婚姻家庭", "邻里", "合同", "劳动", "消费", "交通事故", "其他"};
        String[] channels = {"来访", "12345热线", "公安移送", "信访转办"};
        List<List<String>> head = Arrays.stream(header).map(List::of).toList();
        Random random = new Random(42);
        ExcelWriter writer = FastExcel.write(file.toFile()).build();
        WriteSheet sheet = FastExcel.writerSheet(0, "纠纷").head(head).build();
        List<List<Object>> chunk = new ArrayList<>(5000);
        LocalDate base = LocalDate.now().minusYears(2);
        for (int i = 0; i < rows; i++) {
            LocalDate received = base.plusDays(random.nextInt(600));
            boolean accepted = random.nextInt(3) == 0;
            chunk.add(Arrays.asList(categories[random.nextInt(categories.length)], channels[random.nextInt(channels.length)],
                    TOWNSHIPS[random.nextInt(TOWNSHIPS.length)], "", received.toString(),
                    BigDecimal.valueOf(random.nextInt(10_000_000), 2).toPlainString(), "批量导入测试纠纷 " + i, "", "",
                    "自然人", "申请人" + i, idNumber(random), "139" + String.format("%08d", random.nextInt(100_000_000)),
                    "自然人", "被申请人" + i, "", "0715-8" + String.format("%06d", random.nextInt(1_000_000)),
                    accepted ? "已受理" : "已登记", accepted ? received.plusDays(1).toString() : ""));
            if (chunk.size() == 5000) {
                writer.write(chunk, sheet);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            writer.write(chunk, sheet);
        }
        writer.finish();
    }

    static String idNumber(Random random) {
        String first17 = "421202" + (1950 + random.nextInt(50)) + String.format("%02d%02d", 1 + random.nextInt(12),
                1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** Heap used and process RSS every 500 ms on a daemon thread. */
    static final class Sampler {
        final List<Long> heap = new ArrayList<>();
        final List<Long> rss = new ArrayList<>();
        final AtomicBoolean running = new AtomicBoolean(true);
        Thread thread;

        void start() {
            thread = new Thread(() -> {
                while (running.get()) {
                    sample();
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "sampler");
            thread.setDaemon(true);
            thread.start();
        }

        synchronized void sample() {
            Runtime r = Runtime.getRuntime();
            heap.add(r.totalMemory() - r.freeMemory());
            rss.add(rss());
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.interrupt();
            thread.join();
            sample();
        }

        static long rss() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            } catch (IOException e) {
                // not Linux
            }
            return -1;
        }

        synchronized long heapPeak() {
            return heap.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        synchronized long heapMedian() {
            long[] s = heap.stream().mapToLong(Long::longValue).sorted().toArray();
            return s[s.length / 2];
        }

        synchronized long rssPeak() {
            return rss.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        synchronized long rssFirst() {
            return rss.get(0);
        }

        synchronized int count() {
            return heap.size();
        }

        synchronized String heapSeries() {
            StringBuilder sb = new StringBuilder();
            int step = Math.max(1, heap.size() / 20);
            for (int i = 0; i < heap.size(); i += step) {
                sb.append(heap.get(i) / 1048576).append('/').append(rss.get(i) / 1048576).append(' ');
            }
            return sb.toString().trim();
        }
    }

    // ---- list -----------------------------------------------------------------------------------------------------

    static void listBench(ConfigurableApplicationContext ctx, int rows) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        JdbcClient client = ctx.getBean(JdbcClient.class);
        Map<String, long[]> committees = new HashMap<>();
        for (String t : TOWNSHIPS) {
            Map<String, Object> c = client.sql("SELECT id, unit_id FROM mediation_committee WHERE region_code = :t")
                    .param("t", t).query().singleRow();
            committees.put(t, new long[] {((Number) c.get("id")).longValue(), ((Number) c.get("unit_id")).longValue()});
        }
        DisputeStatus[] statuses = DisputeStatus.values();
        String[] categories = {"MARRIAGE_FAMILY", "NEIGHBOUR", "CONTRACT", "LABOUR", "CONSUMER", "TRAFFIC", "OTHER"};
        Random random = new Random(7);
        long t0 = System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now();
        LocalDate base = LocalDate.now().minusYears(10);
        int batch = 5000;
        AtomicLong seq = new AtomicLong();
        String sql = "INSERT INTO dispute (case_number, number_scope, committee_id, channel, category, status, township_code, "
                + "unit_id, received_on, summary, amount, created_at, created_by, version) "
                + "VALUES (?, ?, ?, 'WALK_IN', ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 0)";
        for (int done = 0; done < rows; done += batch) {
            int n = Math.min(batch, rows - done);
            List<Object[]> args = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String township = TOWNSHIPS[random.nextInt(TOWNSHIPS.length)];
                long[] c = committees.get(township);
                long s = seq.incrementAndGet();
                args.add(new Object[] {"BENCH-" + s, township, c[0], categories[random.nextInt(categories.length)],
                        statuses[random.nextInt(statuses.length)].name(), township, c[1],
                        java.sql.Date.valueOf(base.plusDays(random.nextInt(3650))), "bench dispute " + s,
                        BigDecimal.valueOf(random.nextInt(1_000_000), 2), now});
            }
            jdbc.batchUpdate(sql, args);
        }
        System.out.printf("fill_rows=%d%nfill_s=%.1f%n", rows, (System.nanoTime() - t0) / 1e9);
        if (isPostgres(jdbc)) {
            jdbc.execute("ANALYZE dispute");
        } else {
            jdbc.execute("ANALYZE");
        }
        Disputes disputes = ctx.getBean(Disputes.class);
        DataScope district = new DataScope(ScopeLevel.DISTRICT, 4, "421202");
        double[] indexed = measure(disputes, district, 250, new Random(11));
        print("list", indexed);
        // A township user (scope LIKE '4212020xx%') filtering by status only.
        double[] township = measureTownshipScope(disputes, 200, new Random(13));
        print("list_township_scope", township);
        for (String index : new String[] {"dispute_township_status_received_idx", "dispute_township_received_idx",
                "dispute_status_received_idx", "dispute_received_id_idx"}) {
            jdbc.execute("DROP INDEX " + index);
        }
        double[] baseline = measure(disputes, district, 30, new Random(11));
        print("baseline_without_v12", baseline);
        System.out.printf("p95_ratio_baseline_over_indexed=%.1f%n", percentile(baseline, 95) / percentile(indexed, 95));
    }

    static boolean isPostgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }

    static double[] measure(Disputes disputes, DataScope scope, int runs, Random random) {
        DisputeStatus[] statuses = DisputeStatus.values();
        for (int i = 0; i < 20; i++) {
            disputes.search(new DisputeQuery(statuses[i % statuses.length], TOWNSHIPS[i % TOWNSHIPS.length], null, null,
                    0, 20), scope);
        }
        double[] ms = new double[runs];
        long matched = 0;
        for (int i = 0; i < runs; i++) {
            DisputeQuery q = new DisputeQuery(statuses[random.nextInt(statuses.length)],
                    TOWNSHIPS[random.nextInt(TOWNSHIPS.length)], null, null, random.nextInt(5), 20);
            long t = System.nanoTime();
            DisputePage page = disputes.search(q, scope);
            ms[i] = (System.nanoTime() - t) / 1e6;
            matched += page.total();
            if (page.items().isEmpty()) {
                throw new IllegalStateException("empty page for " + q);
            }
        }
        System.out.printf("avg_matched_rows=%d%n", matched / runs);
        return ms;
    }

    static double[] measureTownshipScope(Disputes disputes, int runs, Random random) {
        DisputeStatus[] statuses = DisputeStatus.values();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            String township = TOWNSHIPS[random.nextInt(TOWNSHIPS.length)];
            DataScope scope = new DataScope(ScopeLevel.TOWNSHIP, 0, township);
            DisputeQuery q = new DisputeQuery(statuses[random.nextInt(statuses.length)], null, null, null,
                    random.nextInt(5), 20);
            long t = System.nanoTime();
            disputes.search(q, scope);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    static void print(String name, double[] ms) {
        System.out.printf("%s_runs=%d%n%s_median_ms=%.2f%n%s_p95_ms=%.2f%n%s_max_ms=%.2f%n", name, ms.length, name,
                percentile(ms, 50), name, percentile(ms, 95), name, Arrays.stream(ms).max().orElse(0));
    }

    static double percentile(double[] values, int p) {
        double[] s = values.clone();
        Arrays.sort(s);
        int index = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, index))];
    }
}
