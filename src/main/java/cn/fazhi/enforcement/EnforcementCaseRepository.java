package cn.fazhi.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseRows;
import cn.fazhi.cases.CaseStore;
import cn.fazhi.platform.scope.DataScope;

/**
 * Where penalty cases are kept (table {@code enforcement_case}, V89 + V91), in the kernel's repository style: one
 * column map for insert and the version-checked update ({@link CaseRows}), statuses bound as parameters.
 */
@Repository
class EnforcementCaseRepository implements CaseStore<EnforcementCase> {

    static final String TABLE_NAME = "enforcement_case";

    private final JdbcClient jdbc;

    EnforcementCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return EnforcementCases.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "enforcement.case.";
    }

    @Override
    public String readPermission() {
        return EnforcementPermissions.VIEW;
    }

    @Override
    public Optional<EnforcementCase> find(long id) {
        return jdbc.sql("SELECT * FROM enforcement_case WHERE id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public boolean covers(EnforcementCase c, DataScope scope) {
        return scope.covers(c.unitId, c.regionCode);
    }

    void insert(EnforcementCase c) {
        Map<String, Object> v = values(c);
        v.put("created_at", c.createdAt);
        v.put("created_by", c.createdBy);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_case (" + String.join(", ", v.keySet()) + ") VALUES (:"
                + String.join(", :", v.keySet()) + ")").params(v).update(keys, "id");
        c.id = keys.getKeyAs(Long.class);
    }

    @Override
    public void update(EnforcementCase c) {
        CaseRows.update(jdbc, TABLE_NAME, c.id, c.version, values(c));
        c.version++;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Map<String, Object> values(EnforcementCase c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("case_number", c.caseNumber);
        v.put("procedure_kind", c.procedureKind);
        v.put("status", c.status.name());
        v.put("unit_id", c.unitId);
        v.put("region_code", c.regionCode);
        v.put("body_id", c.bodyId);
        v.put("party_kind", name(c.partyKind));
        v.put("party_name", c.partyName);
        v.put("party_id_enc", c.partyIdEnc);
        v.put("party_id_index", c.partyIdIndex);
        v.put("party_id_masked", c.partyIdMasked);
        v.put("party_phone_enc", c.partyPhoneEnc);
        v.put("party_phone_index", c.partyPhoneIndex);
        v.put("party_phone_masked", c.partyPhoneMasked);
        v.put("violation_code", c.violationCode);
        v.put("violation_name", c.violationName);
        v.put("summary", c.summary);
        v.put("act_on", c.actOn);
        v.put("act_ended_on", c.actEndedOn);
        v.put("discovered_on", c.discoveredOn);
        v.put("grave_harm", c.graveHarm);
        v.put("limitation_ends_on", c.limitationEndsOn);
        v.put("filed_on", c.filedOn);
        v.put("decision_due_on", c.decisionDueOn);
        v.put("extensions", c.extensions);
        v.put("marked_major", c.markedMajor);
        v.put("complex_case", c.complexCase);
        v.put("notified_on", c.notifiedOn);
        v.put("intended_kinds", c.intendedKinds);
        v.put("intended_fine", c.intendedFine);
        v.put("notice_facts", c.noticeFacts);
        v.put("notice_reasons", c.noticeReasons);
        v.put("notice_basis", c.noticeBasis);
        v.put("notice_rights", c.noticeRights);
        v.put("hearing_triggered", c.hearingTriggered);
        v.put("statement_on", c.statementOn);
        v.put("statement_text", c.statementText);
        v.put("hearing_waived", c.hearingWaived);
        v.put("hearing_requested_on", c.hearingRequestedOn);
        v.put("hearing_noticed_on", c.hearingNoticedOn);
        v.put("hearing_on", c.hearingOn);
        v.put("hearing_presider_id", c.hearingPresiderId);
        v.put("hearing_record", c.hearingRecord);
        v.put("review_submitted_on", c.reviewSubmittedOn);
        v.put("reviewer_officer_id", c.reviewerOfficerId);
        v.put("review_outcome", name(c.reviewOutcome));
        v.put("review_opinion", c.reviewOpinion);
        v.put("review_passed_on", c.reviewPassedOn);
        v.put("discussion_on", c.discussionOn);
        v.put("discussion_attendees", c.discussionAttendees);
        v.put("discussion_conclusion", c.discussionConclusion);
        v.put("deviation_approved_on", c.deviationApprovedOn);
        v.put("deviation_approved_by", c.deviationApprovedBy);
        v.put("deviation_reason", c.deviationReason);
        v.put("deviation_fine", c.deviationFine);
        v.put("penalty_kinds", c.penaltyKinds);
        v.put("benchmark_id", c.benchmarkId);
        v.put("benchmark_level_id", c.benchmarkLevelId);
        v.put("fine_amount", c.fineAmount);
        v.put("confiscation_amount", c.confiscationAmount);
        v.put("decision_text", c.decisionText);
        v.put("decision_number", c.decisionNumber);
        v.put("decided_on", c.decidedOn);
        v.put("major_required", c.majorRequired);
        v.put("outside_range", c.outsideRange);
        v.put("served_on", c.servedOn);
        v.put("service_method", name(c.serviceMethod));
        v.put("party_absent", c.partyAbsent);
        v.put("payment_due_on", c.paymentDueOn);
        v.put("paid_on", c.paidOn);
        v.put("late_fee", c.lateFee);
        v.put("closed_on", c.closedOn);
        v.put("annulled_on", c.annulledOn);
        v.put("annul_ground", name(c.annulGround));
        v.put("annul_reason", c.annulReason);
        return v;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static <E extends Enum<E>> E en(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private EnforcementCase map(ResultSet rs, int n) throws SQLException {
        EnforcementCase c = new EnforcementCase();
        c.id = rs.getLong("id");
        c.caseNumber = rs.getString("case_number");
        c.procedureKind = rs.getString("procedure_kind");
        c.status = PenaltyStatus.valueOf(rs.getString("status"));
        c.unitId = rs.getLong("unit_id");
        c.regionCode = rs.getString("region_code");
        c.bodyId = rs.getObject("body_id", Long.class);
        c.partyKind = en(PenaltyPartyKind.class, rs.getString("party_kind"));
        c.partyName = rs.getString("party_name");
        c.partyIdEnc = rs.getString("party_id_enc");
        c.partyIdIndex = rs.getString("party_id_index");
        c.partyIdMasked = rs.getString("party_id_masked");
        c.partyPhoneEnc = rs.getString("party_phone_enc");
        c.partyPhoneIndex = rs.getString("party_phone_index");
        c.partyPhoneMasked = rs.getString("party_phone_masked");
        c.violationCode = rs.getString("violation_code");
        c.violationName = rs.getString("violation_name");
        c.summary = rs.getString("summary");
        c.actOn = date(rs, "act_on");
        c.actEndedOn = date(rs, "act_ended_on");
        c.discoveredOn = date(rs, "discovered_on");
        c.graveHarm = rs.getBoolean("grave_harm");
        c.limitationEndsOn = date(rs, "limitation_ends_on");
        c.filedOn = date(rs, "filed_on");
        c.decisionDueOn = date(rs, "decision_due_on");
        c.extensions = rs.getInt("extensions");
        c.markedMajor = rs.getBoolean("marked_major");
        c.complexCase = rs.getBoolean("complex_case");
        c.notifiedOn = date(rs, "notified_on");
        c.intendedKinds = rs.getString("intended_kinds");
        c.intendedFine = rs.getBigDecimal("intended_fine");
        c.noticeFacts = rs.getString("notice_facts");
        c.noticeReasons = rs.getString("notice_reasons");
        c.noticeBasis = rs.getString("notice_basis");
        c.noticeRights = rs.getString("notice_rights");
        c.hearingTriggered = rs.getBoolean("hearing_triggered");
        c.statementOn = date(rs, "statement_on");
        c.statementText = rs.getString("statement_text");
        c.hearingWaived = rs.getBoolean("hearing_waived");
        c.hearingRequestedOn = date(rs, "hearing_requested_on");
        c.hearingNoticedOn = date(rs, "hearing_noticed_on");
        c.hearingOn = date(rs, "hearing_on");
        c.hearingPresiderId = rs.getObject("hearing_presider_id", Long.class);
        c.hearingRecord = rs.getString("hearing_record");
        c.reviewSubmittedOn = date(rs, "review_submitted_on");
        c.reviewerOfficerId = rs.getObject("reviewer_officer_id", Long.class);
        c.reviewOutcome = en(PenaltyReviewOutcome.class, rs.getString("review_outcome"));
        c.reviewOpinion = rs.getString("review_opinion");
        c.reviewPassedOn = date(rs, "review_passed_on");
        c.discussionOn = date(rs, "discussion_on");
        c.discussionAttendees = rs.getString("discussion_attendees");
        c.discussionConclusion = rs.getString("discussion_conclusion");
        c.deviationApprovedOn = date(rs, "deviation_approved_on");
        c.deviationApprovedBy = rs.getString("deviation_approved_by");
        c.deviationReason = rs.getString("deviation_reason");
        c.deviationFine = rs.getBigDecimal("deviation_fine");
        c.penaltyKinds = rs.getString("penalty_kinds");
        c.benchmarkId = rs.getObject("benchmark_id", Long.class);
        c.benchmarkLevelId = rs.getObject("benchmark_level_id", Long.class);
        c.fineAmount = rs.getBigDecimal("fine_amount");
        c.confiscationAmount = rs.getBigDecimal("confiscation_amount");
        c.decisionText = rs.getString("decision_text");
        c.decisionNumber = rs.getString("decision_number");
        c.decidedOn = date(rs, "decided_on");
        c.majorRequired = rs.getBoolean("major_required");
        c.outsideRange = rs.getBoolean("outside_range");
        c.servedOn = date(rs, "served_on");
        c.serviceMethod = en(PenaltyServiceMethod.class, rs.getString("service_method"));
        c.partyAbsent = rs.getBoolean("party_absent");
        c.paymentDueOn = date(rs, "payment_due_on");
        c.paidOn = date(rs, "paid_on");
        c.lateFee = rs.getBigDecimal("late_fee");
        c.closedOn = date(rs, "closed_on");
        c.annulledOn = date(rs, "annulled_on");
        c.annulGround = en(PenaltyAnnulGround.class, rs.getString("annul_ground"));
        c.annulReason = rs.getString("annul_reason");
        c.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        c.createdBy = rs.getString("created_by");
        c.version = rs.getInt("version");
        return c;
    }
}
