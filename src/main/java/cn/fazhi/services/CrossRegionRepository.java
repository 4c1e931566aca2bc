package cn.fazhi.services;

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
 * Where hand-overs are kept (table {@code cross_region_case}). Scope: the unit that must act (OUT: the receiving
 * window's unit; IN: the item's unit) and the unit that registered it, or a township/district scope over the region.
 */
@Repository
class CrossRegionRepository implements CaseStore<CrossRegionCase> {

    private final JdbcClient jdbc;

    CrossRegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope condition over a hand-over aliased {@code c}. */
    static String scopeCondition(DataScope scope) {
        return "(" + scope.sqlCondition("c.unit_id", "c.region_code") + " OR "
                + scope.sqlCondition("c.intake_unit_id", "c.region_code") + ")";
    }

    @Override
    public String caseType() {
        return CrossRegionHandovers.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "services.crossRegion.";
    }

    @Override
    public String readPermission() {
        return ServicesPermissions.VIEW;
    }

    @Override
    public Optional<CrossRegionCase> find(long id) {
        return jdbc.sql("SELECT * FROM cross_region_case WHERE id = :id").param("id", id).query((rs, n) -> {
            CrossRegionCase c = new CrossRegionCase();
            c.id = rs.getLong("id");
            c.caseNumber = rs.getString("case_number");
            c.direction = rs.getString("direction");
            c.status = CrossRegionStatus.valueOf(rs.getString("status"));
            c.unitId = rs.getLong("unit_id");
            c.intakeUnitId = rs.getLong("intake_unit_id");
            c.regionCode = rs.getString("region_code");
            c.receivedOn = rs.getObject("received_on", LocalDate.class);
            c.sentOn = rs.getObject("sent_on", LocalDate.class);
            c.sentWay = rs.getString("sent_way");
            c.resultOn = rs.getObject("result_on", LocalDate.class);
            c.outcome = rs.getString("outcome");
            c.deliveredOn = rs.getObject("delivered_on", LocalDate.class);
            c.acceptedOn = rs.getObject("accepted_on", LocalDate.class);
            c.applicationNumber = rs.getString("application_number");
            c.returnedOn = rs.getObject("returned_on", LocalDate.class);
            c.lateSteps = rs.getInt("late_steps");
            c.version = rs.getInt("version");
            return c;
        }).optional();
    }

    @Override
    public boolean covers(CrossRegionCase c, DataScope scope) {
        return scope.covers(c.unitId, c.regionCode) || scope.covers(c.intakeUnitId, c.regionCode);
    }

    @Override
    public void update(CrossRegionCase c) {
        Map<String, Object> v = new HashMap<>();
        v.put("status", c.status.name());
        v.put("sentOn", c.sentOn);
        v.put("way", c.sentWay);
        v.put("resultOn", c.resultOn);
        v.put("outcome", c.outcome);
        v.put("deliveredOn", c.deliveredOn);
        v.put("acceptedOn", c.acceptedOn);
        v.put("number", c.applicationNumber);
        v.put("returnedOn", c.returnedOn);
        v.put("late", c.lateSteps);
        v.put("id", c.id);
        v.put("v", c.version);
        int n = jdbc.sql("UPDATE cross_region_case SET status = :status, sent_on = :sentOn, sent_way = :way, "
                        + "result_on = :resultOn, outcome = :outcome, delivered_on = :deliveredOn, accepted_on = :acceptedOn, "
                        + "application_number = :number, returned_on = :returnedOn, late_steps = :late, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .params(v).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        c.version++;
    }
}
