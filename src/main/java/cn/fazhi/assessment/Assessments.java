package cn.fazhi.assessment;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.duties.Roster;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The yearly assessment: a scheme per year with weighted criteria, each scored from an {@link AssessmentSource} (points =
 * weight × attainment) or MANUAL; scores computed for every unit of the year's roster; an evaluator's entry with its
 * evidence only where no record exists; review and publication (a unit then sees its own result and rank band); the
 * use of the results for cadres as aggregate figures with their basis. Everything changed is audited.
 */
@Service
public class Assessments {

    public static final String ENTRY_TYPE = "assess_entry";

    public enum Status { DRAFT, COMPUTED, REVIEWED, PUBLISHED }

    public record Scheme(long id, int schemeYear, String title, Status status, LocalDate reviewedOn,
            LocalDate publishedOn, int version, List<Criterion> criteria) {}

    public record Criterion(long id, String name, BigDecimal weight, String sourceCode, int sortOrder) {}

    public record NewCriterion(String name, BigDecimal weight, String sourceCode) {}

    public record NewScheme(Integer schemeYear, String title, List<NewCriterion> criteria) {}

    public record NewEntry(Long unitId, BigDecimal attainment, String note) {}

    public record Source(String code, String labelKey) {}

    /** One unit's result: rank shown only to the office; the band to everyone who may see it. */
    public record Result(long unitId, String unitName, BigDecimal total, Integer rank, AssessmentRules.Band band,
            List<ResultItem> items) {}

    public record ResultItem(long criterionId, String criterion, BigDecimal weight, BigDecimal attainment,
            BigDecimal points, String origin) {}

    public record CadreUse(long id, int useYear, LocalDate decidedOn, int recognised, int promoted, int advanced,
            String basis) {}

    public record NewCadreUse(Integer useYear, LocalDate decidedOn, Integer recognised, Integer promoted,
            Integer advanced, String basis) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Roster roster;
    private final Map<String, AssessmentSource> sources;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final CaseAttachments attachments;
    private final Clock clock;

    Assessments(JdbcClient jdbc, JdbcTemplate template, Roster roster, List<AssessmentSource> sources,
            CurrentUsers users, AuditTrail audit, CaseAttachments attachments, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.roster = roster;
        this.sources = new LinkedHashMap<>();
        sources.stream().sorted(java.util.Comparator.comparing(AssessmentSource::code))
                .forEach(s -> this.sources.put(s.code(), s));
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.attachments = attachments;
    }

    private void require(String permission) {
        if (!users.can(permission)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
    }

    private boolean office() {
        return users.can(AssessmentPermissions.MANAGE) || users.can(AssessmentPermissions.EVALUATE);
    }

    /** The sources the criteria may name (every AssessmentSource bean present), by code. */
    public List<Source> sources() {
        return sources.values().stream().map(s -> new Source(s.code(), s.labelKey())).toList();
    }

    /** Creates the year's scheme with its criteria; refused (nothing saved) unless the weights sum to 100. */
    @Transactional
    public Scheme create(NewScheme c) {
        require(AssessmentPermissions.MANAGE);
        if (c == null || c.schemeYear() == null || c.schemeYear() < 2000 || c.schemeYear() > 2100) {
            throw UserFacingException.badRequest("assessment.error.year");
        }
        if (c.title() == null || c.title().isBlank() || c.title().length() > 200) {
            throw UserFacingException.badRequest("assessment.error.title");
        }
        checkCriteria(c.criteria());
        if (find(c.schemeYear()).isPresent()) {
            throw UserFacingException.conflict("assessment.error.schemeExists", c.schemeYear());
        }
        long id = insertScheme(c, false, Actors.current());
        audit.record(AuditEntry.of("assessment.scheme.created", "assess_scheme", id, c.schemeYear() + " "
                + c.criteria().size()));
        return scheme(id);
    }

    private void checkCriteria(List<NewCriterion> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw UserFacingException.badRequest("assessment.error.noCriteria");
        }
        for (NewCriterion k : criteria) {
            if (k == null || k.name() == null || k.name().isBlank() || k.name().length() > 200) {
                throw UserFacingException.badRequest("assessment.error.criterionName");
            }
            if (k.sourceCode() == null || !(AssessmentRules.MANUAL.equals(k.sourceCode())
                    || sources.containsKey(k.sourceCode()))) {
                throw UserFacingException.badRequest("assessment.error.source", String.valueOf(k.sourceCode()));
            }
        }
        AssessmentRules.checkWeights(criteria.stream().map(NewCriterion::weight).toList());
    }

    long insertScheme(NewScheme c, boolean demo, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO assess_scheme (scheme_year, title, status, demo, created_at, created_by) "
                        + "VALUES (:y, :t, 'DRAFT', :demo, :at, :by)")
                .param("y", c.schemeYear()).param("t", c.title().strip()).param("demo", demo)
                .param("at", OffsetDateTime.now(clock)).param("by", by).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        int order = 0;
        for (NewCriterion k : c.criteria()) {
            jdbc.sql("INSERT INTO assess_criterion (scheme_id, name, weight, source_code, sort_order) "
                            + "VALUES (:s, :n, :w, :c, :o)")
                    .param("s", id).param("n", k.name().strip()).param("w", k.weight()).param("c", k.sourceCode())
                    .param("o", order += 10).update();
        }
        return id;
    }

    public Optional<Scheme> find(int year) {
        return jdbc.sql("SELECT id FROM assess_scheme WHERE scheme_year = :y").param("y", year).query(Long.class)
                .optional().map(this::load);
    }

    /** A scheme; a unit user sees it only when published. */
    public Scheme scheme(long id) {
        require(AssessmentPermissions.VIEW);
        Scheme s = load(id);
        if (!office() && s.status() != Status.PUBLISHED) {
            throw UserFacingException.notFound("error.notFound");
        }
        return s;
    }

    private Scheme load(long id) {
        List<Criterion> criteria = jdbc.sql("SELECT id, name, weight, source_code, sort_order FROM assess_criterion "
                        + "WHERE scheme_id = :s ORDER BY sort_order, id").param("s", id)
                .query((rs, n) -> new Criterion(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getInt(5))).list();
        return jdbc.sql("SELECT id, scheme_year, title, status, reviewed_on, published_on, version FROM assess_scheme "
                        + "WHERE id = :id").param("id", id)
                .query((rs, n) -> new Scheme(rs.getLong(1), rs.getInt(2), rs.getString(3), Status.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getInt(7), criteria))
                .optional().orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** The schemes, newest first (a unit user: only published ones). */
    public List<Scheme> schemes() {
        require(AssessmentPermissions.VIEW);
        return jdbc.sql("SELECT id FROM assess_scheme ORDER BY scheme_year DESC").query(Long.class).list().stream()
                .map(this::load).filter(s -> office() || s.status() == Status.PUBLISHED).toList();
    }

    /**
     * Computes every roster unit's score from the sources and the evaluators' entries (replacing earlier scores); not
     * after publication. Returns the number of units scored.
     */
    @Transactional
    public int compute(long schemeId) {
        require(AssessmentPermissions.MANAGE);
        int n = computeScores(schemeId);
        audit.record(AuditEntry.of("assessment.scores.computed", "assess_scheme", schemeId, String.valueOf(n)));
        return n;
    }

    int computeScores(long schemeId) {
        Scheme s = load(schemeId);
        if (s.status() == Status.PUBLISHED) {
            throw UserFacingException.conflict("assessment.error.published");
        }
        List<Roster.Member> units = roster.members(s.schemeYear());
        if (units.isEmpty()) {
            throw UserFacingException.badRequest("assessment.error.rosterEmpty", s.schemeYear());
        }
        Map<Long, Map<Long, BigDecimal>> records = new HashMap<>();
        for (Criterion k : s.criteria()) {
            AssessmentSource source = sources.get(k.sourceCode());
            records.put(k.id(), source == null ? Map.of() : source.attainment(s.schemeYear()));
        }
        Map<String, BigDecimal> entries = new HashMap<>();
        jdbc.sql("SELECT e.criterion_id, e.unit_id, e.attainment FROM assess_entry e JOIN assess_criterion c "
                        + "ON c.id = e.criterion_id WHERE c.scheme_id = :s").param("s", schemeId)
                .query(rs -> {
                    entries.put(rs.getLong(1) + ":" + rs.getLong(2), rs.getBigDecimal(3));
                });
        record Row(Roster.Member unit, BigDecimal total, List<Object[]> items) {}
        List<Row> rows = new ArrayList<>();
        for (Roster.Member u : units) {
            BigDecimal total = BigDecimal.ZERO;
            List<Object[]> items = new ArrayList<>();
            for (Criterion k : s.criteria()) {
                BigDecimal a = AssessmentRules.MANUAL.equals(k.sourceCode()) ? null : records.get(k.id()).get(u.unitId());
                String origin = "RECORD";
                if (a == null) {
                    a = entries.get(k.id() + ":" + u.unitId());
                    origin = a == null ? "NONE" : "ENTRY";
                }
                BigDecimal points = a == null ? BigDecimal.ZERO
                        : k.weight().multiply(a.max(BigDecimal.ZERO).min(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_UP);
                total = total.add(points);
                items.add(new Object[] {k.id(), a == null ? null : a.setScale(4, RoundingMode.HALF_UP), points, origin});
            }
            rows.add(new Row(u, total, items));
        }
        rows.sort(java.util.Comparator.comparing(Row::total).reversed());
        template.update("DELETE FROM assess_score_item WHERE score_id IN (SELECT id FROM assess_score WHERE scheme_id = ?)",
                schemeId);
        template.update("DELETE FROM assess_score WHERE scheme_id = ?", schemeId);
        int rank = 0;
        BigDecimal previous = null;
        List<Object[]> itemRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (previous == null || r.total().compareTo(previous) != 0) {
                rank = i + 1;
                previous = r.total();
            }
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO assess_score (scheme_id, unit_id, region_code, total, rank_no) SELECT :s, u.id, "
                            + "u.region_code, :t, :r FROM unit u WHERE u.id = :u")
                    .param("s", schemeId).param("t", r.total()).param("r", rank).param("u", r.unit().unitId())
                    .update(keys, "id");
            long scoreId = keys.getKeyAs(Long.class);
            for (Object[] item : r.items()) {
                itemRows.add(new Object[] {scoreId, item[0], item[1], item[2], item[3]});
            }
        }
        template.batchUpdate("INSERT INTO assess_score_item (score_id, criterion_id, attainment, points, origin) "
                + "VALUES (?, ?, ?, ?, ?)", itemRows);
        jdbc.sql("UPDATE assess_scheme SET status = 'COMPUTED', computed_at = :at, reviewed_on = NULL, "
                        + "version = version + 1 WHERE id = :id")
                .param("at", OffsetDateTime.now(clock)).param("id", schemeId).update();
        return rows.size();
    }

    /**
     * An evaluator enters a unit's attainment on a criterion with its evidence file: only for a MANUAL criterion or where
     * the source has no record of the unit; refused (nothing saved) otherwise or without evidence.
     */
    @Transactional
    public void enter(long criterionId, NewEntry e, String fileName, InputStream evidence) {
        require(AssessmentPermissions.EVALUATE);
        Criterion k = jdbc.sql("SELECT id, name, weight, source_code, sort_order, scheme_id FROM assess_criterion "
                        + "WHERE id = :id").param("id", criterionId)
                .query((rs, n) -> new Criterion(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getInt(5))).optional().orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        long schemeId = jdbc.sql("SELECT scheme_id FROM assess_criterion WHERE id = :id").param("id", criterionId)
                .query(Long.class).single();
        Scheme s = load(schemeId);
        if (s.status() == Status.PUBLISHED) {
            throw UserFacingException.conflict("assessment.error.published");
        }
        if (e == null || e.unitId() == null || !roster.contains(s.schemeYear(), e.unitId())) {
            throw UserFacingException.badRequest("assessment.error.unitNotOnRoster", s.schemeYear());
        }
        AssessmentSource source = sources.get(k.sourceCode());
        boolean hasRecord = source != null && source.attainment(s.schemeYear()).containsKey(e.unitId());
        boolean hasEvidence = evidence != null && fileName != null && !fileName.isBlank();
        AssessmentRules.checkEntry(k.sourceCode(), hasRecord, hasEvidence, e.attainment());
        if (e.note() == null || e.note().isBlank() || e.note().length() > 2000) {
            throw UserFacingException.badRequest("assessment.error.note");
        }
        jdbc.sql("DELETE FROM assess_entry WHERE criterion_id = :c AND unit_id = :u").param("c", criterionId)
                .param("u", e.unitId()).update();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO assess_entry (criterion_id, unit_id, attainment, note, attachment_id, entered_at, entered_by) "
                        + "VALUES (:c, :u, :a, :n, 0, :at, :by)")
                .param("c", criterionId).param("u", e.unitId()).param("a", e.attainment()).param("n", e.note().strip())
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        long file = attachments.store(new CaseRef(ENTRY_TYPE, id), fileName, evidence, "evidence").id();
        jdbc.sql("UPDATE assess_entry SET attachment_id = :f WHERE id = :id").param("f", file).param("id", id).update();
        audit.record(AuditEntry.of("assessment.entry.recorded", "assess_entry", id, k.name() + " unit " + e.unitId()
                + " = " + e.attainment()));
    }

    /** The office confirms the computed scores after review. */
    @Transactional
    public Scheme review(long schemeId) {
        require(AssessmentPermissions.MANAGE);
        step(schemeId, Status.COMPUTED, "reviewed_on");
        audit.record(AuditEntry.of("assessment.scheme.reviewed", "assess_scheme", schemeId, null));
        return load(schemeId);
    }

    /** Publishes the reviewed results to the units. */
    @Transactional
    public Scheme publish(long schemeId) {
        require(AssessmentPermissions.MANAGE);
        step(schemeId, Status.REVIEWED, "published_on");
        audit.record(AuditEntry.of("assessment.scheme.published", "assess_scheme", schemeId, null));
        return load(schemeId);
    }

    void step(long schemeId, Status from, String dateColumn) {
        Status to = from == Status.COMPUTED ? Status.REVIEWED : Status.PUBLISHED;
        int n = jdbc.sql("UPDATE assess_scheme SET status = :to, " + dateColumn + " = :d, version = version + 1 "
                        + "WHERE id = :id AND status = :from")
                .param("to", to.name()).param("d", LocalDate.now(clock)).param("id", schemeId).param("from", from.name())
                .update();
        if (n == 0) {
            load(schemeId);
            throw UserFacingException.conflict("assessment.error.status." + to.name());
        }
    }

    /**
     * The results of a scheme: the office sees every unit with its rank; any other user only their own unit's result,
     * only once published, with its band and without the rank.
     */
    public Paged<Result> results(long schemeId, String q, int page, int size) {
        Scheme s = scheme(schemeId);
        boolean office = office();
        Map<String, Object> params = new HashMap<>();
        params.put("s", schemeId);
        String where = " WHERE sc.scheme_id = :s";
        if (!office) {
            where += " AND sc.unit_id = :own";
            params.put("own", users.require().unitId());
        }
        if (q != null && !q.isBlank()) {
            where += " AND u.name LIKE :q";
            params.put("q", "%" + q.strip() + "%");
        }
        String from = " FROM assess_score sc JOIN unit u ON u.id = sc.unit_id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        int of = jdbc.sql("SELECT COUNT(*) FROM assess_score WHERE scheme_id = :s").param("s", schemeId)
                .query(Integer.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Object[]> scores = jdbc.sql("SELECT sc.id, sc.unit_id, u.name, sc.total, sc.rank_no" + from + where
                        + " ORDER BY sc.rank_no, u.sort_order, u.id LIMIT :limit OFFSET :offset").params(params)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getInt(5)}).list();
        Map<Long, String> names = new HashMap<>();
        s.criteria().forEach(k -> names.put(k.id(), k.name()));
        Map<Long, BigDecimal> weights = new HashMap<>();
        s.criteria().forEach(k -> weights.put(k.id(), k.weight()));
        List<Result> items = new ArrayList<>();
        for (Object[] sc : scores) {
            List<ResultItem> its = jdbc.sql("SELECT criterion_id, attainment, points, origin FROM assess_score_item "
                            + "WHERE score_id = :id ORDER BY criterion_id").param("id", sc[0])
                    .query((rs, n) -> new ResultItem(rs.getLong(1), names.get(rs.getLong(1)), weights.get(rs.getLong(1)),
                            rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4))).list();
            int rank = (Integer) sc[4];
            items.add(new Result((Long) sc[1], (String) sc[2], (BigDecimal) sc[3], office ? rank : null,
                    AssessmentRules.band(rank, of), its));
        }
        return new Paged<>(items, total, page, size);
    }

    /** Records the year's use of the results for cadres as aggregate figures with their basis (no names). */
    @Transactional
    public CadreUse recordCadreUse(NewCadreUse c) {
        require(AssessmentPermissions.MANAGE);
        if (c == null || c.useYear() == null || c.decidedOn() == null || c.recognised() == null || c.promoted() == null
                || c.advanced() == null) {
            throw UserFacingException.badRequest("assessment.error.cadreIncomplete");
        }
        if (c.recognised() < 0 || c.promoted() < 0 || c.advanced() < 0
                || c.promoted() + c.advanced() > c.recognised()) {
            throw UserFacingException.badRequest("assessment.error.cadreFigures");
        }
        if (c.basis() == null || c.basis().isBlank() || c.basis().length() > 1000) {
            throw UserFacingException.badRequest("assessment.error.basis");
        }
        long id = insertCadreUse(c, false, Actors.current());
        audit.record(AuditEntry.of("assessment.cadres.recorded", "assess_cadre_use", id, c.useYear() + " "
                + c.recognised() + "/" + c.promoted() + "/" + c.advanced()));
        return cadreUses().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }

    long insertCadreUse(NewCadreUse c, boolean demo, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO assess_cadre_use (use_year, decided_on, recognised, promoted, advanced, basis, region_code, "
                        + "unit_id, demo, created_at, created_by) SELECT :y, :d, :r, :p, :a, :b, u.region_code, u.id, :demo, "
                        + ":at, :by FROM unit u WHERE u.id = 2")
                .param("y", c.useYear()).param("d", c.decidedOn()).param("r", c.recognised()).param("p", c.promoted())
                .param("a", c.advanced()).param("b", c.basis().strip()).param("demo", demo)
                .param("at", OffsetDateTime.now(clock)).param("by", by).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public List<CadreUse> cadreUses() {
        require(AssessmentPermissions.MANAGE);
        return jdbc.sql("SELECT id, use_year, decided_on, recognised, promoted, advanced, basis FROM assess_cadre_use "
                        + "ORDER BY use_year DESC, id DESC")
                .query((rs, n) -> new CadreUse(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getString(7))).list();
    }
}
