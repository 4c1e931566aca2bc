package cn.fazhi.hotline;

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
 * Where tickets are kept (table {@code hotline_ticket}). Scope: the unit that holds the ticket now (the 12345 centre
 * before dispatch and after a return, else the responsible unit) and any scope covering its region — the centre's
 * operators have the district scope.
 */
@Repository
class TicketRepository implements CaseStore<Ticket> {

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String scopeCondition(DataScope scope) {
        return scope.sqlCondition("t.unit_id", "t.region_code");
    }

    @Override
    public String caseType() {
        return Tickets.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "hotline.ticket.";
    }

    @Override
    public String readPermission() {
        return HotlinePermissions.VIEW;
    }

    @Override
    public Optional<Ticket> find(long id) {
        return jdbc.sql("SELECT * FROM hotline_ticket WHERE id = :id").param("id", id).query((rs, n) -> {
            Ticket t = new Ticket();
            t.id = rs.getLong("id");
            t.caseNumber = rs.getString("case_number");
            t.status = TicketStatus.valueOf(rs.getString("status"));
            t.categoryId = rs.getLong("category_id");
            t.urgency = Urgency.valueOf(rs.getString("urgency"));
            t.unitId = rs.getLong("unit_id");
            t.regionCode = rs.getString("region_code");
            t.receivedOn = rs.getObject("received_on", LocalDate.class);
            t.dispatchedOn = rs.getObject("dispatched_on", LocalDate.class);
            t.signDue = rs.getObject("sign_due", LocalDate.class);
            t.signedOn = rs.getObject("signed_on", LocalDate.class);
            t.handleDue = rs.getObject("handle_due", LocalDate.class);
            t.repliedOn = rs.getObject("replied_on", LocalDate.class);
            t.repliedOnTime = rs.getObject("replied_on_time", Boolean.class);
            t.reply = rs.getString("reply");
            t.visitDue = rs.getObject("visit_due", LocalDate.class);
            t.visitedOn = rs.getObject("visited_on", LocalDate.class);
            t.satisfaction = rs.getString("satisfaction");
            t.visitNote = rs.getString("visit_note");
            t.closedOn = rs.getObject("closed_on", LocalDate.class);
            t.dispatchCount = rs.getInt("dispatch_count");
            t.returnCount = rs.getInt("return_count");
            long clue = rs.getLong("clue_id");
            t.clueId = rs.wasNull() ? null : clue;
            t.version = rs.getInt("version");
            return t;
        }).optional();
    }

    @Override
    public boolean covers(Ticket t, DataScope scope) {
        return scope.covers(t.unitId, t.regionCode);
    }

    @Override
    public void update(Ticket t) {
        Map<String, Object> v = new HashMap<>();
        v.put("status", t.status.name());
        v.put("unit", t.unitId);
        v.put("region", t.regionCode);
        v.put("dispatchedOn", t.dispatchedOn);
        v.put("signDue", t.signDue);
        v.put("signedOn", t.signedOn);
        v.put("handleDue", t.handleDue);
        v.put("repliedOn", t.repliedOn);
        v.put("repliedOnTime", t.repliedOnTime);
        v.put("reply", t.reply);
        v.put("visitDue", t.visitDue);
        v.put("visitedOn", t.visitedOn);
        v.put("satisfaction", t.satisfaction);
        v.put("visitNote", t.visitNote);
        v.put("closedOn", t.closedOn);
        v.put("dispatches", t.dispatchCount);
        v.put("returns", t.returnCount);
        v.put("clue", t.clueId);
        v.put("id", t.id);
        v.put("v", t.version);
        int n = jdbc.sql("UPDATE hotline_ticket SET status = :status, unit_id = :unit, region_code = :region, "
                        + "dispatched_on = :dispatchedOn, sign_due = :signDue, signed_on = :signedOn, handle_due = :handleDue, "
                        + "replied_on = :repliedOn, replied_on_time = :repliedOnTime, reply = :reply, visit_due = :visitDue, "
                        + "visited_on = :visitedOn, satisfaction = :satisfaction, visit_note = :visitNote, closed_on = :closedOn, "
                        + "dispatch_count = :dispatches, return_count = :returns, clue_id = :clue, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .params(v).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        t.version++;
    }
}
