package cn.fazhi.reported;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reported.ReportedViews.Definition;
import cn.fazhi.reported.ReportedViews.Submission;

/**
 * Definitions and submissions of reported figures. A unit submits only the figures its definitions name (its own
 * unit), with an evidence file; the office ({@code reported:approve}) approves or returns a submission through the
 * kernel's step call, never its own (four eyes); approving a submission supersedes the earlier approved one of the same
 * definition and period (kept, status SUPERSEDED). {@link #approved} is the only reading the indicators use: an
 * unapproved figure is never a value.
 */
@Service
public class ReportedFigures {

    static final String SELECT = "SELECT f.*, d.code, d.name AS definition_name, d.figure_unit, u.name AS unit_name, "
            + "u.short_name AS unit_short_name FROM reported_figure f JOIN reported_definition d ON d.id = f.definition_id "
            + "JOIN unit u ON u.id = f.unit_id";
    static final String SELECT_DEFINITION = "SELECT d.*, u.name AS unit_name FROM reported_definition d "
            + "JOIN unit u ON u.id = d.unit_id";

    private final JdbcClient jdbc;
    private final Units units;
    private final CaseNumbers numbers;
    private final CaseSteps steps;
    private final ReportedFigureRepository store;
    private final CaseAttachments attachments;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    ReportedFigures(JdbcClient jdbc, Units units, CaseNumbers numbers, CaseSteps steps, ReportedFigureRepository store,
            CaseAttachments attachments, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.numbers = numbers;
        this.steps = steps;
        this.store = store;
        this.attachments = attachments;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(Reported.CASE_TYPE, id);
    }

    public static List<String> stepNames() {
        return List.of("approve", "return");
    }

    // ---- definitions ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Definition> definitions() {
        return jdbc.sql(SELECT_DEFINITION + " ORDER BY d.code").query((rs, n) -> definition(rs)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Definition> definition(long id) {
        return jdbc.sql(SELECT_DEFINITION + " WHERE d.id = :id").param("id", id).query((rs, n) -> definition(rs))
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<Definition> definitionByCode(String code) {
        return jdbc.sql(SELECT_DEFINITION + " WHERE d.code = :c").param("c", code).query((rs, n) -> definition(rs))
                .optional();
    }

    /** The definitions the caller's unit submits. */
    @Transactional(readOnly = true)
    public List<Definition> definitionsOf(long unitId) {
        return jdbc.sql(SELECT_DEFINITION + " WHERE d.unit_id = :u ORDER BY d.code").param("u", unitId)
                .query((rs, n) -> definition(rs)).list();
    }

    /** The office adds a definition (permission {@code reported:approve}); the code is unique. */
    @Transactional
    public Definition define(ReportedCommands.Define c) {
        CurrentUser me = currentUsers.require();
        if (!me.can(Reported.APPROVE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        String code = c == null || c.code() == null ? "" : c.code().strip();
        if (!code.matches("[a-z][a-z0-9_]{1,63}")) {
            throw UserFacingException.badRequest("reported.error.code");
        }
        if (definitionByCode(code).isPresent()) {
            throw UserFacingException.badRequest("reported.error.codeTaken", code);
        }
        String name = required(c.name(), "reported.error.nameRequired");
        if (c.figureUnit() == null) {
            throw UserFacingException.badRequest("reported.error.unitKindRequired");
        }
        if (c.unitId() == null) {
            throw UserFacingException.badRequest("reported.error.unitRequired");
        }
        UnitView unit = units.find(c.unitId())
                .orElseThrow(() -> UserFacingException.badRequest("reported.error.unitRequired"));
        String source = required(c.sourceSystem(), "reported.error.sourceRequired");
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO reported_definition (code, name, figure_unit, unit_id, source_system, description, "
                        + "created_at, created_by) VALUES (:code, :name, :fu, :unit, :source, :desc, :at, :by)")
                .param("code", code).param("name", name).param("fu", c.figureUnit().name()).param("unit", unit.id())
                .param("source", source).param("desc", blankToNull(c.description()))
                .param("at", OffsetDateTime.now(clock)).param("by", me.username()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("reported.definition.created", "reported_definition", id, code + " " + name));
        return definition(id).orElseThrow();
    }

    // ---- submissions ------------------------------------------------------------------------------------------------

    /**
     * The definition's unit submits a figure with its evidence file (required). Nothing is saved when anything is
     * missing or wrong.
     */
    @Transactional
    public Submission submit(ReportedCommands.Submit c, String evidenceName, InputStream evidence) {
        CurrentUser me = currentUsers.require();
        if (!me.can(Reported.SUBMIT)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        if (c == null || c.definitionId() == null) {
            throw UserFacingException.badRequest("reported.error.definitionRequired");
        }
        Definition d = definition(c.definitionId())
                .orElseThrow(() -> UserFacingException.badRequest("reported.error.definitionRequired"));
        if (d.unitId() != me.unitId()) {
            throw UserFacingException.badRequest("reported.error.notYourUnit", d.unitName());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.submittedOn() == null ? today : c.submittedOn();
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("reported.error.future");
        }
        if (c.periodYear() == null || c.periodYear() < 2000 || c.periodYear() > on.getYear()) {
            throw UserFacingException.badRequest("reported.error.year", on.getYear());
        }
        BigDecimal value = checkedValue(d.figureUnit(), c.value());
        if (evidence == null || evidenceName == null || evidenceName.isBlank()) {
            throw UserFacingException.badRequest("reported.error.evidenceRequired");
        }
        String source = c.sourceSystem() == null || c.sourceSystem().isBlank() ? d.sourceSystem()
                : c.sourceSystem().strip();
        UnitView unit = units.find(d.unitId()).orElseThrow();
        long id = insert(d, unit, c.periodYear(), value, source, blankToNull(c.note()), on, me.username(), false);
        Attachment file = attachments.store(ref(id), evidenceName, evidence, "evidence");
        jdbc.sql("UPDATE reported_figure SET evidence_id = :e, evidence_name = :n WHERE id = :id")
                .param("e", file.id()).param("n", file.fileName()).param("id", id).update();
        steps.created(store, store.find(id).orElseThrow(), "submitted",
                StepOutcome.of(null, d.code() + " " + c.periodYear() + " = " + value.toPlainString()));
        return find(id).orElseThrow();
    }

    long insert(Definition d, UnitView unit, int year, BigDecimal value, String source, String note, LocalDate on,
            String by, boolean demo) {
        String number = numbers.next(Reported.CASE_TYPE, "district", on.getYear());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO reported_figure (case_number, status, definition_id, period_year, figure_value, "
                        + "source_system, note, unit_id, region_code, submitted_on, submitted_by, demo, created_at) "
                        + "VALUES (:n, :s, :d, :y, :v, :src, :note, :u, :r, :on, :by, :demo, :at)")
                .param("n", number).param("s", ReportedStatus.SUBMITTED.name()).param("d", d.id()).param("y", year)
                .param("v", value).param("src", source).param("note", note).param("u", unit.id())
                .param("r", unit.regionCode()).param("on", on).param("by", by).param("demo", demo)
                .param("at", OffsetDateTime.now(clock)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** A percentage lies in −100..1000 with one decimal at most kept as given; counts are whole and not negative. */
    static BigDecimal checkedValue(IndicatorUnit unit, BigDecimal value) {
        if (value == null) {
            throw UserFacingException.badRequest("reported.error.valueRequired");
        }
        switch (unit) {
            case COUNT -> {
                if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0
                        || value.compareTo(new BigDecimal("1000000000000")) > 0) {
                    throw UserFacingException.badRequest("reported.error.count");
                }
            }
            case PERCENT -> {
                if (value.compareTo(new BigDecimal("-100")) < 0 || value.compareTo(new BigDecimal("1000")) > 0
                        || value.stripTrailingZeros().scale() > 2) {
                    throw UserFacingException.badRequest("reported.error.percent");
                }
            }
            case YUAN -> {
                if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2
                        || value.compareTo(new BigDecimal("1000000000000000")) > 0) {
                    throw UserFacingException.badRequest("reported.error.yuan");
                }
            }
            default -> throw new IllegalArgumentException(unit.name());
        }
        return value;
    }

    /**
     * The office approves ({@code approve}) or returns ({@code return}, with the reason) a submission through the
     * kernel. Approving supersedes the earlier approved submission of the same definition and period.
     */
    @Transactional
    public Submission decide(long id, String stepName, ReportedCommands.Decide c) {
        if (stepName == null || !stepNames().contains(stepName)) {
            throw UserFacingException.notFound("error.notFound");
        }
        CurrentUser me = currentUsers.require();
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c == null || c.on() == null ? today : c.on();
        if (on.isAfter(today)) {
            throw UserFacingException.badRequest("reported.error.future");
        }
        String unitName = units.find(me.unitId()).map(u -> u.shortName() == null ? u.name() : u.shortName())
                .orElse(null);
        List<Long> earlier = new java.util.ArrayList<>();
        steps.step(store, ReportedFigure.TABLE, id, c == null ? null : c.version(), stepName, f -> {
            if ("approve".equals(stepName)) {
                f.approve(me.username(), me.displayName(), unitName, on);
                earlier.addAll(jdbc.sql("SELECT id FROM reported_figure WHERE definition_id = :d AND period_year = :y "
                                + "AND status = :s AND id <> :id")
                        .param("d", f.definitionId).param("y", f.periodYear).param("s", ReportedStatus.APPROVED.name())
                        .param("id", f.id).query(Long.class).list());
                return StepOutcome.of(null, me.displayName());
            }
            f.giveBack(me.username(), me.displayName(), unitName, on, c.reason());
            return StepOutcome.of(null, f.returnReason);
        });
        for (long old : earlier) {
            steps.systemStep(store, ReportedFigure.TABLE, old, "supersede", f -> {
                f.supersede(id);
                return StepOutcome.of(null, String.valueOf(id));
            });
        }
        return find(id).orElseThrow();
    }

    /** The approved submission of a definition for a year, if any: the only value the indicator shows. */
    @Transactional(readOnly = true)
    public Optional<Submission> approved(long definitionId, int year) {
        return jdbc.sql(SELECT + " WHERE f.definition_id = :d AND f.period_year = :y AND f.status = :s "
                        + "ORDER BY f.decided_on DESC, f.id DESC FETCH FIRST 1 ROWS ONLY")
                .param("d", definitionId).param("y", year).param("s", ReportedStatus.APPROVED.name())
                .query((rs, n) -> view(rs)).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Submission> find(long id) {
        return jdbc.sql(SELECT + " WHERE f.id = :id").param("id", id).query((rs, n) -> view(rs)).optional();
    }

    /** A submission in the caller's scope, else 404. */
    @Transactional(readOnly = true)
    public Submission get(long id) {
        steps.load(store, id);
        return find(id).orElseThrow();
    }

    /** The steps the caller may take now: never on one's own submission. */
    @Transactional(readOnly = true)
    public List<String> actions(Submission s) {
        String me = currentUsers.username();
        if (me == null || me.equals(s.submittedBy())) {
            return List.of();
        }
        return ReportedFigure.TABLE.available(s.status(), currentUsers).stream().filter(stepNames()::contains).toList();
    }

    /** The submissions of a definition, newest first (its history). */
    @Transactional(readOnly = true)
    public List<Submission> history(long definitionId, DataScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("d", definitionId);
        return jdbc.sql(SELECT + " WHERE f.definition_id = :d AND " + scope.sqlCondition("f.unit_id", "f.region_code")
                        + " ORDER BY f.period_year DESC, f.id DESC").params(params).query((rs, n) -> view(rs)).list();
    }

    /** Submissions in the scope matching the filters, newest first; {@code size} at most 5,000. */
    @Transactional(readOnly = true)
    public Paged<Submission> search(ReportedCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("f.unit_id", "f.region_code"));
        ReportedCommands.Query f = q == null ? ReportedCommands.Query.none() : q;
        if (f.status() != null) {
            where.append(" AND f.status = :status");
            params.put("status", f.status().name());
        }
        if (f.year() != null) {
            where.append(" AND f.period_year = :year");
            params.put("year", f.year());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (f.case_number LIKE :kw OR d.name LIKE :kw OR d.code LIKE :kw)");
            params.put("kw", "%" + f.q().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM reported_figure f JOIN reported_definition d ON d.id = f.definition_id"
                + where).params(params).query(Long.class).single();
        List<Submission> items = jdbc.sql(SELECT + where + " ORDER BY f.submitted_on DESC, f.id DESC LIMIT " + s
                + " OFFSET " + (long) pg * s).params(params).query((rs, n) -> view(rs)).list();
        return new Paged<>(items, total, pg, s);
    }

    /** The evidence file of a submission the caller may read. */
    @Transactional(readOnly = true)
    public Optional<Attachment> evidence(long id) {
        Submission s = get(id);
        return s.evidenceId() == null ? Optional.empty() : attachments.find(s.evidenceId());
    }

    public void exported(int rows) {
        audit.record(AuditEntry.of("reported.figure.exported", Reported.CASE_TYPE, "list", rows + " rows"));
    }

    private static Definition definition(ResultSet rs) throws SQLException {
        String code = rs.getString("code");
        return new Definition(rs.getLong("id"), code, Reported.PREFIX + code, rs.getString("name"),
                IndicatorUnit.valueOf(rs.getString("figure_unit")), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("source_system"), rs.getString("period_kind"), rs.getString("description"));
    }

    private static Submission view(ResultSet rs) throws SQLException {
        long e = rs.getLong("evidence_id");
        Long evidence = rs.wasNull() ? null : e;
        long s = rs.getLong("superseded_by");
        Long superseded = rs.wasNull() ? null : s;
        String code = rs.getString("code");
        return new Submission(rs.getLong("id"), rs.getString("case_number"),
                ReportedStatus.valueOf(rs.getString("status")), rs.getLong("definition_id"), code,
                Reported.PREFIX + code, rs.getString("definition_name"),
                IndicatorUnit.valueOf(rs.getString("figure_unit")), rs.getInt("period_year"),
                rs.getBigDecimal("figure_value"), rs.getString("source_system"), rs.getString("note"), evidence,
                rs.getString("evidence_name"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getString("unit_short_name"), rs.getString("region_code"),
                rs.getObject("submitted_on", LocalDate.class), rs.getString("submitted_by"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
                rs.getString("decided_by_name"), rs.getString("decided_unit"), rs.getString("return_reason"),
                superseded, rs.getInt("version"));
    }

    private static String required(String s, String key) {
        if (s == null || s.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        return s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
