package cn.fazhi.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.fazhi.FazhiApplication;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.fazhi.reports.AnnualReports;
import cn.fazhi.reports.ReportForms.Create;
import cn.fazhi.reports.ReportForms.StepForm;
import cn.fazhi.reports.ReportStep;
import cn.fazhi.reports.ReportViews.Report;

/**
 * Not a test: the annual report benchmark run by {@code bench/reports.sh}. Starts the application with the generated
 * 2023 demo year on the database given by {@code FAZHI_DB_URL}, drafts the 2023 report of 咸安区 and times, each
 * {@code runs} times after one warm-up: the live preview (every cited indicator computed), DOCX + PDF of the whole
 * report; then the freeze (figures and their records kept) once, and DOCX + PDF of the frozen report. Prints
 * {@code key=value} lines.
 */
public final class ReportBench {

    private ReportBench() {}

    public static void main(String[] args) throws Exception {
        // the 2023 demo year before the measurement, not beside it (a system property outranks application.yml)
        System.setProperty("fazhi.demo.background", "false");
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FazhiApplication.class)
                .web(WebApplicationType.SERVLET).properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                        "server.port=0", "fazhi.demo.year-2023=true")
                .run()) {
            AnnualReports reports = ctx.getBean(AnnualReports.class);
            CurrentUser office = new CurrentUser(0, "bench", "bench", 4, "421202",
                    new DataScope(ScopeLevel.DISTRICT, 4, "421202"),
                    Set.of("reports:view", "reports:draft", "reports:review"), false, "zh-CN");
            CurrentUser reviewer = new CurrentUser(0, "bench-reviewer", "bench-reviewer", 4, "421202",
                    new DataScope(ScopeLevel.DISTRICT, 4, "421202"),
                    Set.of("reports:view", "reports:review"), false, "zh-CN");
            Report report = reports.create(new Create(2023, "421202"), office);
            long id = report.id();
            reports.docx(id, office);
            reports.pdf(id, office);
            List<Double> preview = new ArrayList<>();
            List<Double> files = new ArrayList<>();
            int pages = 0;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                reports.get(id, office);
                preview.add((System.nanoTime() - t0) / 1e6);
                long t1 = System.nanoTime();
                reports.docx(id, office);
                byte[] pdf = reports.pdf(id, office).body();
                files.add((System.nanoTime() - t1) / 1e6);
                pages = new com.lowagie.text.pdf.PdfReader(pdf).getNumberOfPages();
            }
            System.out.printf("pdf_pages=%d%nlive_preview_median_ms=%.0f%nlive_docx_pdf_median_ms=%.0f%nlive_docx_pdf_max_ms=%.0f%n",
                    pages, median(preview), median(files), Collections.max(files));
            reports.step(id, ReportStep.SUBMIT, new StepForm(null, null), office);
            long t2 = System.nanoTime();
            Report frozen = reports.step(id, ReportStep.PASS_REVIEW, new StepForm(null, null), reviewer);
            System.out.printf("freeze_ms=%.0f%nfrozen_records=%d%n", (System.nanoTime() - t2) / 1e6,
                    frozen.figures().stream().mapToLong(f -> f.recordCount() == null ? 0 : f.recordCount()).sum());
            List<Double> frozenFiles = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t3 = System.nanoTime();
                reports.docx(id, office);
                reports.pdf(id, office);
                frozenFiles.add((System.nanoTime() - t3) / 1e6);
            }
            System.out.printf("frozen_docx_pdf_median_ms=%.0f%n", median(frozenFiles));
        }
        System.exit(0);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
