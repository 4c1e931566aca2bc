package cn.fazhi.enterprises;

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
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * Policy applications waiting for their deciding unit, from the transition table's to-do steps: to accept (SUBMITTED),
 * to decide (ACCEPTED) and to pay (GRANTED) — for holders of {@code enterprises:handle} of that unit (a township: of its
 * region).
 */
@Component
class PolicyTodos implements TodoSource {

    private final JdbcClient jdbc;

    PolicyTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.scope() == null || !caller.can(Enterprises.VIEW)) {
            return groups;
        }
        for (var step : PolicyApplication.TABLE.steps()) {
            if (!step.todo() || !caller.can(step.permission())) {
                continue;
            }
            Map<String, Object> params = new HashMap<>();
            params.put("waiting", TodoQuery.states(step.from().toArray(PolicyApplicationStatus[]::new)));
            String side;
            if (caller.scope().level() == ScopeLevel.TOWNSHIP) {
                side = caller.scope().sqlCondition("a.unit_id", "a.region_code");
                params.putAll(caller.scope().parameters());
            } else {
                side = "a.unit_id = :me";
                params.put("me", caller.scope().unitId());
            }
            String since = "pay".equals(step.name()) ? "a.decided_on" : "a.last_submitted_on";
            groups.add(new TodoQuery("policies.todo." + step.name(), "/enterprises/policy-applications?status="
                    + step.from().iterator().next().name(), PolicyApplications.CASE_TYPE,
                    "/enterprises/policy-applications/",
                    "FROM policy_application a JOIN enterprise_policy p ON p.id = a.policy_id WHERE a.status IN (:waiting) AND "
                            + side, "a.id", "a.case_number", "p.title", since).run(jdbc, params, limit));
        }
        return groups;
    }
}
