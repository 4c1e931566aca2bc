package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.enforcement.events.CaseFileFailed;
import cn.fazhi.rectification.Problems;
import cn.fazhi.rectification.RaiseProblem;

/**
 * Evaluation campaigns (案卷评查, LEGAL-RULES-2 §6.2; 国办发〔2018〕118号 三(十); the method is Guangdong's, local):
 * <ol>
 * <li>the bureau opens a campaign (year, name, rubric, the closing period, files per unit, a seed);</li>
 * <li>{@link #draw} picks up to {@code perUnit} of each unit's files closed in the period, from every
 *     {@link CaseFileSource}, at random — each unit's candidates in a fixed order shuffled by a generator seeded from
 *     the campaign's recorded seed and the unit, so the same seed over the same files draws the same files;</li>
 * <li>at least {@code min-reviewers} reviewers score each file independently on every rubric item (广东 Arts. 8–10),
 *     none from the file's own unit (回避); a reviewer sees the others' sheets only once the file has its score;</li>
 * <li>the file's score is the mean of the reviewers' totals and its grade follows the scale
 *     ({@link EvaluationGrade}); a reviewer's veto ground (广东 Art. 17) makes it 不合格 whatever its points;</li>
 * <li>{@link #close} (every file scored) raises a rectification problem (the rectification machinery) for each file
 *     with findings or 不合格, and publishes {@link CaseFileFailed} for each 不合格 file (supervision opens a clue).</li>
 * </ol>
 */
@Service
public class EvaluationCampaigns {

    /** The source type of rectification problems raised from an evaluated file (the kernel case type of evaluation). */
    public static final String RECTIFICATION_SOURCE = "evaluation";

    private static final String CAMPAIGNS = "SELECT c.*, r.name AS rubric_name, "
            + "(SELECT COUNT(*) FROM enforcement_evaluation_file f WHERE f.campaign_id = c.id) AS files, "
            + "(SELECT COUNT(*) FROM enforcement_evaluation_file f WHERE f.campaign_id = c.id AND f.score IS NOT NULL) AS scored "
            + "FROM enforcement_evaluation_campaign c JOIN enforcement_rubric r ON r.id = c.rubric_id";

    private static final String FILES = "SELECT f.*, u.name AS unit_name, (SELECT COUNT(DISTINCT s.reviewer) FROM "
            + "enforcement_evaluation_score s WHERE s.file_id = f.id) AS reviewers FROM enforcement_evaluation_file f "
            + "JOIN unit u ON u.id = f.unit_id";

    private final JdbcClient jdbc;
    private final FileReviews fileReviews;
    private final List<CaseFileSource> sources;
    private final Rubrics rubrics;
    private final Problems problems;
    private final ApplicationEventPublisher events;
    private final FileReviewProperties settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final Random seeds = new SecureRandom();

    EvaluationCampaigns(JdbcClient jdbc, FileReviews fileReviews, List<CaseFileSource> sources, Rubrics rubrics,
            Problems problems, FileReviewProperties settings, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.fileReviews = fileReviews;
        this.sources = sources;
        this.rubrics = rubrics;
        this.problems = problems;
        this.events = events;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- campaigns ------------------------------------------------------------------------------------------------

    @Transactional
    public EvaluationCampaignView create(EvaluationCommands.Create c, CurrentUser me) {
        if (c == null || c.year() == null || c.name() == null || c.name().isBlank() || c.rubricId() == null
                || c.from() == null || c.to() == null) {
            throw UserFacingException.badRequest("enforcement.filereview.error.campaignIncomplete");
        }
        if (c.to().isBefore(c.from())) {
            throw UserFacingException.badRequest("enforcement.filereview.error.periodOrder");
        }
        if (!c.to().isBefore(LocalDate.now(clock).plusDays(1))) {
            throw UserFacingException.badRequest("enforcement.filereview.error.periodFuture");
        }
        RubricView rubric = rubrics.find(c.rubricId())
                .orElseThrow(() -> UserFacingException.badRequest("enforcement.filereview.error.rubricUnknown"));
        if (rubric.total() != Rubrics.TOTAL) {
            throw UserFacingException.badRequest("enforcement.filereview.error.rubricTotal", rubric.total(), Rubrics.TOTAL);
        }
        int perUnit = c.perUnit() == null ? settings.perUnit() : c.perUnit();
        if (perUnit < 1 || perUnit > 1000) {
            throw UserFacingException.badRequest("enforcement.filereview.validation.perUnit");
        }
        long seed = c.seed() == null ? seeds.nextLong() : c.seed();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_evaluation_campaign (campaign_year, name, rubric_id, period_from, period_to, "
                        + "per_unit, seed, status, region_code, created_at, created_by) VALUES (:y, :n, :r, :f, :t, :pu, :seed, "
                        + ":status, :region, :at, :by)")
                .param("y", c.year()).param("n", c.name().strip()).param("r", rubric.id()).param("f", c.from())
                .param("t", c.to()).param("pu", perUnit).param("seed", seed)
                .param("status", EvaluationStatus.DRAFT.name()).param("region", me.scope().regionCode())
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("enforcement.evaluation.created", "enforcement_evaluation_campaign", id,
                c.year() + " " + c.name().strip() + " seed=" + seed));
        return campaign(id).orElseThrow();
    }

    /**
     * Draws the files (DRAFT → SCORING): per unit in the campaign's region, up to {@code perUnit} of the files closed
     * in the period, reproducibly from the seed. Refused (409) when nothing was closed in the period.
     */
    @Transactional
    public EvaluationCampaignView draw(long id, Integer version) {
        EvaluationCampaignView c = requireState(id, version, EvaluationStatus.DRAFT);
        Map<Long, List<CaseFile>> byUnit = new TreeMap<>();
        for (CaseFileSource source : sources) {
            for (Long caseId : source.closedBetween(c.from(), c.to(), null)) {
                source.file(caseId)
                        .filter(f -> f.closedOn() != null && f.regionCode() != null
                                && f.regionCode().startsWith(c.regionCode()))
                        .ifPresent(f -> byUnit.computeIfAbsent(f.unitId(), k -> new ArrayList<>()).add(f));
            }
        }
        if (byUnit.isEmpty()) {
            throw UserFacingException.conflict("enforcement.filereview.error.nothingToDraw");
        }
        int drawn = 0;
        for (Map.Entry<Long, List<CaseFile>> unit : byUnit.entrySet()) {
            for (CaseFile f : drawFrom(unit.getValue(), c.perUnit(), c.seed(), unit.getKey())) {
                jdbc.sql("INSERT INTO enforcement_evaluation_file (campaign_id, case_type, case_id, case_number, unit_id, "
                                + "region_code, closed_on) VALUES (:c, :t, :id, :no, :u, :r, :closed)")
                        .param("c", id).param("t", f.caseType()).param("id", f.caseId()).param("no", f.caseNumber())
                        .param("u", f.unitId()).param("r", f.regionCode()).param("closed", f.closedOn()).update();
                drawn++;
            }
        }
        setState(c, EvaluationStatus.SCORING, "drawn_on = :day");
        audit.record(AuditEntry.of("enforcement.evaluation.drawn", "enforcement_evaluation_campaign", id,
                drawn + " files from " + byUnit.size() + " units, seed=" + c.seed()));
        return campaign(id).orElseThrow();
    }

    /**
     * The random draw of one unit: candidates ordered by case type and id, shuffled by a generator seeded from the
     * campaign's seed and the unit, the first {@code n} taken. Same seed and candidates → same files.
     */
    static List<CaseFile> drawFrom(List<CaseFile> candidates, int n, long seed, long unitId) {
        List<CaseFile> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(CaseFile::caseType).thenComparingLong(CaseFile::caseId));
        Collections.shuffle(ordered, new Random(seed * 31 + unitId));
        return ordered.subList(0, Math.min(n, ordered.size()));
    }

    /** Closes the campaign (SCORING → CLOSED) once every file is scored, and raises the rectification tasks. */
    @Transactional
    public EvaluationCampaignView close(long id, Integer version) {
        EvaluationCampaignView c = requireState(id, version, EvaluationStatus.SCORING);
        if (c.scored() < c.files()) {
            throw UserFacingException.conflict("enforcement.filereview.error.unscoredFiles", c.files() - c.scored());
        }
        setState(c, EvaluationStatus.CLOSED, "closed_on = :day");
        LocalDate today = LocalDate.now(clock);
        long issuer = issuerUnit(id);
        int raised = 0;
        for (EvaluationFileView f : jdbc.sql(FILES + " WHERE f.campaign_id = :c ORDER BY f.id").param("c", id)
                .query(this::mapFile).list()) {
            List<String> problems = new ArrayList<>();
            List<String> rules = new ArrayList<>();
            jdbc.sql("SELECT i.title, s.finding, s.veto FROM enforcement_evaluation_score s JOIN enforcement_rubric_item i "
                            + "ON i.id = s.item_id WHERE s.file_id = :f ORDER BY i.ordinal, s.reviewer")
                    .param("f", f.id())
                    .query(rs -> {
                        String finding = rs.getString("finding");
                        if (finding != null && !finding.isBlank()) {
                            problems.add(rs.getString("title") + "：" + finding.strip());
                            if (!rules.contains(rs.getString("title"))) {
                                rules.add(rs.getString("title"));
                            }
                        }
                    });
            String path = "/enforcement/file-reviews/files/" + f.id();
            if (f.grade() == EvaluationGrade.FAIL) {
                events.publishEvent(new CaseFileFailed(f.id(), f.caseType(), f.caseId(), f.caseNumber(), f.unitId(),
                        f.evaluatedOn() == null ? today : f.evaluatedOn(), path));
            }
            if (problems.isEmpty() && f.grade() != EvaluationGrade.FAIL) {
                continue;
            }
            String problem = String.join("；", problems.isEmpty() ? List.of(c.name()) : problems);
            String rule = String.join("、", rules);
            this.problems.raise(new RaiseProblem(RECTIFICATION_SOURCE, f.id(), f.caseNumber(), path,
                    problem.length() > 4000 ? problem.substring(0, 4000) : problem,
                    rule.isEmpty() ? c.rubricName() : (rule.length() > 1000 ? rule.substring(0, 1000) : rule), f.unitId(),
                    issuer, today, today.plusDays(settings.rectificationDays())));
            raised++;
        }
        audit.record(AuditEntry.of("enforcement.evaluation.closed", "enforcement_evaluation_campaign", id,
                c.scored() + " files scored, " + raised + " rectification tasks"));
        return campaign(id).orElseThrow();
    }

    /** The issuing side of the problems a campaign raises: the unit of whoever closes it, else of its creator. */
    private long issuerUnit(long campaignId) {
        return jdbc.sql("SELECT a.unit_id FROM app_user a WHERE a.username = :u").param("u", Actors.current())
                .query(Long.class).optional()
                .or(() -> jdbc.sql("SELECT a.unit_id FROM enforcement_evaluation_campaign c JOIN app_user a "
                        + "ON a.username = c.created_by WHERE c.id = :c").param("c", campaignId).query(Long.class).optional())
                .orElseThrow(() -> new IllegalStateException("no issuing unit for campaign " + campaignId));
    }

    private EvaluationCampaignView requireState(long id, Integer version, EvaluationStatus expected) {
        EvaluationCampaignView c = campaign(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (version == null) {
            throw UserFacingException.badRequest("enforcement.filereview.validation.versionRequired");
        }
        if (version != c.version()) {
            throw UserFacingException.conflict("error.conflict");
        }
        if (c.status() != expected) {
            throw UserFacingException.conflict("enforcement.filereview.error.stepNotNow");
        }
        return c;
    }

    private void setState(EvaluationCampaignView c, EvaluationStatus next, String set) {
        int n = jdbc.sql("UPDATE enforcement_evaluation_campaign SET status = :s, " + set + ", version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .param("s", next.name()).param("day", LocalDate.now(clock)).param("id", c.id()).param("v", c.version())
                .update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
    }

    public Optional<EvaluationCampaignView> campaign(long id) {
        return jdbc.sql(CAMPAIGNS + " WHERE c.id = :id").param("id", id).query(this::mapCampaign).optional();
    }

    public List<EvaluationCampaignView> campaigns(Integer year) {
        return year == null
                ? jdbc.sql(CAMPAIGNS + " ORDER BY c.campaign_year DESC, c.id DESC").query(this::mapCampaign).list()
                : jdbc.sql(CAMPAIGNS + " WHERE c.campaign_year = :y ORDER BY c.id DESC").param("y", year)
                        .query(this::mapCampaign).list();
    }

    // ---- files and scores -----------------------------------------------------------------------------------------

    /** The campaign's files in the caller's scope (a unit sees its own files only). */
    public List<EvaluationFileView> files(long campaignId, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("c", campaignId);
        return jdbc.sql(FILES + " WHERE f.campaign_id = :c AND " + scope.sqlCondition("f.unit_id", "f.region_code")
                + " ORDER BY u.name, f.case_number").params(p).query(this::mapFile).list();
    }

    /** One drawn file in scope, else 404. */
    public EvaluationFileView file(long fileId, DataScope scope) {
        return jdbc.sql(FILES + " WHERE f.id = :id").param("id", fileId).query(this::mapFile).optional()
                .filter(f -> scope.covers(f.unitId(), f.regionCode()))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /**
     * A reviewer's score sheet for a file: every rubric item once, points within the item's maximum, a finding where
     * points were deducted is expected but not forced. Replaces the reviewer's earlier sheet while the campaign is
     * scoring. Refused for a reviewer of the file's own unit (回避).
     */
    @Transactional
    public EvaluationFileView score(long fileId, EvaluationCommands.Score sheet, CurrentUser me) {
        EvaluationFileView f = file(fileId, me.scope());
        EvaluationCampaignView c = campaign(f.campaignId()).orElseThrow();
        if (c.status() != EvaluationStatus.SCORING) {
            throw UserFacingException.conflict("enforcement.filereview.error.notScoring");
        }
        if (me.unitId() == f.unitId()) {
            throw UserFacingException.forbidden("enforcement.filereview.error.recusal");
        }
        RubricView rubric = rubrics.find(c.rubricId()).orElseThrow();
        if (sheet == null || sheet.items() == null) {
            throw UserFacingException.badRequest("enforcement.filereview.validation.itemsRequired");
        }
        Map<Long, EvaluationCommands.ItemScore> given = new LinkedHashMap<>();
        for (EvaluationCommands.ItemScore s : sheet.items()) {
            if (s == null || s.itemId() == null || s.points() == null) {
                throw UserFacingException.badRequest("enforcement.filereview.validation.pointsRequired");
            }
            if (given.put(s.itemId(), s) != null) {
                throw UserFacingException.badRequest("enforcement.filereview.error.itemTwice");
            }
        }
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("DELETE FROM enforcement_evaluation_score WHERE file_id = :f AND reviewer = :r").param("f", fileId)
                .param("r", me.username()).update();
        for (RubricView.Item item : rubric.items()) {
            EvaluationCommands.ItemScore s = given.remove(item.id());
            if (s == null) {
                throw UserFacingException.badRequest("enforcement.filereview.error.itemMissing", item.title());
            }
            if (s.points().signum() < 0 || s.points().compareTo(BigDecimal.valueOf(item.maxPoints())) > 0) {
                throw UserFacingException.badRequest("enforcement.filereview.error.pointsRange", item.title(),
                        item.maxPoints());
            }
            jdbc.sql("INSERT INTO enforcement_evaluation_score (file_id, reviewer, item_id, points, finding, veto, scored_on) "
                            + "VALUES (:f, :r, :i, :p, :finding, :veto, :day)")
                    .param("f", fileId).param("r", me.username()).param("i", item.id()).param("p", s.points())
                    .param("finding", s.finding() == null || s.finding().isBlank() ? null : s.finding().strip())
                    .param("veto", sheet.veto() == null ? null : sheet.veto().name()).param("day", today).update();
        }
        if (!given.isEmpty()) {
            throw UserFacingException.badRequest("enforcement.filereview.error.itemUnknown");
        }
        rescore(fileId, today);
        EvaluationFileView after = file(fileId, me.scope());
        audit.record(AuditEntry.of("enforcement.evaluation.scored", "enforcement_evaluation_file", fileId,
                f.caseNumber() + " by " + me.username() + (after.score() == null ? "" : " score=" + after.score())));
        return after;
    }

    /** Recomputes the file's score and grade from the sheets: set once {@code min-reviewers} reviewers have scored. */
    private void rescore(long fileId, LocalDate today) {
        List<BigDecimal> totals = new ArrayList<>();
        boolean[] vetoed = {false};
        jdbc.sql("SELECT reviewer, SUM(points) AS total, MAX(veto) AS veto FROM enforcement_evaluation_score "
                        + "WHERE file_id = :f GROUP BY reviewer")
                .param("f", fileId)
                .query(rs -> {
                    totals.add(rs.getBigDecimal("total"));
                    vetoed[0] |= rs.getString("veto") != null;
                });
        BigDecimal score = null;
        EvaluationGrade grade = null;
        if (totals.size() >= settings.minReviewers()) {
            score = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
            grade = vetoed[0] ? EvaluationGrade.FAIL : EvaluationGrade.of(score, settings);
        }
        jdbc.sql("UPDATE enforcement_evaluation_file SET score = :s, grade = :g, evaluated_on = :day WHERE id = :f")
                .param("s", score).param("g", grade == null ? null : grade.name())
                .param("day", score == null ? null : today).param("f", fileId).update();
    }

    /**
     * The sheets of a file the caller may see: their own always; the others' once the file has its score or the
     * campaign is closed (independent scoring).
     */
    public List<EvaluationSheet> sheets(long fileId, CurrentUser me) {
        EvaluationFileView f = file(fileId, me.scope());
        RubricView rubric = rubrics.find(campaign(f.campaignId()).orElseThrow().rubricId()).orElseThrow();
        Map<Long, RubricView.Item> items = new HashMap<>();
        rubric.items().forEach(i -> items.put(i.id(), i));
        Map<String, List<EvaluationSheet.Line>> lines = new TreeMap<>();
        Map<String, String> vetoes = new HashMap<>();
        Map<String, LocalDate> days = new HashMap<>();
        jdbc.sql("SELECT s.* FROM enforcement_evaluation_score s JOIN enforcement_rubric_item i ON i.id = s.item_id "
                        + "WHERE s.file_id = :f ORDER BY s.reviewer, i.ordinal")
                .param("f", fileId)
                .query(rs -> {
                    RubricView.Item i = items.get(rs.getLong("item_id"));
                    String reviewer = rs.getString("reviewer");
                    lines.computeIfAbsent(reviewer, k -> new ArrayList<>()).add(new EvaluationSheet.Line(i.id(), i.title(),
                            i.maxPoints(), rs.getBigDecimal("points"), rs.getString("finding")));
                    if (rs.getString("veto") != null) {
                        vetoes.put(reviewer, rs.getString("veto"));
                    }
                    days.put(reviewer, rs.getObject("scored_on", LocalDate.class));
                });
        boolean open = f.score() != null || campaign(f.campaignId()).orElseThrow().status() == EvaluationStatus.CLOSED;
        List<EvaluationSheet> out = new ArrayList<>();
        lines.forEach((reviewer, l) -> {
            if (reviewer.equals(me.username()) || open) {
                out.add(new EvaluationSheet(reviewer, l, vetoes.get(reviewer) == null ? null
                        : EvaluationVeto.valueOf(vetoes.get(reviewer)),
                        l.stream().map(EvaluationSheet.Line::points).reduce(BigDecimal.ZERO, BigDecimal::add),
                        days.get(reviewer)));
            }
        });
        return out;
    }

    /** Results per unit of a campaign, in the caller's scope (by unit name; never ranked). */
    public List<EvaluationUnitResult> results(long campaignId, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("c", campaignId);
        p.put("excellent", EvaluationGrade.EXCELLENT.name());
        p.put("good", EvaluationGrade.GOOD.name());
        p.put("pass", EvaluationGrade.PASS.name());
        p.put("fail", EvaluationGrade.FAIL.name());
        return jdbc.sql("SELECT f.unit_id, u.name AS unit_name, COUNT(*) AS files, COUNT(f.score) AS scored, "
                        + "SUM(CASE WHEN f.grade = :excellent THEN 1 ELSE 0 END) AS excellent, "
                        + "SUM(CASE WHEN f.grade = :good THEN 1 ELSE 0 END) AS good, "
                        + "SUM(CASE WHEN f.grade = :pass THEN 1 ELSE 0 END) AS pass, "
                        + "SUM(CASE WHEN f.grade = :fail THEN 1 ELSE 0 END) AS fail, AVG(f.score) AS average "
                        + "FROM enforcement_evaluation_file f JOIN unit u ON u.id = f.unit_id WHERE f.campaign_id = :c AND "
                        + scope.sqlCondition("f.unit_id", "f.region_code") + " GROUP BY f.unit_id, u.name ORDER BY u.name")
                .params(p)
                .query((rs, n) -> {
                    long scored = rs.getLong("scored");
                    long excellent = rs.getLong("excellent");
                    long good = rs.getLong("good");
                    long fail = rs.getLong("fail");
                    BigDecimal avg = rs.getBigDecimal("average");
                    return new EvaluationUnitResult(rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("files"),
                            scored, excellent, good, rs.getLong("pass"), fail, percent(excellent + good, scored),
                            percent(fail, scored), avg == null ? null : avg.setScale(2, RoundingMode.HALF_UP));
                })
                .list();
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The pre-check findings of a drawn file, for the reviewers (empty when it was never pre-checked). */
    public List<PrecheckFinding> precheckOf(EvaluationFileView f, DataScope scope) {
        try {
            return fileReviews.findings(f.caseType(), f.caseId(), scope).findings();
        } catch (UserFacingException notChecked) {
            return List.of();
        }
    }

    private EvaluationCampaignView mapCampaign(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new EvaluationCampaignView(rs.getLong("id"), rs.getInt("campaign_year"), rs.getString("name"),
                rs.getLong("rubric_id"), rs.getString("rubric_name"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getInt("per_unit"), rs.getLong("seed"),
                EvaluationStatus.valueOf(rs.getString("status")), rs.getObject("drawn_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), rs.getString("region_code"), rs.getLong("files"),
                rs.getLong("scored"), rs.getInt("version"));
    }

    private EvaluationFileView mapFile(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String grade = rs.getString("grade");
        return new EvaluationFileView(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("case_type"),
                rs.getLong("case_id"), rs.getString("case_number"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("region_code"), rs.getObject("closed_on", LocalDate.class), rs.getBigDecimal("score"),
                grade == null ? null : EvaluationGrade.valueOf(grade), rs.getObject("evaluated_on", LocalDate.class),
                rs.getInt("reviewers"));
    }
}
