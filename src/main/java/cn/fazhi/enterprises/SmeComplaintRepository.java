package cn.fazhi.enterprises;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseStore;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Where SME payment complaints are kept (table {@code sme_complaint}). Scope: the unit holding it (the desk until it is
 * passed on, then the handling body) and any scope covering its region.
 */
@Repository
class SmeComplaintRepository implements CaseStore<SmeComplaint> {

    private final JdbcClient jdbc;

    SmeComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return SmeComplaints.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "enterprises.complaint.";
    }

    @Override
    public String readPermission() {
        return Enterprises.VIEW;
    }

    @Override
    public Optional<SmeComplaint> find(long id) {
        return jdbc.sql("SELECT * FROM sme_complaint WHERE id = :id").param("id", id).query((rs, n) -> {
            SmeComplaint c = new SmeComplaint();
            c.id = rs.getLong("id");
            c.caseNumber = rs.getString("case_number");
            c.status = SmeComplaintStatus.valueOf(rs.getString("status"));
            c.enterpriseId = rs.getLong("enterprise_id");
            c.receivedOn = rs.getObject("received_on", LocalDate.class);
            c.unitId = rs.getLong("unit_id");
            c.regionCode = rs.getString("region_code");
            c.acceptedOn = rs.getObject("accepted_on", LocalDate.class);
            c.refusalReason = rs.getString("refusal_reason");
            c.transferDue = rs.getObject("transfer_due", LocalDate.class);
            long h = rs.getLong("handler_unit_id");
            c.handlerUnitId = rs.wasNull() ? null : h;
            c.transferredOn = rs.getObject("transferred_on", LocalDate.class);
            c.transferredOnTime = rs.getObject("transferred_on_time", Boolean.class);
            c.resultDue = rs.getObject("result_due", LocalDate.class);
            c.extendedTo = rs.getObject("extended_to", LocalDate.class);
            c.extensionReason = rs.getString("extension_reason");
            c.extensionApprover = rs.getString("extension_approver");
            c.concludedOn = rs.getObject("concluded_on", LocalDate.class);
            c.concludedOnTime = rs.getObject("concluded_on_time", Boolean.class);
            c.result = rs.getString("result");
            c.supervisionCount = rs.getInt("supervision_count");
            c.supervisionNote = rs.getString("supervision_note");
            c.version = rs.getInt("version");
            return c;
        }).optional();
    }

    @Override
    public boolean covers(SmeComplaint c, DataScope scope) {
        return scope.covers(c.unitId, c.regionCode);
    }

    @Override
    public void update(SmeComplaint c) {
        Map<String, Object> v = new HashMap<>();
        v.put("status", c.status.name());
        v.put("unit", c.unitId);
        v.put("region", c.regionCode);
        v.put("acceptedOn", c.acceptedOn);
        v.put("refusal", c.refusalReason);
        v.put("transferDue", c.transferDue);
        v.put("handler", c.handlerUnitId);
        v.put("transferredOn", c.transferredOn);
        v.put("transferredOnTime", c.transferredOnTime);
        v.put("resultDue", c.resultDue);
        v.put("extendedTo", c.extendedTo);
        v.put("extReason", c.extensionReason);
        v.put("approver", c.extensionApprover);
        v.put("concludedOn", c.concludedOn);
        v.put("concludedOnTime", c.concludedOnTime);
        v.put("result", c.result);
        v.put("supervisions", c.supervisionCount);
        v.put("supNote", c.supervisionNote);
        v.put("id", c.id);
        v.put("v", c.version);
        int n = jdbc.sql("UPDATE sme_complaint SET status = :status, unit_id = :unit, region_code = :region, "
                        + "accepted_on = :acceptedOn, refusal_reason = :refusal, transfer_due = :transferDue, "
                        + "handler_unit_id = :handler, transferred_on = :transferredOn, transferred_on_time = :transferredOnTime, "
                        + "result_due = :resultDue, extended_to = :extendedTo, extension_reason = :extReason, "
                        + "extension_approver = :approver, concluded_on = :concludedOn, concluded_on_time = :concludedOnTime, "
                        + "result = :result, supervision_count = :supervisions, supervision_note = :supNote, "
                        + "version = version + 1 WHERE id = :id AND version = :v")
                .params(v).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        c.version++;
    }
}
