package cn.fazhi.errands;

import java.math.BigDecimal;
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
 * Where errands are kept (table {@code errand}). Scope: the township of the beneficiary (region); an agent (who may act
 * but not manage) covers only the errands assigned to them.
 */
@Repository
class ErrandRepository implements CaseStore<Errand> {

    private final JdbcClient jdbc;
    private final ErrandCallers callers;

    ErrandRepository(JdbcClient jdbc, ErrandCallers callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    @Override
    public String caseType() {
        return Errands.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "errands.errand.";
    }

    @Override
    public String readPermission() {
        return ErrandPermissions.VIEW;
    }

    @Override
    public Optional<Errand> find(long id) {
        return jdbc.sql("SELECT * FROM errand WHERE id = :id").param("id", id).query((rs, n) -> {
            Errand e = new Errand();
            e.id = rs.getLong("id");
            e.caseNumber = rs.getString("case_number");
            e.status = ErrandStatus.valueOf(rs.getString("status"));
            e.kind = ErrandKind.valueOf(rs.getString("kind"));
            String u = rs.getString("utility");
            e.utility = u == null ? null : Utility.valueOf(u);
            e.itemCode = rs.getString("item_code");
            e.beneficiaryId = rs.getLong("beneficiary_id");
            long agent = rs.getLong("agent_id");
            e.agentId = rs.wasNull() ? null : agent;
            e.unitId = rs.getLong("unit_id");
            e.regionCode = rs.getString("region_code");
            e.requestedOn = rs.getObject("requested_on", LocalDate.class);
            e.assignedOn = rs.getObject("assigned_on", LocalDate.class);
            e.doneOn = rs.getObject("done_on", LocalDate.class);
            e.amount = rs.getObject("amount", BigDecimal.class);
            e.resultNote = rs.getString("result_note");
            long app = rs.getLong("application_id");
            e.applicationId = rs.wasNull() ? null : app;
            e.confirmedOn = rs.getObject("confirmed_on", LocalDate.class);
            e.disputedOn = rs.getObject("disputed_on", LocalDate.class);
            e.disputeNote = rs.getString("dispute_note");
            int s = rs.getInt("satisfaction");
            e.satisfaction = rs.wasNull() ? null : s;
            e.feedback = rs.getString("feedback");
            e.resolvedOn = rs.getObject("resolved_on", LocalDate.class);
            e.resolution = rs.getString("resolution");
            e.version = rs.getInt("version");
            return e;
        }).optional();
    }

    @Override
    public boolean covers(Errand e, DataScope scope) {
        Long own = callers.ownAgentId();
        if (own != null) {
            return own.equals(e.agentId);
        }
        return scope.covers(e.unitId, e.regionCode);
    }

    @Override
    public void update(Errand e) {
        Map<String, Object> v = new HashMap<>();
        v.put("status", e.status.name());
        v.put("agent", e.agentId);
        v.put("assignedOn", e.assignedOn);
        v.put("doneOn", e.doneOn);
        v.put("amount", e.amount);
        v.put("resultNote", e.resultNote);
        v.put("app", e.applicationId);
        v.put("confirmedOn", e.confirmedOn);
        v.put("disputedOn", e.disputedOn);
        v.put("disputeNote", e.disputeNote);
        v.put("satisfaction", e.satisfaction);
        v.put("feedback", e.feedback);
        v.put("resolvedOn", e.resolvedOn);
        v.put("resolution", e.resolution);
        v.put("id", e.id);
        v.put("v", e.version);
        int n = jdbc.sql("UPDATE errand SET status = :status, agent_id = :agent, assigned_on = :assignedOn, "
                        + "done_on = :doneOn, amount = :amount, result_note = :resultNote, application_id = :app, "
                        + "confirmed_on = :confirmedOn, disputed_on = :disputedOn, dispute_note = :disputeNote, "
                        + "satisfaction = :satisfaction, feedback = :feedback, resolved_on = :resolvedOn, "
                        + "resolution = :resolution, version = version + 1 WHERE id = :id AND version = :v")
                .params(v).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        e.version++;
    }
}
