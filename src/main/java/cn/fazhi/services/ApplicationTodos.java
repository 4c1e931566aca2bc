package cn.fazhi.services;

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
 * Applications waiting for someone, from the transition table's to-do steps: to accept (the window: received or in
 * 补正), to decide and to serve (the department), within the caller's scope (responsible or receiving unit).
 */
@Component
class ApplicationTodos implements TodoSource {

    private final JdbcClient jdbc;

    ApplicationTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.scope() == null || !caller.can(ApplicationPermissions.VIEW)) {
            return groups;
        }
        for (var step : Application.TABLE.steps()) {
            if (!step.todo() || !caller.can(step.permission())) {
                continue;
            }
            Map<String, Object> params = new HashMap<>(caller.scope().parameters());
            params.put("waiting", TodoQuery.states(step.from().toArray(ApplicationStatus[]::new)));
            groups.add(new TodoQuery("services.application.todo." + step.name(), "/services/applications?status="
                    + step.from().iterator().next().name(), Applications.CASE_TYPE, "/services/applications/",
                    "FROM service_application a WHERE a.status IN (:waiting) AND "
                            + ApplicationRepository.scopeCondition(caller.scope()),
                    "a.id", "a.case_number", "a.item_name", "a.received_on").run(jdbc, params, limit));
        }
        return groups;
    }
}
