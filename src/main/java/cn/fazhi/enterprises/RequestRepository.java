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
 * Where enterprise requests are kept (table {@code enterprise_request}). Scope: the unit that holds the request now
 * (the desk before routing and after a return, else the unit it is routed to) and any scope covering its region — the
 * desk's staff have the district scope.
 */
@Repository
class RequestRepository implements CaseStore<EnterpriseRequest> {

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return EnterpriseRequests.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "enterprises.request.";
    }

    @Override
    public String readPermission() {
        return Enterprises.VIEW;
    }

    @Override
    public Optional<EnterpriseRequest> find(long id) {
        return jdbc.sql("SELECT * FROM enterprise_request WHERE id = :id").param("id", id).query((rs, n) -> {
            EnterpriseRequest r = new EnterpriseRequest();
            r.id = rs.getLong("id");
            r.caseNumber = rs.getString("case_number");
            r.status = RequestStatus.valueOf(rs.getString("status"));
            r.enterpriseId = rs.getLong("enterprise_id");
            r.category = rs.getString("category");
            r.title = rs.getString("title");
            r.filedOn = rs.getObject("filed_on", LocalDate.class);
            r.unitId = rs.getLong("unit_id");
            r.regionCode = rs.getString("region_code");
            r.routeDue = rs.getObject("route_due", LocalDate.class);
            r.routedOn = rs.getObject("routed_on", LocalDate.class);
            r.routedOnTime = rs.getObject("routed_on_time", Boolean.class);
            r.signDue = rs.getObject("sign_due", LocalDate.class);
            r.signedOn = rs.getObject("signed_on", LocalDate.class);
            r.answerDue = rs.getObject("answer_due", LocalDate.class);
            r.answeredOn = rs.getObject("answered_on", LocalDate.class);
            r.answeredOnTime = rs.getObject("answered_on_time", Boolean.class);
            r.answer = rs.getString("answer");
            r.closeDue = rs.getObject("close_due", LocalDate.class);
            r.closedOn = rs.getObject("closed_on", LocalDate.class);
            r.closedOnTime = rs.getObject("closed_on_time", Boolean.class);
            r.visitDue = rs.getObject("visit_due", LocalDate.class);
            r.rating = rs.getString("rating");
            r.ratingNote = rs.getString("rating_note");
            r.ratedOn = rs.getObject("rated_on", LocalDate.class);
            r.routeCount = rs.getInt("route_count");
            r.returnCount = rs.getInt("return_count");
            r.urgeCount = rs.getInt("urge_count");
            r.urgedOn = rs.getObject("urged_on", LocalDate.class);
            long clue = rs.getLong("clue_id");
            r.clueId = rs.wasNull() ? null : clue;
            r.version = rs.getInt("version");
            return r;
        }).optional();
    }

    @Override
    public boolean covers(EnterpriseRequest r, DataScope scope) {
        return scope.covers(r.unitId, r.regionCode);
    }

    @Override
    public void update(EnterpriseRequest r) {
        Map<String, Object> v = new HashMap<>();
        v.put("status", r.status.name());
        v.put("unit", r.unitId);
        v.put("region", r.regionCode);
        v.put("routedOn", r.routedOn);
        v.put("routedOnTime", r.routedOnTime);
        v.put("signDue", r.signDue);
        v.put("signedOn", r.signedOn);
        v.put("answerDue", r.answerDue);
        v.put("answeredOn", r.answeredOn);
        v.put("answeredOnTime", r.answeredOnTime);
        v.put("answer", r.answer);
        v.put("closedOn", r.closedOn);
        v.put("closedOnTime", r.closedOnTime);
        v.put("visitDue", r.visitDue);
        v.put("rating", r.rating);
        v.put("ratingNote", r.ratingNote);
        v.put("ratedOn", r.ratedOn);
        v.put("routes", r.routeCount);
        v.put("returns", r.returnCount);
        v.put("urges", r.urgeCount);
        v.put("urgedOn", r.urgedOn);
        v.put("clue", r.clueId);
        v.put("id", r.id);
        v.put("v", r.version);
        int n = jdbc.sql("UPDATE enterprise_request SET status = :status, unit_id = :unit, region_code = :region, "
                        + "routed_on = :routedOn, routed_on_time = :routedOnTime, sign_due = :signDue, signed_on = :signedOn, "
                        + "answer_due = :answerDue, answered_on = :answeredOn, answered_on_time = :answeredOnTime, "
                        + "answer = :answer, closed_on = :closedOn, closed_on_time = :closedOnTime, visit_due = :visitDue, "
                        + "rating = :rating, rating_note = :ratingNote, rated_on = :ratedOn, route_count = :routes, "
                        + "return_count = :returns, urge_count = :urges, urged_on = :urgedOn, clue_id = :clue, "
                        + "version = version + 1 WHERE id = :id AND version = :v")
                .params(v).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        r.version++;
    }
}
