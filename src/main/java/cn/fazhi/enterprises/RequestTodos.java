package cn.fazhi.enterprises;

import java.time.Clock;
import java.time.LocalDate;
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
 * Requests and complaints waiting for someone: from the transition tables' to-do steps — the desk's requests to route
 * and close, a unit's requests to sign for and answer (never the desk's own), complaints to accept, pass on and
 * conclude — and the desk's 督办 list: open requests past a period.
 */
@Component
class RequestTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final RequestProperties settings;
    private final Clock clock;

    RequestTodos(JdbcClient jdbc, RequestProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.scope() == null || !caller.can(Enterprises.VIEW)) {
            return groups;
        }
        for (var step : EnterpriseRequest.TABLE.steps()) {
            if (!step.todo() || !caller.can(step.permission())) {
                continue;
            }
            Map<String, Object> params = new HashMap<>(caller.scope().parameters());
            params.put("waiting", TodoQuery.states(step.from().toArray(RequestStatus[]::new)));
            String side = caller.scope().sqlCondition("r.unit_id", "r.region_code");
            if (EnterpriseRequest.UNIT_STEPS.contains(step.name())) {
                side += " AND r.unit_id <> :desk";
                params.put("desk", settings.deskUnitId());
            }
            String since = switch (step.name()) {
                case "sign", "answer" -> "r.routed_on";
                case "close" -> "r.answered_on";
                default -> "r.filed_on";
            };
            groups.add(new TodoQuery("enterprises.requests.todo." + step.name(), "/enterprises/requests?status="
                    + step.from().iterator().next().name(), EnterpriseRequests.CASE_TYPE, "/enterprises/requests/",
                    "FROM enterprise_request r WHERE r.status IN (:waiting) AND " + side, "r.id", "r.case_number",
                    "r.title", since).run(jdbc, params, limit));
        }
        if (caller.can(Enterprises.DISPATCH)) {
            Map<String, Object> params = new HashMap<>(caller.scope().parameters());
            params.putAll(EnterpriseRequests.overdueParams(LocalDate.now(clock)));
            groups.add(new TodoQuery("enterprises.requests.todo.overdue", "/enterprises/requests?supervised=true",
                    EnterpriseRequests.CASE_TYPE, "/enterprises/requests/", "FROM enterprise_request r WHERE "
                            + EnterpriseRequests.OVERDUE + " AND " + caller.scope().sqlCondition("r.unit_id", "r.region_code"),
                    "r.id", "r.case_number", "r.title", "r.filed_on").run(jdbc, params, limit));
        }
        for (var step : SmeComplaint.TABLE.steps()) {
            if (!step.todo() || !caller.can(step.permission())) {
                continue;
            }
            Map<String, Object> params = new HashMap<>(caller.scope().parameters());
            params.put("waiting", TodoQuery.states(step.from().toArray(SmeComplaintStatus[]::new)));
            groups.add(new TodoQuery("enterprises.complaints.todo." + step.name(), "/enterprises/complaints?status="
                    + step.from().iterator().next().name(), SmeComplaints.CASE_TYPE, "/enterprises/complaints/",
                    "FROM sme_complaint c WHERE c.status IN (:waiting) AND "
                            + caller.scope().sqlCondition("c.unit_id", "c.region_code"),
                    "c.id", "c.case_number", "c.case_number", "c.received_on").run(jdbc, params, limit));
        }
        return groups;
    }
}
