package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseStore;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Where coercion cases are kept (table {@code coercion_case}, officers on acts in {@code coercion_officer}), in the
 * kernel's repository style: one column map for insert and update, a version-checked update.
 */
@Repository
class CoercionRepository implements CaseStore<CoercionCase> {

    private static final String INSERT = "INSERT INTO coercion_case (case_number, kind, measure_type, execution_type, status, unit_id, region_code, penalty_case_id, party_person, party_name, party_identifier_enc, party_identifier_index, party_identifier_masked, subject, reason, legal_basis, registered_on, approved_on, approved_by, emergency, emergency_reason, emergency_reported_at, measure_on, certificate_shown, party_present, party_notified, rights_told, statements_heard, site_record, signed, refusal_noted, witness_name, av_required, av_act, period_days, extension_days, extension_reason, extension_approved_by, excluded_days, excluded_reason, expires_on, decision_served_on, disposal, disposed_on, principal_amount, surcharge_amount, demand_served_on, demand_deadline, demand_manner, statements, decided_on, decision_number, executed_at, executed_on, off_hours, execution_emergency_reason, remedy_ends_on, court_applied_on, closed_on, created_at, created_by) VALUES (:caseNumber, :kind, :measureType, :executionType, :status, :unitId, :regionCode, :penaltyCaseId, :partyPerson, :partyName, :partyIdentifierEnc, :partyIdentifierIndex, :partyIdentifierMasked, :subject, :reason, :legalBasis, :registeredOn, :approvedOn, :approvedBy, :emergency, :emergencyReason, :emergencyReportedAt, :measureOn, :certificateShown, :partyPresent, :partyNotified, :rightsTold, :statementsHeard, :siteRecord, :signed, :refusalNoted, :witnessName, :avRequired, :avAct, :periodDays, :extensionDays, :extensionReason, :extensionApprovedBy, :excludedDays, :excludedReason, :expiresOn, :decisionServedOn, :disposal, :disposedOn, :principalAmount, :surchargeAmount, :demandServedOn, :demandDeadline, :demandManner, :statements, :decidedOn, :decisionNumber, :executedAt, :executedOn, :offHours, :executionEmergencyReason, :remedyEndsOn, :courtAppliedOn, :closedOn, :createdAt, :createdBy)";
    private static final String UPDATE = "UPDATE coercion_case SET measure_type = :measureType, execution_type = :executionType, status = :status, penalty_case_id = :penaltyCaseId, party_person = :partyPerson, party_name = :partyName, party_identifier_enc = :partyIdentifierEnc, party_identifier_index = :partyIdentifierIndex, party_identifier_masked = :partyIdentifierMasked, subject = :subject, reason = :reason, legal_basis = :legalBasis, approved_on = :approvedOn, approved_by = :approvedBy, emergency = :emergency, emergency_reason = :emergencyReason, emergency_reported_at = :emergencyReportedAt, measure_on = :measureOn, certificate_shown = :certificateShown, party_present = :partyPresent, party_notified = :partyNotified, rights_told = :rightsTold, statements_heard = :statementsHeard, site_record = :siteRecord, signed = :signed, refusal_noted = :refusalNoted, witness_name = :witnessName, av_required = :avRequired, av_act = :avAct, period_days = :periodDays, extension_days = :extensionDays, extension_reason = :extensionReason, extension_approved_by = :extensionApprovedBy, excluded_days = :excludedDays, excluded_reason = :excludedReason, expires_on = :expiresOn, decision_served_on = :decisionServedOn, disposal = :disposal, disposed_on = :disposedOn, principal_amount = :principalAmount, surcharge_amount = :surchargeAmount, demand_served_on = :demandServedOn, demand_deadline = :demandDeadline, demand_manner = :demandManner, statements = :statements, decided_on = :decidedOn, decision_number = :decisionNumber, executed_at = :executedAt, executed_on = :executedOn, off_hours = :offHours, execution_emergency_reason = :executionEmergencyReason, remedy_ends_on = :remedyEndsOn, court_applied_on = :courtAppliedOn, closed_on = :closedOn, version = version + 1 WHERE id = :id AND version = :v";

    private final JdbcClient jdbc;

    CoercionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return Coercions.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "enforcement.coercion.";
    }

    @Override
    public String readPermission() {
        return EnforcementPermissions.VIEW;
    }

    @Override
    public Optional<CoercionCase> find(long id) {
        return jdbc.sql("SELECT * FROM coercion_case WHERE id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public boolean covers(CoercionCase c, DataScope scope) {
        return scope.covers(c.unitId, c.regionCode);
    }

    void insert(CoercionCase c) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(values(c)).update(keys, "id");
        c.id = keys.getKeyAs(Long.class);
    }

    @Override
    public void update(CoercionCase c) {
        Map<String, Object> v = values(c);
        v.put("id", c.id);
        v.put("v", c.version);
        if (jdbc.sql(UPDATE).params(v).update() != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        c.version++;
    }

    /** Records the officers on an act (each with the certificate valid that day). */
    void recordOfficers(long caseId, String act, LocalDate on, Map<Long, String> certificates) {
        jdbc.sql("DELETE FROM coercion_officer WHERE case_id = :c AND act = :a").param("c", caseId).param("a", act).update();
        certificates.forEach((officer, number) -> jdbc.sql("INSERT INTO coercion_officer (case_id, act, officer_id, acted_on, "
                        + "certificate_number) VALUES (:c, :a, :o, :on, :n)")
                .param("c", caseId).param("a", act).param("o", officer).param("on", on).param("n", number).update());
    }

    /** The officers on the case's acts: act → officer ids. */
    Map<String, List<Long>> officers(long caseId) {
        Map<String, List<Long>> acts = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT act, officer_id FROM coercion_officer WHERE case_id = :c ORDER BY act, officer_id")
                .param("c", caseId)
                .query((rs, n) -> acts.computeIfAbsent(rs.getString("act"), k -> new java.util.ArrayList<>())
                        .add(rs.getLong("officer_id")))
                .list();
        return acts;
    }

    private static Map<String, Object> values(CoercionCase c) {
        Map<String, Object> v = new HashMap<>();
        v.put("caseNumber", c.caseNumber);
        v.put("kind", c.kind == null ? null : c.kind.name());
        v.put("measureType", c.measureType == null ? null : c.measureType.name());
        v.put("executionType", c.executionType == null ? null : c.executionType.name());
        v.put("status", c.status == null ? null : c.status.name());
        v.put("unitId", c.unitId);
        v.put("regionCode", c.regionCode);
        v.put("penaltyCaseId", c.penaltyCaseId);
        v.put("partyPerson", c.partyPerson);
        v.put("partyName", c.partyName);
        v.put("partyIdentifierEnc", c.partyIdentifierEnc);
        v.put("partyIdentifierIndex", c.partyIdentifierIndex);
        v.put("partyIdentifierMasked", c.partyIdentifierMasked);
        v.put("subject", c.subject);
        v.put("reason", c.reason);
        v.put("legalBasis", c.legalBasis);
        v.put("registeredOn", c.registeredOn);
        v.put("approvedOn", c.approvedOn);
        v.put("approvedBy", c.approvedBy);
        v.put("emergency", c.emergency);
        v.put("emergencyReason", c.emergencyReason);
        v.put("emergencyReportedAt", c.emergencyReportedAt);
        v.put("measureOn", c.measureOn);
        v.put("certificateShown", c.certificateShown);
        v.put("partyPresent", c.partyPresent);
        v.put("partyNotified", c.partyNotified);
        v.put("rightsTold", c.rightsTold);
        v.put("statementsHeard", c.statementsHeard);
        v.put("siteRecord", c.siteRecord);
        v.put("signed", c.signed);
        v.put("refusalNoted", c.refusalNoted);
        v.put("witnessName", c.witnessName);
        v.put("avRequired", c.avRequired);
        v.put("avAct", c.avAct);
        v.put("periodDays", c.periodDays);
        v.put("extensionDays", c.extensionDays);
        v.put("extensionReason", c.extensionReason);
        v.put("extensionApprovedBy", c.extensionApprovedBy);
        v.put("excludedDays", c.excludedDays);
        v.put("excludedReason", c.excludedReason);
        v.put("expiresOn", c.expiresOn);
        v.put("decisionServedOn", c.decisionServedOn);
        v.put("disposal", c.disposal == null ? null : c.disposal.name());
        v.put("disposedOn", c.disposedOn);
        v.put("principalAmount", c.principalAmount);
        v.put("surchargeAmount", c.surchargeAmount);
        v.put("demandServedOn", c.demandServedOn);
        v.put("demandDeadline", c.demandDeadline);
        v.put("demandManner", c.demandManner);
        v.put("statements", c.statements);
        v.put("decidedOn", c.decidedOn);
        v.put("decisionNumber", c.decisionNumber);
        v.put("executedAt", c.executedAt);
        v.put("executedOn", c.executedOn);
        v.put("offHours", c.offHours);
        v.put("executionEmergencyReason", c.executionEmergencyReason);
        v.put("remedyEndsOn", c.remedyEndsOn);
        v.put("courtAppliedOn", c.courtAppliedOn);
        v.put("closedOn", c.closedOn);
        v.put("createdAt", c.createdAt);
        v.put("createdBy", c.createdBy);
        return v;
    }

    CoercionCase map(ResultSet rs, int n) throws SQLException {
        CoercionCase c = new CoercionCase();
        c.id = rs.getLong("id");
        c.caseNumber = rs.getString("case_number");
        String kindV = rs.getString("kind");
        c.kind = kindV == null ? null : CoercionKind.valueOf(kindV);
        String measureTypeV = rs.getString("measure_type");
        c.measureType = measureTypeV == null ? null : CoercionMeasureType.valueOf(measureTypeV);
        String executionTypeV = rs.getString("execution_type");
        c.executionType = executionTypeV == null ? null : CoercionExecutionType.valueOf(executionTypeV);
        String statusV = rs.getString("status");
        c.status = statusV == null ? null : CoercionStatus.valueOf(statusV);
        c.unitId = rs.getLong("unit_id");
        c.regionCode = rs.getString("region_code");
        c.penaltyCaseId = rs.getObject("penalty_case_id", Long.class);
        c.partyPerson = rs.getBoolean("party_person");
        c.partyName = rs.getString("party_name");
        c.partyIdentifierEnc = rs.getString("party_identifier_enc");
        c.partyIdentifierIndex = rs.getString("party_identifier_index");
        c.partyIdentifierMasked = rs.getString("party_identifier_masked");
        c.subject = rs.getString("subject");
        c.reason = rs.getString("reason");
        c.legalBasis = rs.getString("legal_basis");
        c.registeredOn = rs.getObject("registered_on", LocalDate.class);
        c.approvedOn = rs.getObject("approved_on", LocalDate.class);
        c.approvedBy = rs.getString("approved_by");
        c.emergency = rs.getBoolean("emergency");
        c.emergencyReason = rs.getString("emergency_reason");
        c.emergencyReportedAt = rs.getObject("emergency_reported_at", LocalDateTime.class);
        c.measureOn = rs.getObject("measure_on", LocalDate.class);
        c.certificateShown = rs.getBoolean("certificate_shown");
        c.partyPresent = rs.getBoolean("party_present");
        c.partyNotified = rs.getBoolean("party_notified");
        c.rightsTold = rs.getBoolean("rights_told");
        c.statementsHeard = rs.getBoolean("statements_heard");
        c.siteRecord = rs.getBoolean("site_record");
        c.signed = rs.getBoolean("signed");
        c.refusalNoted = rs.getBoolean("refusal_noted");
        c.witnessName = rs.getString("witness_name");
        c.avRequired = rs.getBoolean("av_required");
        c.avAct = rs.getString("av_act");
        c.periodDays = rs.getObject("period_days", Integer.class);
        c.extensionDays = rs.getInt("extension_days");
        c.extensionReason = rs.getString("extension_reason");
        c.extensionApprovedBy = rs.getString("extension_approved_by");
        c.excludedDays = rs.getInt("excluded_days");
        c.excludedReason = rs.getString("excluded_reason");
        c.expiresOn = rs.getObject("expires_on", LocalDate.class);
        c.decisionServedOn = rs.getObject("decision_served_on", LocalDate.class);
        String disposalV = rs.getString("disposal");
        c.disposal = disposalV == null ? null : CoercionDisposal.valueOf(disposalV);
        c.disposedOn = rs.getObject("disposed_on", LocalDate.class);
        c.principalAmount = rs.getBigDecimal("principal_amount");
        c.surchargeAmount = rs.getBigDecimal("surcharge_amount");
        c.demandServedOn = rs.getObject("demand_served_on", LocalDate.class);
        c.demandDeadline = rs.getObject("demand_deadline", LocalDate.class);
        c.demandManner = rs.getString("demand_manner");
        c.statements = rs.getString("statements");
        c.decidedOn = rs.getObject("decided_on", LocalDate.class);
        c.decisionNumber = rs.getString("decision_number");
        c.executedAt = rs.getObject("executed_at", LocalDateTime.class);
        c.executedOn = rs.getObject("executed_on", LocalDate.class);
        c.offHours = rs.getBoolean("off_hours");
        c.executionEmergencyReason = rs.getString("execution_emergency_reason");
        c.remedyEndsOn = rs.getObject("remedy_ends_on", LocalDate.class);
        c.courtAppliedOn = rs.getObject("court_applied_on", LocalDate.class);
        c.closedOn = rs.getObject("closed_on", LocalDate.class);
        c.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        c.createdBy = rs.getString("created_by");
        c.version = rs.getInt("version");
        return c;
    }
}
