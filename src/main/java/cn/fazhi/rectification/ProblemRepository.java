package cn.fazhi.rectification;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseStore;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Where problems are kept (table {@code rectification_problem}). Scope: the responsible unit's staff see their unit's
 * problems, the issuing unit's staff the problems it issued, a township or district scope every problem of its region.
 */
@Repository
class ProblemRepository implements CaseStore<Problem> {

    private final JdbcClient jdbc;

    ProblemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope condition over a problem aliased {@code p}: its unit, or its issuing unit, or its region. */
    static String scopeCondition(DataScope scope) {
        return "(" + scope.sqlCondition("p.unit_id", "p.region_code") + " OR "
                + scope.sqlCondition("p.issuer_unit_id", "p.region_code") + ")";
    }

    static boolean covers(DataScope scope, long unitId, long issuerUnitId, String regionCode) {
        return scope.covers(unitId, regionCode) || scope.covers(issuerUnitId, regionCode);
    }

    @Override
    public String caseType() {
        return Problems.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "rectification.problem.";
    }

    @Override
    public String readPermission() {
        return RectificationPermissions.VIEW;
    }

    @Override
    public Optional<Problem> find(long id) {
        return jdbc.sql("SELECT * FROM rectification_problem WHERE id = :id").param("id", id).query((rs, n) -> {
            Problem p = new Problem();
            p.id = rs.getLong("id");
            p.caseNumber = rs.getString("case_number");
            p.status = ProblemStatus.valueOf(rs.getString("status"));
            p.unitId = rs.getLong("unit_id");
            p.regionCode = rs.getString("region_code");
            p.issuerUnitId = rs.getLong("issuer_unit_id");
            p.foundOn = rs.getObject("found_on", LocalDate.class);
            p.deadline = rs.getObject("deadline", LocalDate.class);
            p.plan = rs.getString("plan");
            p.plannedOn = rs.getObject("planned_on", LocalDate.class);
            p.submittedOn = rs.getObject("submitted_on", LocalDate.class);
            p.closedOn = rs.getObject("closed_on", LocalDate.class);
            p.closedBy = rs.getString("closed_by");
            p.acceptanceNote = rs.getString("acceptance_note");
            p.reopenedCount = rs.getInt("reopened_count");
            p.version = rs.getInt("version");
            return p;
        }).optional();
    }

    @Override
    public boolean covers(Problem p, DataScope scope) {
        return covers(scope, p.unitId, p.issuerUnitId, p.regionCode);
    }

    @Override
    public void update(Problem p) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("status", p.status.name());
        v.put("deadline", p.deadline);
        v.put("plan", p.plan);
        v.put("plannedOn", p.plannedOn);
        v.put("submittedOn", p.submittedOn);
        v.put("closedOn", p.closedOn);
        v.put("closedBy", p.closedBy);
        v.put("note", p.acceptanceNote);
        v.put("reopened", p.reopenedCount);
        v.put("id", p.id);
        v.put("v", p.version);
        int n = jdbc.sql("UPDATE rectification_problem SET status = :status, deadline = :deadline, plan = :plan, "
                        + "planned_on = :plannedOn, submitted_on = :submittedOn, closed_on = :closedOn, closed_by = :closedBy, "
                        + "acceptance_note = :note, reopened_count = :reopened, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .params(v).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        p.version++;
    }
}
