package cn.fazhi.legality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseStore;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Where legality review requests are kept (table {@code legality_review}), in the kernel's repository style: the
 * aggregate's fields bound by name, a version-checked update, a batched insert for generated years.
 */
@Repository
class LegalityReviewRepository implements CaseStore<LegalityReview> {

    private static final String INSERT = "INSERT INTO legality_review (case_number, review_type, title, counterparty_name, "
            + "counterparty_uscc, amount, summary, unit_id, region_code, status, submitted_on, due_on, due_provisional, "
            + "reviewer_kind, adviser_id, assigned_on, outcome, findings, concluded_on, withdrawn_on, withdraw_reason, "
            + "created_at, created_by) VALUES (:caseNumber, :type, :title, :counterpartyName, :counterpartyUscc, :amount, "
            + ":summary, :unitId, :regionCode, :status, :submittedOn, :dueOn, :dueProvisional, :reviewerKind, :adviserId, "
            + ":assignedOn, :outcome, :findings, :concludedOn, :withdrawnOn, :withdrawReason, :createdAt, :createdBy)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    LegalityReviewRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    @Override
    public String caseType() {
        return LegalityReviews.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "legality.review.";
    }

    @Override
    public String readPermission() {
        return LegalityConfiguration.VIEW;
    }

    @Override
    public Optional<LegalityReview> find(long id) {
        return jdbc.sql("SELECT * FROM legality_review WHERE id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public boolean covers(LegalityReview r, DataScope scope) {
        return scope.covers(r.unitId, r.regionCode);
    }

    /** Stores a new request and gives it its id. */
    void insert(LegalityReview r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(values(r)).update(keys, "id");
        r.id = keys.getKeyAs(Long.class);
    }

    /** Stores many new requests in one batch and gives each its id (read back by case number). */
    void insertAll(List<LegalityReview> reviews) {
        if (reviews.isEmpty()) {
            return;
        }
        named.batchUpdate(INSERT, reviews.stream().map(r -> new MapSqlParameterSource(values(r)))
                .toArray(SqlParameterSource[]::new));
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT id, case_number FROM legality_review WHERE case_number IN (:numbers)")
                .param("numbers", reviews.stream().map(LegalityReview::caseNumber).toList())
                .query((rs, n) -> ids.put(rs.getString("case_number"), rs.getLong("id"))).list();
        reviews.forEach(r -> r.id = ids.get(r.caseNumber));
    }

    @Override
    public void update(LegalityReview r) {
        Map<String, Object> v = values(r);
        v.put("id", r.id);
        v.put("v", r.version);
        int n = jdbc.sql("UPDATE legality_review SET status = :status, reviewer_kind = :reviewerKind, adviser_id = :adviserId, "
                        + "assigned_on = :assignedOn, outcome = :outcome, findings = :findings, concluded_on = :concludedOn, "
                        + "withdrawn_on = :withdrawnOn, withdraw_reason = :withdrawReason, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .params(v).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        r.version++;
    }

    private static Map<String, Object> values(LegalityReview r) {
        Map<String, Object> v = new HashMap<>();
        v.put("caseNumber", r.caseNumber);
        v.put("type", r.type.name());
        v.put("title", r.title);
        v.put("counterpartyName", r.counterpartyName);
        v.put("counterpartyUscc", r.counterpartyUscc);
        v.put("amount", r.amount);
        v.put("summary", r.summary);
        v.put("unitId", r.unitId);
        v.put("regionCode", r.regionCode);
        v.put("status", r.status.name());
        v.put("submittedOn", r.submittedOn);
        v.put("dueOn", r.dueOn);
        v.put("dueProvisional", r.dueProvisional);
        v.put("reviewerKind", r.reviewerKind == null ? null : r.reviewerKind.name());
        v.put("adviserId", r.adviserId);
        v.put("assignedOn", r.assignedOn);
        v.put("outcome", r.outcome == null ? null : r.outcome.name());
        v.put("findings", r.findings);
        v.put("concludedOn", r.concludedOn);
        v.put("withdrawnOn", r.withdrawnOn);
        v.put("withdrawReason", r.withdrawReason);
        v.put("createdAt", r.createdAt);
        v.put("createdBy", r.createdBy);
        return v;
    }

    private LegalityReview map(ResultSet rs, int n) throws SQLException {
        LegalityReview r = new LegalityReview();
        r.id = rs.getLong("id");
        r.caseNumber = rs.getString("case_number");
        r.type = ReviewType.valueOf(rs.getString("review_type"));
        r.title = rs.getString("title");
        r.counterpartyName = rs.getString("counterparty_name");
        r.counterpartyUscc = rs.getString("counterparty_uscc");
        r.amount = rs.getBigDecimal("amount");
        r.summary = rs.getString("summary");
        r.unitId = rs.getLong("unit_id");
        r.regionCode = rs.getString("region_code");
        r.status = ReviewStatus.valueOf(rs.getString("status"));
        r.submittedOn = rs.getObject("submitted_on", LocalDate.class);
        r.dueOn = rs.getObject("due_on", LocalDate.class);
        r.dueProvisional = rs.getBoolean("due_provisional");
        String kind = rs.getString("reviewer_kind");
        r.reviewerKind = kind == null ? null : ReviewerKind.valueOf(kind);
        r.adviserId = rs.getObject("adviser_id", Long.class);
        r.assignedOn = rs.getObject("assigned_on", LocalDate.class);
        String outcome = rs.getString("outcome");
        r.outcome = outcome == null ? null : ReviewOutcome.valueOf(outcome);
        r.findings = rs.getString("findings");
        r.concludedOn = rs.getObject("concluded_on", LocalDate.class);
        r.withdrawnOn = rs.getObject("withdrawn_on", LocalDate.class);
        r.withdrawReason = rs.getString("withdraw_reason");
        r.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        r.createdBy = rs.getString("created_by");
        r.version = rs.getInt("version");
        return r;
    }
}
