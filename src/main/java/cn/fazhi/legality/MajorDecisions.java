package cn.fazhi.legality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.legality.events.DecisionStepsRecorded;
import cn.fazhi.legality.events.ReviewConcluded;
import cn.fazhi.legality.events.ReviewWithdrawn;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Major administrative decisions (重大行政决策): the annual catalogue of matters (Art. 3), published once agreed, and
 * for each matter its five steps. The legality-review step is a legality review request of type
 * {@link ReviewType#DECISION} from the decision's carrying unit, linked to the decision. On every change — and when
 * the linked review is concluded or withdrawn — {@link DecisionRules} recomputes the flags, which are stored with the
 * decision so lists, indicators and the API show them without recomputing.
 */
@Service
public class MajorDecisions {

    private static final String SELECT = "SELECT d.*, u.name AS unit_name, lr.case_number AS review_number, "
            + "lr.status AS review_status, lr.outcome AS review_outcome, lr.concluded_on AS review_concluded_on "
            + "FROM major_decision d JOIN unit u ON u.id = d.unit_id LEFT JOIN legality_review lr ON lr.id = d.legality_review_id";

    private final JdbcClient jdbc;
    private final Units units;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MajorDecisions(JdbcClient jdbc, Units units, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- catalogues -----------------------------------------------------------------------------------------------

    @Transactional
    public CatalogueView openCatalogue(DecisionCommands.Catalogue c) {
        if (c == null || c.year() == null || c.year() < 2019 || c.year() > LocalDate.now(clock).getYear() + 1) {
            throw UserFacingException.badRequest("legality.error.year");
        }
        String title = Text.required(c.title(), 200, "legality.field.catalogueTitle");
        if (catalogue(c.year()).isPresent()) {
            throw UserFacingException.conflict("legality.error.catalogueExists", c.year());
        }
        jdbc.sql("INSERT INTO decision_catalogue (catalogue_year, title) VALUES (:y, :t)").param("y", c.year())
                .param("t", title).update();
        audit.record(AuditEntry.of("legality.catalogue.opened", "decision_catalogue", c.year(), title));
        return catalogue(c.year()).orElseThrow();
    }

    /** Publishes a catalogue (Art. 3); a catalogue without matters cannot be published. */
    @Transactional
    public CatalogueView publishCatalogue(int year) {
        CatalogueView c = catalogue(year).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (c.published()) {
            throw UserFacingException.conflict("legality.error.cataloguePublished");
        }
        if (c.decisions() == 0) {
            throw UserFacingException.conflict("legality.error.catalogueEmpty");
        }
        jdbc.sql("UPDATE decision_catalogue SET published_on = :on WHERE catalogue_year = :y")
                .param("on", LocalDate.now(clock)).param("y", year).update();
        audit.record(AuditEntry.of("legality.catalogue.published", "decision_catalogue", year, c.title()));
        return catalogue(year).orElseThrow();
    }

    public Optional<CatalogueView> catalogue(int year) {
        return jdbc.sql(CATALOGUES + " WHERE c.catalogue_year = :y").param("y", year).query(this::mapCatalogue).optional();
    }

    public List<CatalogueView> catalogues() {
        return jdbc.sql(CATALOGUES + " ORDER BY c.catalogue_year DESC").query(this::mapCatalogue).list();
    }

    /** Published catalogues only, for the portal. */
    public List<CatalogueView> publishedCatalogues() {
        return jdbc.sql(CATALOGUES + " WHERE c.published_on IS NOT NULL ORDER BY c.catalogue_year DESC")
                .query(this::mapCatalogue).list();
    }

    private static final String CATALOGUES = "SELECT c.*, (SELECT COUNT(*) FROM major_decision d WHERE d.catalogue_year = "
            + "c.catalogue_year) AS decisions, (SELECT COUNT(*) FROM major_decision d WHERE d.catalogue_year = "
            + "c.catalogue_year AND d.flagged) AS flagged FROM decision_catalogue c";

    // ---- decisions ------------------------------------------------------------------------------------------------

    /** Adds a matter to a catalogue; the carrying unit must be one the caller sees. */
    @Transactional
    public DecisionView add(DecisionCommands.Matter m, DataScope scope) {
        if (m == null || m.year() == null) {
            throw UserFacingException.badRequest("legality.error.year");
        }
        catalogue(m.year()).orElseThrow(() -> UserFacingException.badRequest("legality.error.catalogueUnknown", m.year()));
        String title = Text.required(m.title(), 200, "legality.field.decisionTitle");
        if (m.unitId() == null) {
            throw UserFacingException.badRequest("legality.error.required", Text.label("legality.field.unit"));
        }
        UnitView unit = units.findVisible(m.unitId(), scope)
                .orElseThrow(() -> UserFacingException.badRequest("legality.error.unitUnknown"));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO major_decision (catalogue_year, title, unit_id, region_code, created_at, created_by) "
                        + "VALUES (:y, :t, :u, :r, :now, :by)")
                .param("y", m.year()).param("t", title).param("u", unit.id()).param("r", unit.regionCode())
                .param("now", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("legality.decision.added", "major_decision", id, m.year() + " " + title));
        return find(id, scope).orElseThrow();
    }

    /**
     * Records the steps as they stand (the whole set, with the version read); validates them, recomputes and stores the
     * flags. Dates may not lie in the future.
     */
    @Transactional
    public DecisionView recordSteps(long id, DecisionSteps steps, Integer version, DataScope scope) {
        DecisionView d = find(id, scope).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (steps == null) {
            throw UserFacingException.badRequest("legality.error.formRequired");
        }
        if (version != null && version != d.version()) {
            throw UserFacingException.conflict("error.conflict");
        }
        DecisionSteps s = normalise(steps);
        DecisionRules.validate(s);
        DecisionReview review = s.legalityReviewId() == null ? null : linkable(d, s.legalityReviewId(), scope);
        LocalDate today = LocalDate.now(clock);
        for (LocalDate day : Arrays.asList(s.participationFrom(), s.expertOn(), s.riskOn(), s.decidedOn())) {
            if (day != null && day.isAfter(today)) {
                throw UserFacingException.badRequest("legality.error.future");
            }
        }
        List<DecisionRules.Flag> flags = DecisionRules.check(s, review);
        String flagText = flags.stream().map(Enum::name).collect(Collectors.joining(","));
        Map<String, Object> p = new HashMap<>();
        p.put("ps", name(s.participation()));
        p.put("pf", s.participationFrom());
        p.put("pt", s.participationTo());
        p.put("pn", s.participationNote());
        p.put("es", name(s.expert()));
        p.put("eo", s.expertOn());
        p.put("en", s.expertNote());
        p.put("rs", name(s.risk()));
        p.put("ro", s.riskOn());
        p.put("rn", s.riskNote());
        p.put("lr", s.legalityReviewId());
        p.put("mk", name(s.meetingKind()));
        p.put("mn", s.meetingName());
        p.put("dec", s.decidedOn());
        p.put("flagged", !flags.isEmpty());
        p.put("flags", flagText);
        p.put("id", id);
        p.put("v", d.version());
        int updated = jdbc.sql("UPDATE major_decision SET participation_state = :ps, participation_from = :pf, "
                        + "participation_to = :pt, participation_note = :pn, expert_state = :es, expert_on = :eo, "
                        + "expert_note = :en, risk_state = :rs, risk_on = :ro, risk_note = :rn, legality_review_id = :lr, "
                        + "meeting_kind = :mk, meeting_name = :mn, decided_on = :dec, "
                        + "flagged = :flagged, flags = :flags, version = version + 1 WHERE id = :id AND version = :v")
                .params(p).update();
        if (updated != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        audit.record(AuditEntry.of("legality.decision.steps", "major_decision", id,
                d.title() + (review == null ? "" : " review=" + review.caseNumber()) + (flags.isEmpty() ? "" : " flags=" + flagText)));
        events.publishEvent(new DecisionStepsRecorded(id, !flags.isEmpty(), flagText));
        return find(id, scope).orElseThrow();
    }

    /**
     * The review {@code reviewId} if it may be the decision's legality-review step: a request of type DECISION in the
     * caller's scope, submitted by the decision's carrying unit (Art. 25: 决策承办单位 submits the draft), not withdrawn
     * and not already linked to another decision.
     */
    private DecisionReview linkable(DecisionView d, long reviewId, DataScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("id", reviewId);
        Map<String, Object> row = jdbc.sql("SELECT r.id, r.case_number, r.review_type, r.unit_id, r.status, r.outcome, "
                        + "r.concluded_on, (SELECT MIN(o.id) FROM major_decision o WHERE o.legality_review_id = r.id) AS linked "
                        + "FROM legality_review r WHERE r.id = :id AND " + scope.sqlCondition("r.unit_id", "r.region_code"))
                .params(params).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> UserFacingException.badRequest("legality.error.decisionReviewUnknown"));
        if (!ReviewType.DECISION.name().equals(row.get("review_type"))) {
            throw UserFacingException.badRequest("legality.error.reviewNotDecision", row.get("case_number"));
        }
        if (((Number) row.get("unit_id")).longValue() != d.unitId()) {
            throw UserFacingException.badRequest("legality.error.reviewOtherUnit", row.get("case_number"));
        }
        if (ReviewStatus.WITHDRAWN.name().equals(row.get("status"))) {
            throw UserFacingException.badRequest("legality.error.reviewWithdrawn", row.get("case_number"));
        }
        if (row.get("linked") != null && ((Number) row.get("linked")).longValue() != d.id()) {
            throw UserFacingException.conflict("legality.error.reviewLinked", row.get("case_number"));
        }
        return review(reviewId).orElseThrow();
    }

    /** Reviews the caller may link as the decision's legality-review step (see {@link #linkable}). */
    public List<DecisionReview> linkableReviews(long decisionId, DataScope scope) {
        DecisionView d = find(decisionId, scope).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("unit", d.unitId());
        params.put("decision", d.id());
        params.put("decisionType", ReviewType.DECISION.name());
        params.put("withdrawn", ReviewStatus.WITHDRAWN.name());
        return jdbc.sql("SELECT r.id, r.case_number, r.status, r.outcome, r.concluded_on FROM legality_review r "
                        + "WHERE r.review_type = :decisionType AND r.unit_id = :unit AND r.status <> :withdrawn AND NOT EXISTS "
                        + "(SELECT 1 FROM major_decision o WHERE o.legality_review_id = r.id AND o.id <> :decision) AND "
                        + scope.sqlCondition("r.unit_id", "r.region_code") + " ORDER BY r.submitted_on DESC, r.id DESC")
                .params(params).query(MajorDecisions::mapReview).list();
    }

    private Optional<DecisionReview> review(long reviewId) {
        return jdbc.sql("SELECT r.id, r.case_number, r.status, r.outcome, r.concluded_on FROM legality_review r WHERE r.id = :id")
                .param("id", reviewId).query(MajorDecisions::mapReview).optional();
    }

    private static DecisionReview mapReview(ResultSet rs, int n) throws SQLException {
        return new DecisionReview(rs.getLong("id"), rs.getString("case_number"), ReviewStatus.valueOf(rs.getString("status")),
                value(ReviewOutcome.class, rs.getString("outcome")), rs.getObject("concluded_on", LocalDate.class));
    }

    /** The linked review was concluded: the decision's flags follow its outcome in the same transaction. */
    @EventListener
    void on(ReviewConcluded e) {
        refreshFlags(e.reviewId());
    }

    /** The linked review was withdrawn: a decision already taken on it lost its legality-review step. */
    @EventListener
    void on(ReviewWithdrawn e) {
        refreshFlags(e.reviewId());
    }

    private void refreshFlags(long reviewId) {
        List<DecisionView> linked = jdbc.sql(SELECT + " WHERE d.legality_review_id = :r").param("r", reviewId)
                .query(this::map).list();
        for (DecisionView d : linked) {
            List<DecisionRules.Flag> flags = DecisionRules.check(d.steps(), d.legalityReview());
            String flagText = flags.stream().map(Enum::name).collect(Collectors.joining(","));
            if (flags.equals(d.flags())) {
                continue;
            }
            jdbc.sql("UPDATE major_decision SET flagged = :f, flags = :t, version = version + 1 WHERE id = :id")
                    .param("f", !flags.isEmpty()).param("t", flagText).param("id", d.id()).update();
            audit.record(AuditEntry.of("legality.decision.flags", "major_decision", d.id(),
                    d.title() + " review=" + d.legalityReview().caseNumber() + " flags=" + flagText));
            events.publishEvent(new DecisionStepsRecorded(d.id(), !flags.isEmpty(), flagText));
        }
    }

    public Optional<DecisionView> find(long id, DataScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("id", id);
        return jdbc.sql(SELECT + " WHERE d.id = :id AND " + scope.sqlCondition("d.unit_id", "d.region_code"))
                .params(params).query(this::map).optional();
    }

    /** The decisions of a year in scope; {@code flaggedOnly} keeps those with a skipped step. */
    public List<DecisionView> ofYear(int year, boolean flaggedOnly, DataScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("y", year);
        return jdbc.sql(SELECT + " WHERE d.catalogue_year = :y AND " + scope.sqlCondition("d.unit_id", "d.region_code")
                        + (flaggedOnly ? " AND d.flagged" : "") + " ORDER BY d.id")
                .params(params).query(this::map).list();
    }

    /** The matters of a published catalogue, for the portal (titles, units and whether decided; no flags). */
    public List<DecisionView> publishedMatters(int year) {
        if (catalogue(year).filter(CatalogueView::published).isEmpty()) {
            throw UserFacingException.notFound("error.notFound");
        }
        return jdbc.sql(SELECT + " WHERE d.catalogue_year = :y ORDER BY d.id").param("y", year).query(this::map).list();
    }

    private static DecisionSteps normalise(DecisionSteps s) {
        return new DecisionSteps(s.participation(), s.participationFrom(), s.participationTo(),
                Text.optional(s.participationNote(), 1000, "legality.field.note"), s.expert(), s.expertOn(),
                Text.optional(s.expertNote(), 1000, "legality.field.note"), s.risk(), s.riskOn(),
                Text.optional(s.riskNote(), 1000, "legality.field.note"), s.legalityReviewId(),
                s.meetingKind(), Text.optional(s.meetingName(), 200, "legality.field.meetingName"), s.decidedOn());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text) {
        return text == null ? null : Enum.valueOf(type, text);
    }

    private DecisionView map(ResultSet rs, int n) throws SQLException {
        DecisionSteps steps = new DecisionSteps(value(StepState.class, rs.getString("participation_state")),
                rs.getObject("participation_from", LocalDate.class), rs.getObject("participation_to", LocalDate.class),
                rs.getString("participation_note"), value(StepState.class, rs.getString("expert_state")),
                rs.getObject("expert_on", LocalDate.class), rs.getString("expert_note"),
                value(StepState.class, rs.getString("risk_state")), rs.getObject("risk_on", LocalDate.class),
                rs.getString("risk_note"), rs.getObject("legality_review_id", Long.class),
                value(MeetingKind.class, rs.getString("meeting_kind")), rs.getString("meeting_name"),
                rs.getObject("decided_on", LocalDate.class));
        String flags = rs.getString("flags");
        List<DecisionRules.Flag> list = flags == null || flags.isBlank() ? List.of()
                : Arrays.stream(flags.split(",")).map(DecisionRules.Flag::valueOf).toList();
        DecisionReview review = steps.legalityReviewId() == null ? null : new DecisionReview(steps.legalityReviewId(),
                rs.getString("review_number"), ReviewStatus.valueOf(rs.getString("review_status")),
                value(ReviewOutcome.class, rs.getString("review_outcome")), rs.getObject("review_concluded_on", LocalDate.class));
        return new DecisionView(rs.getLong("id"), rs.getInt("catalogue_year"), rs.getString("title"),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("region_code"), steps, review,
                rs.getBoolean("flagged"), list, rs.getInt("version"));
    }

    private CatalogueView mapCatalogue(ResultSet rs, int n) throws SQLException {
        return new CatalogueView(rs.getInt("catalogue_year"), rs.getString("title"),
                rs.getObject("published_on", LocalDate.class), rs.getLong("decisions"), rs.getLong("flagged"));
    }
}
