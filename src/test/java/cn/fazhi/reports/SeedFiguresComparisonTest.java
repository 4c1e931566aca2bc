package cn.fazhi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reports.ReportForms.Create;
import cn.fazhi.reports.ReportViews.Report;

/**
 * Every figure of the seed report (咸安区人民政府, 2023年度法治政府建设工作报告, published 2024-02-08; the text is kept in
 * {@code src/test/resources/seed/xianan-2023-report.txt}) is printed by the 2023 report Fazhi drafts from the demo
 * year's records and approved reported figures through the built-in template.
 * <p>
 * A figure is a number with its unit and measure word as the report prints it: {@code 8608起}, {@code 99.5%},
 * {@code 6.89亿元}, {@code 78万条}, {@code 180余次}, {@code 8万余人} (thousands separators removed). Set aside in the seed,
 * each for its reason: dates and years ({@code 2023年}, {@code 2024年2月8日}, the days {@code 3.15} … {@code 12.4}),
 * document numbers ({@code 〔2023〕10号}), the section numbers ({@code 1.}), anniversaries ({@code 60周年}) and the backlog petitions' age bands
 * ({@code 3年以上}: definitions of categories, not counts). The test lists every difference: seed figures the report
 * lacks (the failure) and the report's figures the seed does not have (printed; the template covers more than the
 * seed did, e.g. the 12345 hotline).
 */
@IntegrationTest
class SeedFiguresComparisonTest {

    static final String SEED = "/seed/xianan-2023-report.txt";

    /** What the seed holds that is not a figure of the year's work, with the reason; removed before comparing. */
    static final Map<String, Pattern> SET_ASIDE = new java.util.LinkedHashMap<>();

    static {
        SET_ASIDE.put("section number", Pattern.compile("(?m)^\\d+\\.(?=\\D)"));
        SET_ASIDE.put("document number", Pattern.compile("〔\\d{4}〕\\d+号"));
        SET_ASIDE.put("date", Pattern.compile("\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|\\d{1,2}月\\d{1,2}日"));
        SET_ASIDE.put("day of the year", Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\d{1,2}(?=日|[^\\d%万亿.])"));
        SET_ASIDE.put("anniversary", Pattern.compile("\\d+周年"));
        SET_ASIDE.put("age band", Pattern.compile("\\d+年以上"));
    }

    static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)(万余|万|亿元|余|%)?(学时|[件人次个家所名份项期条起大])?");

    @Autowired
    AnnualReports reports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAccounts userAccounts;

    @Test
    void the2023ReportPrintsEveryFigureOfTheSeed() throws IOException {
        String seed;
        try (InputStream in = SeedFiguresComparisonTest.class.getResourceAsStream(SEED)) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String report = reportText();

        Map<String, Integer> seedFigures = figures(setAside(seed));
        Map<String, Integer> reportFigures = figures(report.replaceAll("(?<=\\d),(?=\\d{3})", ""));
        List<String> missing = new ArrayList<>();
        seedFigures.forEach((figure, times) -> {
            int printed = reportFigures.getOrDefault(figure, 0);
            if (printed < times) {
                missing.add(figure + " (seed " + times + "×, report " + printed + "×)");
            }
        });
        List<String> extra = new ArrayList<>();
        reportFigures.forEach((figure, times) -> {
            if (times > seedFigures.getOrDefault(figure, 0)) {
                extra.add(figure + " ×" + (times - seedFigures.getOrDefault(figure, 0)));
            }
        });
        String listing = "Seed figures: " + seedFigures.values().stream().mapToInt(Integer::intValue).sum()
                + "\nMissing from the report: " + missing + "\nIn the report, not in the seed: " + extra + "\n\n"
                + report;
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "seed-figures-comparison.txt"), listing);
        System.out.println(listing.substring(0, listing.indexOf("\n\n")));

        assertThat(seedFigures).as("the seed's figures were read").hasSizeGreaterThan(70);
        assertThat(missing).as("seed figures the 2023 report does not print (target/seed-figures-comparison.txt)")
                .isEmpty();
    }

    @Test
    void theComparisonReadsFiguresAsTheSeedWritesThem() {
        assertThat(figures("受理调解案件8608起，化解率达到99.5%，总标的6.89亿元，数据78万条，活动180余次，辐射8万余人次"))
                .containsOnlyKeys("8608起", "99.5%", "6.89亿元", "78万条", "180余次", "8万余人");
        assertThat(figures(setAside("咸安法办发〔2023〕10号，2024年2月8日，3.15消费者权益日、12.4国家宪法日，60周年，"
                + "3年以上“骨头案”61件，下降 13.2%"))).containsOnlyKeys("61件", "13.2%");
    }

    static String setAside(String text) {
        String rest = text;
        for (Pattern p : SET_ASIDE.values()) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        return rest;
    }

    static Map<String, Integer> figures(String text) {
        Map<String, Integer> figures = new TreeMap<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            figures.merge(m.group(), 1, Integer::sum);
        }
        return figures;
    }

    private String reportText() {
        CurrentUser office = userAccounts.loadDetails(accounts.create("sfc", 4, "LAW_OFFICE")).orElseThrow().user();
        Report report;
        try {
            report = reports.create(new Create(2023, "421202"), office);
        } catch (UserFacingException e) {
            long id = reports.list(office).stream().filter(r -> r.year() == 2023 && r.regionCode().equals("421202"))
                    .findFirst().orElseThrow().id();
            report = reports.get(id, office);
        }
        return report.title() + "\n" + report.blocks().stream().map(ReportViews.Block::text)
                .reduce("", (a, b) -> a + b + "\n") + report.signature();
    }
}
