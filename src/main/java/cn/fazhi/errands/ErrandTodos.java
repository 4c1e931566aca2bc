package cn.fazhi.errands;

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
 * Errands waiting for someone, from the transition table's to-do steps: the township's requested errands to assign and
 * disputed errands to resolve (holders of {@code errands:manage}, by scope); an agent's assigned errands to complete
 * (only their own).
 */
@Component
class ErrandTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final ErrandCallers callers;

    ErrandTodos(JdbcClient jdbc, ErrandCallers callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.scope() == null || !caller.can(ErrandPermissions.VIEW)) {
            return groups;
        }
        Long own = callers.ownAgentId();
        for (var step : Errand.TABLE.steps()) {
            if (!step.todo() || !caller.can(step.permission())) {
                continue;
            }
            Map<String, Object> params = new HashMap<>(caller.scope().parameters());
            params.put("waiting", TodoQuery.states(step.from().toArray(ErrandStatus[]::new)));
            String where = caller.scope().sqlCondition("e.unit_id", "e.region_code");
            if ("assign".equals(step.name())) {
                params.put("waiting", TodoQuery.states(ErrandStatus.REQUESTED));
            }
            if (own != null) {
                where += " AND e.agent_id = :own";
                params.put("own", own);
            }
            String since = switch (step.name()) {
                case "complete" -> "e.assigned_on";
                case "resolve" -> "e.disputed_on";
                default -> "e.requested_on";
            };
            String list = own != null ? "/errands/my" : "/errands?status=" + step.from().iterator().next().name();
            groups.add(new TodoQuery("errands.todo." + step.name(), list, Errands.CASE_TYPE,
                    own != null ? "/errands/my/" : "/errands/",
                    "FROM errand e WHERE e.status IN (:waiting) AND " + where, "e.id", "e.case_number",
                    "e.case_number", since).run(jdbc, params, limit));
        }
        return groups;
    }
}
