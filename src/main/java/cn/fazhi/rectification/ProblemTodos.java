package cn.fazhi.rectification;

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
 * Problems waiting for someone, from the transition table's to-do steps: the responsible unit's problems to plan
 * (OPEN) and to submit (IN_PROGRESS), for holders of {@code rectification:respond} whose scope covers the unit; the
 * issuing side's problems submitted for acceptance (SUBMITTED), for holders of {@code rectification:accept} whose
 * scope covers the issuing unit — never a unit's own problems.
 */
@Component
class ProblemTodos implements TodoSource {

    private final JdbcClient jdbc;

    ProblemTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.scope() == null || !caller.can(RectificationPermissions.VIEW)) {
            return groups;
        }
        for (var step : Problem.TABLE.steps()) {
            if (!step.todo() || !caller.can(step.permission())) {
                continue;
            }
            Map<String, Object> params = new HashMap<>(caller.scope().parameters());
            params.put("waiting", TodoQuery.states(step.from().toArray(ProblemStatus[]::new)));
            String side;
            if (Problem.ISSUER_STEPS.contains(step.name())) {
                side = caller.scope().sqlCondition("p.issuer_unit_id", "p.region_code") + " AND p.unit_id <> :todoUnit";
                params.put("todoUnit", caller.scope().unitId());
            } else {
                side = caller.scope().sqlCondition("p.unit_id", "p.region_code");
            }
            groups.add(new TodoQuery("rectification.todo." + step.name(), "/rectification/problems?status="
                    + step.from().iterator().next().name(), Problems.CASE_TYPE, "/rectification/problems/",
                    "FROM rectification_problem p WHERE p.status IN (:waiting) AND " + side, "p.id", "p.case_number",
                    "SUBSTRING(p.finding, 1, 80)", step.name().equals("accept") ? "p.submitted_on" : "p.found_on")
                    .run(jdbc, params, limit));
        }
        return groups;
    }
}
