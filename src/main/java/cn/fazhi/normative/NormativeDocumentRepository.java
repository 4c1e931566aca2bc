package cn.fazhi.normative;

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
 * Where normative documents are kept (table {@code normative_document}), in the kernel's repository style: the
 * aggregate's fields bound by name (statuses as parameters from the enum), a version-checked update, a batched insert
 * for generated registers.
 */
@Repository
class NormativeDocumentRepository implements CaseStore<NormativeDocument> {

    private static final String FIELDS = "unit_id, region_code, agency_code, doc_year, doc_seq, doc_number, title, body, "
            + "subject_tags, status, comment_from, comment_to, review_by, reviewer, review_result, review_findings, "
            + "reviewed_on, decision_meeting, decided_on, signed_on, published_on, effective_on, validity_years, "
            + "expires_on, filed_with, filed_on, evaluated_on, evaluation, in_force_until, amendment_due, demo";
    private static final String INSERT = "INSERT INTO normative_document (" + FIELDS + ", created_at, created_by) VALUES "
            + "(:unitId, :regionCode, :agencyCode, :docYear, :docSeq, :number, :title, :body, :tags, :status, :commentFrom, "
            + ":commentTo, :reviewBy, :reviewer, :reviewResult, :reviewFindings, :reviewedOn, :decisionMeeting, :decidedOn, "
            + ":signedOn, :publishedOn, :effectiveOn, :validityYears, :expiresOn, :filedWith, :filedOn, :evaluatedOn, "
            + ":evaluation, :inForceUntil, :amendmentDue, :demo, :createdAt, :createdBy)";
    private static final String UPDATE = "UPDATE normative_document SET agency_code = :agencyCode, doc_year = :docYear, "
            + "doc_seq = :docSeq, doc_number = :number, title = :title, body = :body, subject_tags = :tags, status = :status, "
            + "comment_from = :commentFrom, comment_to = :commentTo, review_by = :reviewBy, reviewer = :reviewer, "
            + "review_result = :reviewResult, review_findings = :reviewFindings, reviewed_on = :reviewedOn, "
            + "decision_meeting = :decisionMeeting, decided_on = :decidedOn, signed_on = :signedOn, "
            + "published_on = :publishedOn, effective_on = :effectiveOn, validity_years = :validityYears, "
            + "expires_on = :expiresOn, filed_with = :filedWith, filed_on = :filedOn, evaluated_on = :evaluatedOn, "
            + "evaluation = :evaluation, in_force_until = :inForceUntil, amendment_due = :amendmentDue, "
            + "version = version + 1 WHERE id = :id AND version = :v";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    NormativeDocumentRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    @Override
    public String caseType() {
        return NormativeDocuments.TYPE;
    }

    @Override
    public String auditPrefix() {
        return "normative.document.";
    }

    @Override
    public String readPermission() {
        return NormativeConfiguration.VIEW;
    }

    @Override
    public Optional<NormativeDocument> find(long id) {
        return jdbc.sql("SELECT * FROM normative_document WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** The documents with these ids (one query). */
    List<NormativeDocument> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM normative_document WHERE id IN (:ids) ORDER BY id").param("ids", ids)
                .query(this::map).list();
    }

    /** The ids of documents in one of {@code statuses} whose date column {@code column} is before {@code day}. */
    List<Long> idsDue(NormativeStatus status, String column, LocalDate day) {
        if (!column.equals("effective_on") && !column.equals("expires_on")) {
            throw new IllegalArgumentException(column);
        }
        String op = column.equals("effective_on") ? " <= :d" : " < :d";
        return jdbc.sql("SELECT id FROM normative_document WHERE status = :s AND " + column + op + " ORDER BY id")
                .param("s", status.name()).param("d", day).query(Long.class).list();
    }

    @Override
    public boolean covers(NormativeDocument d, DataScope scope) {
        return scope.covers(d.unitId, d.regionCode);
    }

    /** Stores a new document and gives it its id. */
    void insert(NormativeDocument d) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(values(d)).update(keys, "id");
        d.id = keys.getKeyAs(Long.class);
    }

    /** Stores many new documents in one batch and gives each its id. */
    void insertAll(List<NormativeDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        named.batchUpdate(INSERT, documents.stream().map(d -> new MapSqlParameterSource(values(d)))
                .toArray(SqlParameterSource[]::new), keys, new String[] {"id"});
        List<Map<String, Object>> generated = keys.getKeyList();
        for (int i = 0; i < documents.size(); i++) {
            documents.get(i).id = ((Number) generated.get(i).values().iterator().next()).longValue();
        }
    }

    @Override
    public void update(NormativeDocument d) {
        Map<String, Object> v = values(d);
        v.put("id", d.id);
        v.put("v", d.version);
        if (jdbc.sql(UPDATE).params(v).update() != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        d.version++;
    }

    private static Map<String, Object> values(NormativeDocument d) {
        Map<String, Object> v = new HashMap<>();
        v.put("unitId", d.unitId);
        v.put("regionCode", d.regionCode);
        v.put("agencyCode", d.agencyCode);
        v.put("docYear", d.docYear);
        v.put("docSeq", d.docSeq);
        v.put("number", d.number);
        v.put("title", d.title);
        v.put("body", d.body);
        v.put("tags", d.tags);
        v.put("status", d.status.name());
        v.put("commentFrom", d.commentFrom);
        v.put("commentTo", d.commentTo);
        v.put("reviewBy", d.reviewBy == null ? null : d.reviewBy.name());
        v.put("reviewer", d.reviewer);
        v.put("reviewResult", d.reviewResult == null ? null : d.reviewResult.name());
        v.put("reviewFindings", d.reviewFindings);
        v.put("reviewedOn", d.reviewedOn);
        v.put("decisionMeeting", d.decisionMeeting);
        v.put("decidedOn", d.decidedOn);
        v.put("signedOn", d.signedOn);
        v.put("publishedOn", d.publishedOn);
        v.put("effectiveOn", d.effectiveOn);
        v.put("validityYears", d.validityYears);
        v.put("expiresOn", d.expiresOn);
        v.put("filedWith", d.filedWith);
        v.put("filedOn", d.filedOn);
        v.put("evaluatedOn", d.evaluatedOn);
        v.put("evaluation", d.evaluation);
        v.put("inForceUntil", d.inForceUntil);
        v.put("amendmentDue", d.amendmentDue);
        v.put("demo", d.demo);
        v.put("createdAt", d.createdAt);
        v.put("createdBy", d.createdBy);
        return v;
    }

    private NormativeDocument map(ResultSet rs, int n) throws SQLException {
        NormativeDocument d = new NormativeDocument();
        d.id = rs.getLong("id");
        d.unitId = rs.getLong("unit_id");
        d.regionCode = rs.getString("region_code");
        d.agencyCode = rs.getString("agency_code");
        d.docYear = rs.getObject("doc_year", Integer.class);
        d.docSeq = rs.getObject("doc_seq", Integer.class);
        d.number = rs.getString("doc_number");
        d.title = rs.getString("title");
        d.body = rs.getString("body");
        d.tags = rs.getString("subject_tags");
        d.status = NormativeStatus.valueOf(rs.getString("status"));
        d.commentFrom = date(rs, "comment_from");
        d.commentTo = date(rs, "comment_to");
        String by = rs.getString("review_by");
        d.reviewBy = by == null ? null : ReviewBody.valueOf(by);
        d.reviewer = rs.getString("reviewer");
        String result = rs.getString("review_result");
        d.reviewResult = result == null ? null : ReviewResult.valueOf(result);
        d.reviewFindings = rs.getString("review_findings");
        d.reviewedOn = date(rs, "reviewed_on");
        d.decisionMeeting = rs.getString("decision_meeting");
        d.decidedOn = date(rs, "decided_on");
        d.signedOn = date(rs, "signed_on");
        d.publishedOn = date(rs, "published_on");
        d.effectiveOn = date(rs, "effective_on");
        d.validityYears = rs.getObject("validity_years", Integer.class);
        d.expiresOn = date(rs, "expires_on");
        d.filedWith = rs.getString("filed_with");
        d.filedOn = date(rs, "filed_on");
        d.evaluatedOn = date(rs, "evaluated_on");
        d.evaluation = rs.getString("evaluation");
        d.inForceUntil = date(rs, "in_force_until");
        d.amendmentDue = rs.getBoolean("amendment_due");
        d.demo = rs.getBoolean("demo");
        d.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        d.createdBy = rs.getString("created_by");
        d.version = rs.getInt("version");
        return d;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
