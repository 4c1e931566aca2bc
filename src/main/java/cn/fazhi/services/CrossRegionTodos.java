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
 * The hand-overs waiting for the caller: one group per to-do step of the table the caller holds the permission for,
 * counting the hand-overs of the unit that must act within the caller's scope.
 */
@Component
class CrossRegionTodos implements TodoSource {

    private final JdbcClient jdbc;

    CrossRegionTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.scope() == null || !caller.can(ServicesPermissions.VIEW)) {
            return groups;
        }
        for (var step : CrossRegionCase.TABLE.steps()) {
            if (!step.todo() || !caller.can(step.permission())) {
                continue;
            }
            Map<String, Object> params = new HashMap<>(caller.scope().parameters());
            params.put("waiting", TodoQuery.states(step.from().toArray(CrossRegionStatus[]::new)));
            CrossRegionStatus from = step.from().iterator().next();
            groups.add(new TodoQuery("services.crossRegion.todo." + step.name(), "/services/cross-region?status="
                    + from.name(), CrossRegionHandovers.CASE_TYPE, "/services/cross-region/",
                    "FROM cross_region_case c WHERE c.status IN (:waiting) AND "
                            + caller.scope().sqlCondition("c.unit_id", "c.region_code"),
                    "c.id", "c.case_number", "c.applicant_name", "c.received_on").run(jdbc, params, limit));
        }
        return groups;
    }
}
