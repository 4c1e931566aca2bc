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

/** Random-inspection tasks waiting: lists to freeze, draws to make, results to complete, results to publish. */
@Component
class RandomTaskTodos implements TodoSource {

    private final JdbcClient jdbc;

    RandomTaskTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.scope() == null) {
            return groups;
        }
        for (var step : RandomTask.TABLE.steps()) {
            if (!step.todo() || !caller.can(step.permission())) {
                continue;
            }
            var params = new HashMap<>(caller.scope().parameters());
            params.put("waiting", TodoQuery.states(step.from().toArray(RandomTaskStatus[]::new)));
            groups.add(new TodoQuery("supervision.random.todo." + step.name(), "/supervision/random-inspections/tasks",
                    RandomTasks.CASE_TYPE, "/supervision/random-inspections/tasks/",
                    "FROM random_task t WHERE t.status IN (:waiting) AND "
                            + caller.scope().sqlCondition("t.lead_unit_id", "t.region_code"),
                    "t.id", "t.case_number", "t.title", "t.period_from").run(jdbc, params, limit));
        }
        return groups;
    }
}
