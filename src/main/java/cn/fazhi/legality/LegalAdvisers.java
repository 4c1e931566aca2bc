package cn.fazhi.legality;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The government's legal advisers (政府法律顾问团: persons and firms with their terms) and the opinions they give,
 * counted per year (the seed's "68 份法律意见书"). Opinions on review requests are recorded when the request is
 * concluded; others are recorded by the office.
 */
@Service
public class LegalAdvisers {

    private static final String SELECT = "SELECT a.*, (SELECT COUNT(*) FROM adviser_opinion o WHERE o.adviser_id = a.id) "
            + "AS opinions FROM legal_adviser a";
    private static final String SELECT_OPINION = "SELECT o.*, a.name AS adviser_name, r.case_number FROM adviser_opinion o "
            + "JOIN legal_adviser a ON a.id = o.adviser_id LEFT JOIN legality_review r ON r.id = o.review_id";

    private static final String INSERT_OPINION = "INSERT INTO adviser_opinion (adviser_id, given_on, subject, review_id, "
            + "unit_id, region_code, created_at, created_by) VALUES (:a, :on, :s, :r, :u, :region, :now, :by)";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named;
    private final AuditTrail audit;
    private final Clock clock;

    LegalAdvisers(JdbcClient jdbc, org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AdviserView engage(AdviserCommands.Engage c) {
        if (c == null || c.kind() == null) {
            throw UserFacingException.badRequest("legality.error.adviserKindRequired");
        }
        String name = Text.required(c.name(), 100, "legality.field.adviserName");
        String firm = Text.optional(c.firmName(), 100, "legality.field.firmName");
        String uscc = c.firmUscc() == null || c.firmUscc().isBlank() ? null : c.firmUscc().strip().toUpperCase();
        if (c.kind() == AdviserKind.FIRM && uscc == null) {
            throw UserFacingException.badRequest("legality.error.firmUsccRequired");
        }
        if (uscc != null && !Uscc.isValid(uscc)) {
            throw UserFacingException.badRequest("legality.error.uscc", uscc);
        }
        if (c.engagedFrom() == null || c.engagedTo() == null) {
            throw UserFacingException.badRequest("legality.error.termRequired");
        }
        if (c.engagedTo().isBefore(c.engagedFrom())) {
            throw UserFacingException.badRequest("legality.error.termOrder");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO legal_adviser (kind, name, firm_name, firm_uscc, engaged_from, engaged_to, created_at, "
                        + "created_by) VALUES (:k, :n, :f, :u, :from, :to, :now, :by)")
                .param("k", c.kind().name()).param("n", name).param("f", c.kind() == AdviserKind.FIRM ? name : firm)
                .param("u", uscc).param("from", c.engagedFrom()).param("to", c.engagedTo())
                .param("now", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("legality.adviser.engaged", "legal_adviser", id,
                name + " " + c.engagedFrom() + "~" + c.engagedTo()));
        return find(id).orElseThrow();
    }

    public Optional<AdviserView> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(this::map).optional();
    }

    /** All advisers, those engaged today first, then by name. */
    public List<AdviserView> all() {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " ORDER BY CASE WHEN a.engaged_to >= :today AND a.engaged_from <= :today THEN 0 ELSE 1 END, "
                + "a.name, a.id").param("today", today).query(this::map).list();
    }

    /** Records an opinion given by an adviser who was engaged on that day; a linked request must be in scope. */
    @Transactional
    public OpinionView record(AdviserCommands.Opinion c, CurrentUser me) {
        if (c == null || c.adviserId() == null) {
            throw UserFacingException.badRequest("legality.error.adviserRequired");
        }
        AdviserView adviser = find(c.adviserId())
                .orElseThrow(() -> UserFacingException.badRequest("legality.error.adviserUnknown"));
        if (c.givenOn() == null) {
            throw UserFacingException.badRequest("legality.error.required", Text.label("legality.field.givenOn"));
        }
        if (c.givenOn().isAfter(LocalDate.now(clock))) {
            throw UserFacingException.badRequest("legality.error.future");
        }
        if (!adviser.engagedOn(c.givenOn())) {
            throw UserFacingException.badRequest("legality.error.adviserNotEngaged", adviser.name());
        }
        String subject = Text.required(c.subject(), 200, "legality.field.subject");
        if (c.reviewId() != null) {
            DataScope scope = me.scope();
            Map<String, Object> params = new HashMap<>(scope.parameters());
            params.put("id", c.reviewId());
            boolean visible = jdbc.sql("SELECT COUNT(*) FROM legality_review r WHERE r.id = :id AND "
                    + scope.sqlCondition("r.unit_id", "r.region_code")).params(params).query(Long.class).single() > 0;
            if (!visible) {
                throw UserFacingException.badRequest("legality.error.reviewUnknown");
            }
        }
        long id = insert(adviser.id(), c.givenOn(), subject, c.reviewId(), me.unitId(), me.regionCode());
        return opinion(id);
    }

    /** Counts the written opinion of a review concluded by an adviser; runs inside the concluding transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordForReview(long adviserId, LocalDate on, String subject, long reviewId, long unitId, String regionCode) {
        insert(adviserId, on, subject.length() > 200 ? subject.substring(0, 200) : subject, reviewId, unitId, regionCode);
    }

    /** An opinion of a generated year: adviser, date, subject, the request it concerns (or null) and its owner. */
    record GeneratedOpinion(long adviserId, LocalDate givenOn, String subject, Long reviewId, long unitId,
            String regionCode) {}

    /**
     * Counts the written opinions of generated requests concluded by advisers, in one batch (inside the generating
     * transaction, which audits the generation once).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordAllForReviews(List<LegalityReview> reviews) {
        recordAll(reviews.stream().map(r -> new GeneratedOpinion(r.adviserId, r.concludedOn,
                r.title.length() > 200 ? r.title.substring(0, 200) : r.title, r.id, r.unitId, r.regionCode)).toList());
    }

    /** Stores the opinions of a generated year in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    int recordAll(List<GeneratedOpinion> opinions) {
        if (opinions.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = Actors.current();
        named.batchUpdate(INSERT_OPINION, opinions.stream().map(o -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("a", o.adviserId()).addValue("on", o.givenOn()).addValue("s", o.subject())
                .addValue("r", o.reviewId()).addValue("u", o.unitId()).addValue("region", o.regionCode())
                .addValue("now", now).addValue("by", by)).toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new));
        return opinions.size();
    }

    private long insert(long adviserId, LocalDate on, String subject, Long reviewId, long unitId, String regionCode) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_OPINION)
                .param("a", adviserId).param("on", on).param("s", subject).param("r", reviewId).param("u", unitId)
                .param("region", regionCode).param("now", OffsetDateTime.now(clock)).param("by", Actors.current())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("legality.opinion.recorded", "adviser_opinion", id, on + " " + subject));
        return id;
    }

    public OpinionView opinion(long id) {
        return jdbc.sql(SELECT_OPINION + " WHERE o.id = :id").param("id", id).query(this::mapOpinion).single();
    }

    /** Opinions given in {@code year}, newest first. */
    public List<OpinionView> opinions(int year) {
        return jdbc.sql(SELECT_OPINION + " WHERE o.given_on BETWEEN :from AND :to ORDER BY o.given_on DESC, o.id DESC")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(this::mapOpinion).list();
    }

    /** Number of opinions per year, latest year first. */
    public Map<Integer, Long> countsPerYear() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT EXTRACT(YEAR FROM given_on) AS y, COUNT(*) AS n FROM adviser_opinion GROUP BY EXTRACT(YEAR FROM given_on) "
                        + "ORDER BY y DESC")
                .query((rs, n) -> counts.put(rs.getInt("y"), rs.getLong("n"))).list();
        return counts;
    }

    private AdviserView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AdviserView(rs.getLong("id"), AdviserKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("firm_name"), rs.getString("firm_uscc"), rs.getObject("engaged_from", LocalDate.class),
                rs.getObject("engaged_to", LocalDate.class), rs.getLong("opinions"));
    }

    private OpinionView mapOpinion(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OpinionView(rs.getLong("id"), rs.getLong("adviser_id"), rs.getString("adviser_name"),
                rs.getObject("given_on", LocalDate.class), rs.getString("subject"), rs.getObject("review_id", Long.class),
                rs.getString("case_number"));
    }
}
