package cn.fazhi.enforcement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.TodoQuery;
import cn.fazhi.cases.TodoSource;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.scope.Caller;

/**
 * Coercion's to-do, within the caller's scope: for the unit head (APPROVE) measures to approve, emergency measures to
 * ratify (Art. 19) and executions to decide (Art. 37); for officers (HANDLE) approved measures to take, measures in
 * force awaiting their disposal (Arts. 27, 28), executions to urge (催告) and decided executions to carry out. The
 * states come from {@link CoercionCase#TABLE}.
 */
@Component
class CoercionTodos implements TodoSource {

    private static final String[][] GROUPS = {
        {"approve", "enforcement.coercion.todo.approve", "c.registered_on"},
        {"ratify", "enforcement.coercion.todo.ratify", "c.measure_on"},
        {"decide", "enforcement.coercion.todo.decide", "c.demand_deadline"},
        {"take", "enforcement.coercion.todo.take", "c.approved_on"},
        {"dispose", "enforcement.coercion.todo.dispose", "c.expires_on"},
        {"demand", "enforcement.coercion.todo.demand", "c.registered_on"},
        {"execute", "enforcement.coercion.todo.execute", "c.decided_on"},
    };

    private final JdbcClient jdbc;

    CoercionTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        var scope = caller.scope();
        String inScope = " AND " + scope.sqlCondition("c.unit_id", "c.region_code");
        List<TodoGroup> groups = new ArrayList<>();
        for (String[] g : GROUPS) {
            Transitions.Step<CoercionStatus> step = CoercionCase.TABLE.require(g[0]);
            if (!step.todo() || !caller.can(step.permission())) {
                continue;
            }
            Map<String, Object> params = new HashMap<>(scope.parameters());
            params.put("states", TodoQuery.states(step.from().toArray(CoercionStatus[]::new)));
            params.put("kind", (Coercions.fitsKind(CoercionKind.MEASURE, g[0]) ? CoercionKind.MEASURE
                    : CoercionKind.EXECUTION).name());
            groups.add(new TodoQuery(g[1], "/enforcement/coercions", Coercions.CASE_TYPE, "/enforcement/coercions/",
                    "FROM coercion_case c WHERE c.status IN (:states) AND c.kind = :kind" + inScope, "c.id",
                    "c.case_number", "c.subject", "COALESCE(" + g[2] + ", c.registered_on)").run(jdbc, params, limit));
        }
        return groups;
    }
}
