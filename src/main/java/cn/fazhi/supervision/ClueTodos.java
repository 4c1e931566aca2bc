package cn.fazhi.supervision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.TodoQuery;
import cn.fazhi.cases.TodoSource;
import cn.fazhi.platform.scope.Caller;

/**
 * Clues waiting for someone, from the transition table's to-do steps: new clues to verify and replies to accept (the
 * office), instruments to answer (the unit they were addressed to). Overdue replies come from the deadlines.
 */
@Component
class ClueTodos implements TodoSource {

    private final JdbcClient jdbc;

    ClueTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.scope() == null) {
            return groups;
        }
        for (var step : Clue.TABLE.steps()) {
            if (!step.todo() || !caller.can(step.permission())) {
                continue;
            }
            var params = new HashMap<>(caller.scope().parameters());
            params.put("waiting", TodoQuery.states(step.from().toArray(ClueStatus[]::new)));
            groups.add(new TodoQuery("supervision.clue.todo." + step.name(), "/supervision/clues", Clues.CASE_TYPE,
                    "/supervision/clues/", "FROM supervision_clue c WHERE c.status IN (:waiting) AND "
                            + caller.scope().sqlCondition("c.unit_id", "c.region_code"),
                    "c.id", "c.case_number", "c.summary", "c.received_on").run(jdbc, params, limit));
        }
        return groups;
    }
}
