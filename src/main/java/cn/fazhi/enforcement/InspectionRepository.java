package cn.fazhi.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseStore;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/** Where inspection records are kept (table {@code enforcement_inspection}), in the kernel's repository style. */
@Repository
class InspectionRepository implements CaseStore<Inspection> {

    private static final String INSERT = "INSERT INTO enforcement_inspection (case_number, unit_id, region_code, matter_id, "
            + "subject, inspected_on, target_kind, target_name, target_id_enc, target_id_blind, target_id_masked, "
            + "target_address, certificates_shown, notes, status, result, findings, rectify_by, penalty_case_id, "
            + "concluded_on, cancelled_on, cancel_reason, created_at, created_by) VALUES (:caseNumber, :unitId, :regionCode, "
            + ":matterId, :subject, :inspectedOn, :targetKind, :targetName, :targetIdEnc, :targetIdBlind, :targetIdMasked, "
            + ":targetAddress, :certificatesShown, :notes, :status, :result, :findings, :rectifyBy, :penaltyCaseId, "
            + ":concludedOn, :cancelledOn, :cancelReason, :createdAt, :createdBy)";

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return Inspections.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "enforcement.inspection.";
    }

    @Override
    public String readPermission() {
        return EnforcementPermissions.VIEW;
    }

    @Override
    public Optional<Inspection> find(long id) {
        return jdbc.sql("SELECT * FROM enforcement_inspection WHERE id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public boolean covers(Inspection i, DataScope scope) {
        return scope.covers(i.unitId, i.regionCode);
    }

    void insert(Inspection i) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(values(i)).update(keys, "id");
        i.id = keys.getKeyAs(Long.class);
    }

    @Override
    public void update(Inspection i) {
        Map<String, Object> v = values(i);
        v.put("id", i.id);
        v.put("v", i.version);
        int n = jdbc.sql("UPDATE enforcement_inspection SET status = :status, result = :result, findings = :findings, "
                        + "rectify_by = :rectifyBy, penalty_case_id = :penaltyCaseId, concluded_on = :concludedOn, "
                        + "cancelled_on = :cancelledOn, cancel_reason = :cancelReason, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .params(v).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        i.version++;
    }

    private static Map<String, Object> values(Inspection i) {
        Map<String, Object> v = new HashMap<>();
        v.put("caseNumber", i.caseNumber);
        v.put("unitId", i.unitId);
        v.put("regionCode", i.regionCode);
        v.put("matterId", i.matterId);
        v.put("subject", i.subject);
        v.put("inspectedOn", i.inspectedOn);
        v.put("targetKind", i.targetKind.name());
        v.put("targetName", i.targetName);
        v.put("targetIdEnc", i.targetIdEnc);
        v.put("targetIdBlind", i.targetIdBlind);
        v.put("targetIdMasked", i.targetIdMasked);
        v.put("targetAddress", i.targetAddress);
        v.put("certificatesShown", i.certificatesShown);
        v.put("notes", i.notes);
        v.put("status", i.status.name());
        v.put("result", i.result == null ? null : i.result.name());
        v.put("findings", i.findings);
        v.put("rectifyBy", i.rectifyBy);
        v.put("penaltyCaseId", i.penaltyCaseId);
        v.put("concludedOn", i.concludedOn);
        v.put("cancelledOn", i.cancelledOn);
        v.put("cancelReason", i.cancelReason);
        v.put("createdAt", i.createdAt);
        v.put("createdBy", i.createdBy);
        return v;
    }

    private Inspection map(ResultSet rs, int n) throws SQLException {
        Inspection i = new Inspection();
        i.id = rs.getLong("id");
        i.caseNumber = rs.getString("case_number");
        i.unitId = rs.getLong("unit_id");
        i.regionCode = rs.getString("region_code");
        i.matterId = rs.getObject("matter_id", Long.class);
        i.subject = rs.getString("subject");
        i.inspectedOn = rs.getObject("inspected_on", LocalDate.class);
        i.targetKind = InspectionTargetKind.valueOf(rs.getString("target_kind"));
        i.targetName = rs.getString("target_name");
        i.targetIdEnc = rs.getString("target_id_enc");
        i.targetIdBlind = rs.getString("target_id_blind");
        i.targetIdMasked = rs.getString("target_id_masked");
        i.targetAddress = rs.getString("target_address");
        i.certificatesShown = rs.getBoolean("certificates_shown");
        i.notes = rs.getString("notes");
        i.status = InspectionStatus.valueOf(rs.getString("status"));
        String result = rs.getString("result");
        i.result = result == null ? null : InspectionResult.valueOf(result);
        i.findings = rs.getString("findings");
        i.rectifyBy = rs.getObject("rectify_by", LocalDate.class);
        i.penaltyCaseId = rs.getObject("penalty_case_id", Long.class);
        i.concludedOn = rs.getObject("concluded_on", LocalDate.class);
        i.cancelledOn = rs.getObject("cancelled_on", LocalDate.class);
        i.cancelReason = rs.getString("cancel_reason");
        i.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        i.createdBy = rs.getString("created_by");
        i.version = rs.getInt("version");
        return i;
    }
}
