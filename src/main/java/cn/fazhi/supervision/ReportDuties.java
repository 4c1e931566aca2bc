package cn.fazhi.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.validation.BusinessDates;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.rectification.ProblemView;
import cn.fazhi.rectification.Problems;
import cn.fazhi.rectification.RaiseProblem;
import cn.fazhi.reports.AnnualReports;
import cn.fazhi.reports.ReportProperties;

/**
 * The annual-report duties of the district and each township (督察工作规定 Art. 23: submit by 1 March; Art. 24: publish
 * by 1 April — the reports module's deadlines {@link ReportProperties#submissionDeadline} /
 * {@link ReportProperties#publicationDeadline}, one setting for both modules) read from the reports module's
 * {@link AnnualReports#filings}: approved (submitted) and published on time, late, or missing. For a failed duty the
 * office raises one rectification problem (Art. 26, 通报批评) with the source type {@code report_duty}.
 */
@Service
public class ReportDuties {

    /** The source type of the Art. 26 problems. */
    public static final String SOURCE = "report_duty";
    static final String RULE = "《法治政府建设与责任落实督察工作规定》第二十三条、第二十四条、第二十六条";

    private final AnnualReports reports;
    private final ReportProperties deadlines;
    private final Regions regions;
    private final Problems problems;
    private final OversightProperties settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportDuties(AnnualReports reports, ReportProperties deadlines, Regions regions, Problems problems,
            OversightProperties settings, JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.deadlines = deadlines;
        this.regions = regions;
        this.problems = problems;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The district's and each township's duty for the reports of {@code year}. */
    @Transactional(readOnly = true)
    public List<ReportDutyView> of(int year) {
        checkYear(year);
        LocalDate today = LocalDate.now(clock);
        Map<String, AnnualReports.Filing> filings = reports.filings(year).stream()
                .collect(Collectors.toMap(AnnualReports.Filing::regionCode, Function.identity(), (a, b) -> a));
        List<RegionView> all = new ArrayList<>();
        regions.find(Regions.DISTRICT_CODE).ifPresent(all::add);
        all.addAll(regions.townships());
        List<ReportDutyView> rows = new ArrayList<>();
        for (RegionView region : all) {
            AnnualReports.Filing f = filings.get(region.code());
            long unit = f != null ? f.unitId() : responsibleUnit(region.code());
            LocalDate sub = deadlines.submissionDeadline(year);
            LocalDate pub = deadlines.publicationDeadline(year);
            LocalDate approved = f == null ? null : f.approvedOn();
            LocalDate published = f == null ? null : f.publishedOn();
            List<ProblemView> raised = problems.bySource(SOURCE, sourceId(year, region.code()));
            ProblemView p = raised.isEmpty() ? null : raised.get(raised.size() - 1);
            rows.add(new ReportDutyView(year, region.code(), region.name(), unit, unitName(unit), f == null ? 0 : f.reportId(),
                    f == null ? null : f.status().name(), sub, approved, ReportDutyView.State.of(approved, sub, today), pub,
                    published, ReportDutyView.State.of(published, pub, today), p == null ? null : p.id(),
                    p == null ? null : p.caseNumber(), p == null ? null : p.status().name()));
        }
        return rows;
    }

    /** Raises the Art. 26 problem for a region's failed duty of {@code year}; refused when none failed or one is raised. */
    @Transactional
    public ProblemView raise(int year, String regionCode) {
        ReportDutyView duty = of(year).stream().filter(d -> d.regionCode().equals(regionCode)).findFirst()
                .orElseThrow(() -> UserFacingException.badRequest("supervision.oversight.duty.error.regionUnknown"));
        if (!duty.raisable()) {
            throw UserFacingException.conflict("supervision.oversight.duty.error.notRaisable");
        }
        long office = jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", settings.officeUnit()).query(Long.class)
                .single();
        StringBuilder finding = new StringBuilder(year + "年度法治政府建设年度报告");
        if (duty.submission().failed()) {
            finding.append(duty.submission() == ReportDutyView.State.LATE ? "逾期报送（" + duty.approvedOn() + "报送，"
                    : "未按时报送（").append("应于").append(duty.submissionDeadline()).append("前报送）");
        }
        if (duty.publication().failed()) {
            finding.append(duty.submission().failed() ? "，" : "").append(duty.publication() == ReportDutyView.State.LATE
                    ? "逾期公开（" + duty.publishedOn() + "公开，" : "未按时公开（").append("应于")
                    .append(duty.publicationDeadline()).append("前公开）");
        }
        finding.append("，依规予以通报批评并责令整改。");
        return problems.raise(new RaiseProblem(SOURCE, sourceId(year, regionCode), label(year, duty.regionName()),
                "/supervision/oversight/report-duties?year=" + year, finding.toString(), RULE, duty.unitId(), office,
                LocalDate.now(clock), null));
    }

    static long sourceId(int year, String regionCode) {
        return Long.parseLong(year + regionCode);
    }

    static String label(int year, String regionName) {
        return year + "年度法治政府建设年度报告（" + regionName + "）";
    }

    private void checkYear(int year) {
        if (year < 2000 || year > LocalDate.now(clock).getYear()) {
            throw UserFacingException.badRequest("supervision.oversight.duty.error.year");
        }
        BusinessDates.check(LocalDate.of(year, 1, 1), "supervision.oversight.duty.field.year", LocalDate.now(clock));
    }

    /** The unit answerable for a region's report while none was drafted: the township government, or the office. */
    private long responsibleUnit(String regionCode) {
        if (Regions.DISTRICT_CODE.equals(regionCode)) {
            return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", deadlines.officeUnit()).query(Long.class).single();
        }
        return jdbc.sql("SELECT id FROM unit WHERE region_code = :r AND type = 'TOWNSHIP_GOVERNMENT' ORDER BY id")
                .param("r", regionCode).query(Long.class).list().stream().findFirst()
                .orElseGet(() -> jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", deadlines.officeUnit())
                        .query(Long.class).single());
    }

    private String unitName(long id) {
        return jdbc.sql("SELECT name FROM unit WHERE id = :id").param("id", id).query(String.class).single();
    }
}
