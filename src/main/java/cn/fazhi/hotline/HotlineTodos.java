package cn.fazhi.hotline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.TodoQuery;
import cn.fazhi.cases.TodoSource;
import cn.fazhi.platform.scope.Caller;

/**
 * Tickets waiting for someone, from the transition table's to-do steps: the centre's tickets to dispatch (RECEIVED,
 * RETURNED) and to visit (REPLIED), for holders of {@code hotline:dispatch}; a unit's tickets to sign for (DISPATCHED)
 * and to reply to (SIGNED), for holders of {@code hotline:handle} whose scope covers the unit — never the centre's.
 */
@Component
class HotlineTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final HotlineProperties settings;

    HotlineTodos(JdbcClient jdbc, HotlineProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.scope() == null || !caller.can(HotlinePermissions.VIEW)) {
            return groups;
        }
        for (var step : Ticket.TABLE.steps()) {
            if (!step.todo() || !caller.can(step.permission())) {
                continue;
            }
            Map<String, Object> params = new HashMap<>(caller.scope().parameters());
            params.put("waiting", TodoQuery.states(step.from().toArray(TicketStatus[]::new)));
            String side = caller.scope().sqlCondition("t.unit_id", "t.region_code");
            if (Ticket.UNIT_STEPS.contains(step.name())) {
                side += " AND t.unit_id <> :centre";
                params.put("centre", settings.centreUnitId());
            }
            String since = switch (step.name()) {
                case "sign", "reply" -> "t.dispatched_on";
                case "visit" -> "t.replied_on";
                default -> "t.received_on";
            };
            groups.add(new TodoQuery("hotline.todo." + step.name(), "/hotline/tickets?status="
                    + step.from().iterator().next().name(), Tickets.CASE_TYPE, "/hotline/tickets/",
                    "FROM hotline_ticket t WHERE t.status IN (:waiting) AND " + side, "t.id", "t.case_number",
                    "t.title", since).run(jdbc, params, limit));
        }
        return groups;
    }
}
