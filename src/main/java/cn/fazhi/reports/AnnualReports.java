package cn.fazhi.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.documents.Block;
import cn.fazhi.documents.Documents;
import cn.fazhi.documents.OfficialDocument;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorRecord;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.indicators.RateIndicator;
import cn.fazhi.indicators.RecordPage;
import cn.fazhi.organisation.RegionLevel;
import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reports.ReportForms.Create;
import cn.fazhi.reports.ReportForms.EditText;
import cn.fazhi.reports.ReportForms.StepForm;
import cn.fazhi.reports.ReportViews.Figure;
import cn.fazhi.reports.ReportViews.FrozenRecord;
import cn.fazhi.reports.ReportViews.FrozenRecords;
import cn.fazhi.reports.ReportViews.Report;
import cn.fazhi.reports.ReportViews.ReportFile;
import cn.fazhi.reports.ReportViews.Segment;
import cn.fazhi.reports.ReportViews.Summary;
import cn.fazhi.reports.ReportViews.Template;
import cn.fazhi.reports.domain.FigureFormat;
import cn.fazhi.reports.domain.ReportRepository;
import cn.fazhi.reports.domain.ReportRepository.FigureRow;
import cn.fazhi.reports.domain.ReportRepository.RecordRow;
import cn.fazhi.reports.domain.ReportRepository.ReportRow;
import cn.fazhi.reports.domain.TemplateText;
import cn.fazhi.reports.domain.TemplateText.Line;
import cn.fazhi.reports.domain.TemplateText.Literal;
import cn.fazhi.reports.domain.TemplateText.Piece;
import cn.fazhi.reports.domain.TemplateText.Placeholder;
import cn.fazhi.reports.events.ReportDrafted;
import cn.fazhi.reports.events.ReportPublished;
import cn.fazhi.reports.events.ReportStepTaken;

/**
 * The annual 法治政府建设年度报告 for a year and a region: drafted from the template, edited while DRAFT, taken through
 * internal review, secrecy review and approval to publication. Figures are read only through the indicators
 * registry: live (and linked to the staff records page) until the report is frozen at SECRECY_REVIEW, then from the
 * snapshot taken at that moment, with the records behind each figure. Every method is one transaction with its audit
 * record and event. A report outside the caller's data scope, and an unpublished one asked for publicly, is "not
 * found".
 */
@Service
public class AnnualReports implements DeadlineSource {

    /** Case type of reports in the due-items list and the daily warnings. */
    public static final String CASE_TYPE = "annual_report";
    public static final String VIEW_PERMISSION = "reports:view";
    public static final String DRAFT_PERMISSION = "reports:draft";
    public static final String REVIEW_PERMISSION = "reports:review";
    public static final String APPROVE_PERMISSION = "reports:approve";
    public static final String PUBLISH_PERMISSION = "reports:publish";
    public static final String TEMPLATE_PERMISSION = "reports:template:edit";

    private static final int SNAPSHOT_PAGE = 5000;

    private final ReportRepository repository;
    private final ReportTemplates templates;
    private final Indicators indicators;
    private final Regions regions;
    private final Units units;
    private final Documents documents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ReportProperties settings;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    AnnualReports(ReportRepository repository, ReportTemplates templates, Indicators indicators, Regions regions,
            Units units, Documents documents, AuditTrail audit, ApplicationEventPublisher events, ReportProperties settings,
            Clock clock, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.repository = repository;
        this.templates = templates;
        this.indicators = indicators;
        this.regions = regions;
        this.units = units;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- drafting and editing ---------------------------------------------------------------------------------------

    /** Drafts the report of a year for the district or a township from the current template. */
    @Transactional
    public Report create(Create form, CurrentUser me) {
        if (form == null || form.year() == null) {
            throw UserFacingException.badRequest("reports.error.yearRequired");
        }
        int year = form.year();
        if (year < 2000 || year > LocalDate.now(clock).getYear()) {
            throw UserFacingException.badRequest("reports.error.yearInvalid", String.valueOf(year));
        }
        RegionView region = region(form.regionCode());
        if (!me.scope().covers(me.unitId(), region.code()) || !region.code().startsWith(me.scope().regionCode())) {
            throw UserFacingException.badRequest("reports.error.regionOutsideScope", region.name());
        }
        if (repository.exists(year, region.code())) {
            throw UserFacingException.conflict("reports.error.exists", year, region.name());
        }
        Template template = templates.current();
        templates.validate(template.title(), template.body(), template.signature());
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insert(year, region.code(), me.unitId(), template.title(), template.body(),
                template.signature(), now, me.username());
        audit.record(AuditEntry.of("reports.report.drafted", CASE_TYPE, id, year + " " + region.code()));
        events.publishEvent(new ReportDrafted(id, year, region.code()));
        return view(row(id), me);
    }

    /** New title, body and signature for a DRAFT report; placeholders are checked against the registry. */
    @Transactional
    public Report editText(long id, EditText form, CurrentUser me) {
        ReportRow row = visible(id, me);
        if (form == null || form.version() == null) {
            throw UserFacingException.badRequest("reports.error.versionRequired");
        }
        if (!ReportStatus.valueOf(row.status()).editable()) {
            throw UserFacingException.conflict("reports.error.notEditable");
        }
        templates.validate(form.title(), form.body(), form.signature());
        if (!repository.updateText(id, form.title().strip(), form.body(), form.signature().strip(),
                OffsetDateTime.now(clock), form.version())) {
            throw UserFacingException.conflict("reports.error.staleVersion");
        }
        audit.record(AuditEntry.of("reports.report.edited", CASE_TYPE, id, form.body().length() + " characters"));
        return view(row(id), me);
    }

    // ---- the review flow --------------------------------------------------------------------------------------------

    /**
     * Takes a step of the flow. Entering SECRECY_REVIEW freezes the figures (snapshot with their records); APPROVE
     * records the secrecy review's conclusion and dates the report; REJECT returns to DRAFT with a reason and drops
     * the snapshot.
     */
    @Transactional
    public Report step(long id, ReportStep step, StepForm form, CurrentUser me) {
        ReportRow row = visible(id, me);
        ReportStatus from = ReportStatus.valueOf(row.status());
        ReportStatus to = step.target(from)
                .orElseThrow(() -> UserFacingException.conflict("reports.error.stepNotAllowed"));
        if (!me.can(step.permission(from))) {
            throw UserFacingException.forbidden("reports.error.stepForbidden");
        }
        Optional<String> refusal = step.refusal(me.username(), row.submittedBy(), row.reviewedBy());
        if (refusal.isPresent()) {
            audit.recordIndependently(AuditEntry.of("reports.report." + step.path() + ".refused", CASE_TYPE, id,
                    "four eyes: " + refusal.get() + " (submitted by " + row.submittedBy() + ", reviewed by "
                            + row.reviewedBy() + ")").failed());
            throw UserFacingException.forbidden(refusal.get());
        }
        String text = form == null || form.text() == null ? null : form.text().strip();
        if (step.needsText() && (text == null || text.isEmpty())) {
            throw UserFacingException.badRequest(step == ReportStep.REJECT ? "reports.error.reasonRequired"
                    : "reports.error.secrecyNoteRequired");
        }
        if (text != null && text.length() > 1000) {
            throw UserFacingException.badRequest("reports.error.textTooLong", 1000);
        }
        int version = form == null || form.version() == null ? row.version() : form.version();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String reason = step == ReportStep.REJECT ? text : null;
        String secrecyNote = step == ReportStep.APPROVE ? text : to == ReportStatus.DRAFT ? null : row.secrecyNote();
        LocalDate signedOn = step == ReportStep.APPROVE ? LocalDate.now(clock) : to == ReportStatus.DRAFT ? null : row.signedOn();
        OffsetDateTime frozenAt = to.frozen() ? (row.frozenAt() != null ? row.frozenAt() : now) : null;
        OffsetDateTime publishedAt = to == ReportStatus.PUBLISHED ? now : null;
        String submittedBy = step == ReportStep.SUBMIT ? me.username() : to == ReportStatus.DRAFT ? null : row.submittedBy();
        String reviewedBy = step == ReportStep.PASS_REVIEW ? me.username() : to == ReportStatus.DRAFT ? null : row.reviewedBy();
        if (!repository.updateStatus(id, from.name(), to.name(), version, now, reason, secrecyNote, signedOn, frozenAt,
                publishedAt)) {
            throw UserFacingException.conflict("reports.error.staleVersion");
        }
        if (step == ReportStep.SUBMIT || step == ReportStep.PASS_REVIEW || to == ReportStatus.DRAFT) {
            repository.updateReviewRound(id, submittedBy, reviewedBy);
        }
        if (to.frozen() && !from.frozen()) {
            freeze(row);
        } else if (!to.frozen() && from.frozen()) {
            repository.deleteSnapshot(id);
        }
        audit.record(AuditEntry.of("reports.report." + step.path(), CASE_TYPE, id,
                from + " → " + to + (text == null ? "" : ": " + text)));
        events.publishEvent(new ReportStepTaken(id, step.name(), from.name(), to.name(), reason));
        if (to == ReportStatus.PUBLISHED) {
            events.publishEvent(new ReportPublished(id, row.year(), row.regionCode()));
        }
        return view(row(id), me);
    }

    /**
     * Keeps every cited figure and the list of its records, as the indicators compute them now. A rate's records are
     * its denominator's: the list is kept once, under the denominator's id, however many cited figures show it.
     */
    private void freeze(ReportRow row) {
        Map<String, Long> kept = new LinkedHashMap<>();
        for (String indicatorId : citedIndicators(row)) {
            Indicator indicator = indicators.find(TemplateText.indicatorOf(indicatorId))
                    .orElseThrow(() -> UserFacingException.badRequest("reports.error.unknownIndicators", indicatorId));
            IndicatorQuery query = query(row, TemplateText.yearsBack(indicatorId));
            Indicator source = recordSource(indicator);
            // last year's figures keep their own records, under the cited form of the id (a.b@previous)
            String recordsOf = source.id() + indicatorId.substring(TemplateText.indicatorOf(indicatorId).length());
            Long count = kept.get(recordsOf);
            if (count == null) {
                count = keepRecords(row.id(), recordsOf, source, query);
                kept.put(recordsOf, count);
            }
            repository.insertFigure(row.id(), new FigureRow(indicatorId, indicator.unit().name(), indicator.value(query),
                    count, recordsOf, indicator.provenance(query)));
        }
    }

    /** The indicator whose records are {@code indicator}'s: a rate's denominator (itself possibly a rate), else itself. */
    static Indicator recordSource(Indicator indicator) {
        return indicator instanceof RateIndicator rate ? recordSource(rate.denominator()) : indicator;
    }

    /** Copies the records of {@code source} into the snapshot, page by page; returns how many. */
    private long keepRecords(long reportId, String recordsOf, Indicator source, IndicatorQuery query) {
        long count = 0;
        for (int page = 0; ; page++) {
            RecordPage records = source.records(query, page, SNAPSHOT_PAGE);
            if (records.items().isEmpty()) {
                break;
            }
            List<RecordRow> rows = records.items().stream().map(AnnualReports::recordRow).toList();
            repository.insertRecords(reportId, recordsOf, (int) count, rows);
            count += rows.size();
            if (count >= records.total() || records.items().size() < SNAPSHOT_PAGE) {
                break;
            }
        }
        return count;
    }

    private static RecordRow recordRow(IndicatorRecord r) {
        return new RecordRow(r.reference(), r.title(), r.date(), r.regionCode(), r.amount(), r.href());
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Summary> list(CurrentUser me) {
        DataScope scope = me.scope();
        return repository.search(scope.sqlCondition("r.unit_id", "r.region_code"), scope.parameters()).stream()
                .map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public Report get(long id, CurrentUser me) {
        return view(visible(id, me), me);
    }

    /** The records behind a frozen figure, as kept when the report was frozen. */
    @Transactional(readOnly = true)
    public FrozenRecords frozenRecords(long id, String indicatorId, int page, CurrentUser me) {
        ReportRow row = visible(id, me);
        FigureRow figure = repository.figures(row.id()).stream().filter(f -> f.indicatorId().equals(indicatorId))
                .findFirst().orElseThrow(() -> UserFacingException.notFound("reports.error.figureNotFound"));
        int size = 50;
        int safePage = Math.max(0, page);
        List<FrozenRecord> items = repository.records(row.id(), figure.recordsOf(), safePage, size).stream()
                .map(r -> new FrozenRecord(r.reference(), r.title(), r.date(), r.regionCode(), r.amount(), r.href()))
                .toList();
        return new FrozenRecords(indicatorId, name(indicatorId), items, figure.recordCount(), safePage, size);
    }

    /**
     * Where the report of {@code year} of each region stands, for the 督察 of the annual-report duties (督察工作规定
     * Arts. 23–26, supervision module): the report, its status, the day it was approved (signed) and the day it was
     * published. Unscoped: the caller checks access. Deadlines: {@link ReportProperties#submissionDeadline} and
     * {@link ReportProperties#publicationDeadline}.
     */
    public record Filing(long reportId, int year, String regionCode, long unitId, ReportStatus status, String title,
            LocalDate approvedOn, LocalDate publishedOn) {}

    @Transactional(readOnly = true)
    public List<Filing> filings(int year) {
        return repository.search("r.report_year = :filingYear", Map.of("filingYear", year)).stream()
                .map(r -> new Filing(r.id(), r.year(), r.regionCode(), r.unitId(), ReportStatus.valueOf(r.status()),
                        r.title(), r.signedOn(), r.publishedAt() == null ? null
                                : r.publishedAt().atZoneSameInstant(clock.getZone()).toLocalDate()))
                .toList();
    }

    /** Published reports, newest first — what the public portal lists. */
    @Transactional(readOnly = true)
    public List<Summary> published() {
        return repository.withStatus(ReportStatus.PUBLISHED.name()).stream().map(this::summary).toList();
    }

    /** A published report for the public portal; anything else is "not found". Figures are not linked. */
    @Transactional(readOnly = true)
    public Report publishedReport(long id) {
        ReportRow row = repository.find(id).filter(r -> ReportStatus.PUBLISHED.name().equals(r.status()))
                .orElseThrow(() -> UserFacingException.notFound("reports.error.notFound"));
        return view(row, null);
    }

    /** The report as DOCX for a reader in scope; the download is audited. */
    @Transactional
    public ReportFile docx(long id, CurrentUser me) {
        Report report = get(id, me);
        ReportFile file = new ReportFile(fileName(report, "docx"), documents.docx(document(report)));
        audit.record(AuditEntry.of("reports.report.downloaded", CASE_TYPE, id, "docx " + report.status()));
        return file;
    }

    /** The report as PDF for a reader in scope; the download is audited. */
    @Transactional
    public ReportFile pdf(long id, CurrentUser me) {
        Report report = get(id, me);
        ReportFile file = new ReportFile(fileName(report, "pdf"), documents.pdf(document(report)));
        audit.record(AuditEntry.of("reports.report.downloaded", CASE_TYPE, id, "pdf " + report.status()));
        return file;
    }

    /** The PDF of a published report, for the public portal. */
    @Transactional(readOnly = true)
    public ReportFile publishedPdf(long id) {
        Report report = publishedReport(id);
        return new ReportFile(fileName(report, "pdf"), documents.pdf(document(report)));
    }

    /** The report as an official document (GB/T 9704 through the documents module). */
    public OfficialDocument document(Report report) {
        List<Block> blocks = new ArrayList<>();
        for (ReportViews.Block b : report.blocks()) {
            blocks.add(b.level() == 0 ? new Block.Paragraph(b.text()) : new Block.Heading(b.level(), b.text()));
        }
        // the figures no record here proves (reported figures) are printed with their provenance in an annex
        List<Figure> reported = report.figures().stream().filter(f -> f.provenance() != null).toList();
        if (!reported.isEmpty()) {
            // the report is a Chinese document whatever the reader's language
            blocks.add(new Block.Heading(1, messages.getMessage("reports.document.sources", null, Locale.SIMPLIFIED_CHINESE)));
            for (Figure f : reported) {
                blocks.add(new Block.Paragraph(messages.getMessage("reports.document.source",
                        new Object[] {f.name(), f.provenance()}, Locale.SIMPLIFIED_CHINESE)));
            }
        }
        return new OfficialDocument(null, null, report.title(), blocks, report.signature(), report.signedOn());
    }

    /** The file name of a report's DOCX or PDF, e.g. {@code 2023-421202.pdf}. */
    public static String fileName(Report report, String extension) {
        return report.year() + "-" + report.regionCode() + "." + extension;
    }

    // ---- deadlines --------------------------------------------------------------------------------------------------

    /**
     * Unpublished reports: submission due (settings, 1 March of the next year) while not yet approved, publication
     * due (31 March) until published. And the district's report of each tracked year ({@link
     * ReportProperties#trackedYears}) that nobody has drafted yet: both deadlines, owned by the office unit, linked
     * to the reports list where it is drafted (case id 0: no report yet).
     */
    @Override
    @Transactional(readOnly = true)
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        return openDeadlines(scope, LocalDate.now(clock), until);
    }

    /** {@link #openDeadlines(DataScope, LocalDate)} as of {@code today}. */
    @Transactional(readOnly = true)
    public List<DueItem> openDeadlines(DataScope scope, LocalDate today, LocalDate until) {
        List<DueItem> due = new ArrayList<>();
        long officeUnit = units.all().stream().filter(u -> u.code().equals(settings.officeUnit())).mapToLong(UnitView::id)
                .findFirst().orElse(0L);
        if (scope.covers(officeUnit, Regions.DISTRICT_CODE)) {
            for (int year : settings.trackedYears(today, until)) {
                if (repository.exists(year, Regions.DISTRICT_CODE)) {
                    continue;
                }
                CaseRef ref = new CaseRef(CASE_TYPE, 0);
                String title = templateTitle(year, Regions.DISTRICT_CODE);
                LocalDate submission = settings.submissionDeadline(year);
                if (!submission.isAfter(until)) {
                    due.add(new DueItem(ref, String.valueOf(year), title, "reports.deadline.notDrafted.submission",
                            submission, officeUnit, Regions.DISTRICT_CODE, "/reports"));
                }
                LocalDate publication = settings.publicationDeadline(year);
                if (!publication.isAfter(until)) {
                    due.add(new DueItem(ref, String.valueOf(year), title, "reports.deadline.notDrafted.publication",
                            publication, officeUnit, Regions.DISTRICT_CODE, "/reports"));
                }
            }
        }
        for (ReportRow row : repository.notPublished()) {
            if (!scope.covers(row.unitId(), row.regionCode())) {
                continue;
            }
            ReportStatus status = ReportStatus.valueOf(row.status());
            String label = String.valueOf(row.year());
            String title = plainTitle(row);
            CaseRef ref = new CaseRef(CASE_TYPE, row.id());
            LocalDate submission = settings.submissionDeadline(row.year());
            if (status != ReportStatus.APPROVED && !submission.isAfter(until)) {
                due.add(new DueItem(ref, label, title, "reports.deadline.submission", submission, row.unitId(),
                        row.regionCode(), "/reports/" + row.id()));
            }
            LocalDate publication = settings.publicationDeadline(row.year());
            if (!publication.isAfter(until)) {
                due.add(new DueItem(ref, label, title, "reports.deadline.publication", publication, row.unitId(),
                        row.regionCode(), "/reports/" + row.id()));
            }
        }
        return due;
    }

    // ---- rendering --------------------------------------------------------------------------------------------------

    private Report view(ReportRow row, CurrentUser me) {
        ReportStatus status = ReportStatus.valueOf(row.status());
        Map<String, Figure> figures = figures(row, status, me != null);
        String regionName = regionName(row.regionCode());
        List<ReportViews.Block> blocks = new ArrayList<>();
        for (Line line : TemplateText.parse(row.body()).lines()) {
            blocks.add(new ReportViews.Block(line.level(), segments(line.pieces(), row, regionName, figures)));
        }
        String title = plain(segments(TemplateText.parseLine(row.title()), row, regionName, figures));
        String signature = plain(segments(TemplateText.parseLine(row.signature()), row, regionName, figures));
        List<ReportStep> possible = new ArrayList<>();
        if (me != null) {
            for (ReportStep step : ReportStep.values()) {
                if (step.target(status).isPresent() && me.can(step.permission(status))
                        && step.refusal(me.username(), row.submittedBy(), row.reviewedBy()).isEmpty()) {
                    possible.add(step);
                }
            }
        }
        return new Report(row.id(), row.year(), row.regionCode(), regionName, status, title, blocks, signature,
                row.signedOn(), List.copyOf(figures.values()), row.title(), row.body(), row.signature(), row.frozenAt(),
                row.secrecyNote(), row.rejectReason(), row.publishedAt(), settings.submissionDeadline(row.year()),
                settings.publicationDeadline(row.year()), possible, me == null ? null : row.submittedBy(),
                me == null ? null : row.reviewedBy(), row.version());
    }

    /** The cited figures: the snapshot when frozen, else computed now. {@code linked}: staff links (not public). */
    private Map<String, Figure> figures(ReportRow row, ReportStatus status, boolean linked) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        if (status.frozen()) {
            for (FigureRow f : repository.figures(row.id())) {
                IndicatorUnit unit = IndicatorUnit.valueOf(f.unit());
                figures.put(f.indicatorId(), new Figure(f.indicatorId(), name(f.indicatorId()), unitLabel(f.indicatorId()),
                        unit, f.value(), defaultFormat(unit).format(f.value()),
                        linked ? "/reports/" + row.id() + "/figures/" + f.indicatorId() : null, f.recordCount(),
                        f.provenance()));
            }
            return figures;
        }
        for (String id : citedIndicators(row)) {
            IndicatorQuery query = query(row, TemplateText.yearsBack(id));
            indicators.find(TemplateText.indicatorOf(id)).ifPresent(indicator -> {
                BigDecimal value = indicator.value(query);
                // a figure no record here proves (a reported figure) links to what stands behind it (its submission)
                String evidence = indicator.evidenceHref(query);
                String href = !linked ? null : evidence != null ? evidence : "/indicators/" + indicator.id() + "/records?from="
                        + query.from() + "&to=" + query.to() + "&region=" + row.regionCode();
                figures.put(id, new Figure(id, label(indicators.name(indicator, locale()), id), indicators.unitLabel(indicator, locale()),
                        indicator.unit(), value, defaultFormat(indicator.unit()).format(value), href, null,
                        indicator.provenance(query)));
            });
        }
        return figures;
    }

    private List<Segment> segments(List<Piece> pieces, ReportRow row, String regionName, Map<String, Figure> figures) {
        List<Segment> segments = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece instanceof Literal l) {
                segments.add(new Segment(l.text(), null, null));
            } else if (piece instanceof Placeholder p && p.isVariable()) {
                segments.add(new Segment(switch (p.name()) {
                    case "year" -> String.valueOf(row.year());
                    case "next_year" -> String.valueOf(row.year() + 1);
                    default -> regionName;
                }, null, null));
            } else if (piece instanceof Placeholder p) {
                List<Figure> terms = p.terms().stream().map(figures::get).toList();
                if (terms.contains(null)) {
                    // cited but no longer in the registry (a module removed it): show the placeholder, never a number
                    segments.add(new Segment("{{" + p.name() + "}}", null, null));
                    continue;
                }
                Figure first = terms.get(0);
                FigureFormat format = p.format() != null ? p.format() : defaultFormat(first.kind());
                if (!p.isSum()) {
                    segments.add(new Segment(format.format(first.value()), p.name(), first.href(), first.provenance()));
                    continue;
                }
                // a sum prints one figure; each term stays in the figures list with its own records link
                BigDecimal sum = terms.stream().anyMatch(f -> f.value() == null) ? null
                        : terms.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                String provenance = terms.stream().map(Figure::provenance).filter(java.util.Objects::nonNull).distinct()
                        .reduce((a, b) -> a + "; " + b).orElse(null);
                segments.add(new Segment(format.format(sum), p.name(), null, provenance));
            }
        }
        return segments;
    }

    static FigureFormat defaultFormat(IndicatorUnit unit) {
        return switch (unit) {
            case COUNT -> FigureFormat.COUNT;
            case PERCENT -> FigureFormat.PERCENT;
            case YUAN -> FigureFormat.YUAN;
        };
    }

    private static String plain(List<Segment> segments) {
        StringBuilder sb = new StringBuilder();
        segments.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    private Set<String> citedIndicators(ReportRow row) {
        Set<String> ids = new LinkedHashSet<>(TemplateText.indicatorIds(TemplateText.parseLine(row.title())));
        ids.addAll(TemplateText.parse(row.body()).indicatorIds());
        ids.addAll(TemplateText.indicatorIds(TemplateText.parseLine(row.signature())));
        return ids;
    }

    /** The report's period and region; the scope is the region's own (the drafter's scope covered it). */
    /** The query of the year {@code yearsBack} before the report's ({@code {{id@previous}}}: one). */
    private static IndicatorQuery query(ReportRow row, int yearsBack) {
        ScopeLevel level = row.regionCode().length() == 6 ? ScopeLevel.DISTRICT : ScopeLevel.TOWNSHIP;
        return IndicatorQuery.year(row.year() - yearsBack, row.regionCode(),
                new DataScope(level, row.unitId(), row.regionCode()));
    }

    private String name(String indicatorId) {
        return indicators.find(TemplateText.indicatorOf(indicatorId))
                .map(i -> label(indicators.name(i, locale()), indicatorId)).orElse(indicatorId);
    }

    /** An indicator's name, marked as last year's where the report cites last year's figure. */
    private String label(String name, String citedId) {
        return TemplateText.yearsBack(citedId) == 0 ? name
                : messages.getMessage("reports.figure.previousYear", new Object[] {name}, locale());
    }

    private String unitLabel(String indicatorId) {
        return indicators.find(TemplateText.indicatorOf(indicatorId)).map(i -> indicators.unitLabel(i, locale()))
                .orElse("");
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private Summary summary(ReportRow row) {
        return new Summary(row.id(), row.year(), row.regionCode(), regionName(row.regionCode()),
                ReportStatus.valueOf(row.status()), plainTitle(row), row.updatedAt(), row.publishedAt(),
                settings.publicationDeadline(row.year()));
    }

    private String plainTitle(ReportRow row) {
        return plainTitle(row.title(), row.year(), row.regionCode());
    }

    /** The title a report of {@code year} and region would have if drafted now from the current template. */
    private String templateTitle(int year, String regionCode) {
        return plainTitle(templates.current().title(), year, regionCode);
    }

    private String plainTitle(String titleSource, int year, String regionCode) {
        StringBuilder sb = new StringBuilder();
        for (Piece piece : TemplateText.parseLine(titleSource)) {
            if (piece instanceof Literal l) {
                sb.append(l.text());
            } else if (piece instanceof Placeholder p) {
                sb.append(switch (p.name()) {
                    case "year" -> String.valueOf(year);
                    case "next_year" -> String.valueOf(year + 1);
                    case "region" -> regionName(regionCode);
                    default -> "";
                });
            }
        }
        return sb.toString();
    }

    private RegionView region(String code) {
        if (code == null || !code.matches("\\d{6}|\\d{9}")) {
            throw UserFacingException.badRequest("reports.error.regionInvalid", code == null ? "" : code);
        }
        RegionView region = regions.find(code)
                .filter(r -> r.level() == RegionLevel.COUNTY || r.level() == RegionLevel.TOWNSHIP)
                .filter(r -> r.code().startsWith(Regions.DISTRICT_CODE))
                .orElseThrow(() -> UserFacingException.badRequest("reports.error.regionInvalid", code));
        return region;
    }

    private String regionName(String code) {
        return regions.find(code).map(RegionView::name).orElse(code);
    }

    private ReportRow row(long id) {
        return repository.find(id).orElseThrow(() -> UserFacingException.notFound("reports.error.notFound"));
    }

    private ReportRow visible(long id, CurrentUser me) {
        ReportRow row = row(id);
        if (!me.scope().covers(row.unitId(), row.regionCode())) {
            throw UserFacingException.notFound("reports.error.notFound");
        }
        return row;
    }
}
