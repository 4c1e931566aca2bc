package cn.fazhi.enforcement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.TodoQuery;
import cn.fazhi.cases.TodoSource;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.scope.Caller;

/**
 * The penalty case's to-dos, within the caller's scope: cases to notify or decide and decisions to serve or close
 * (handler), cases awaiting 法制审核 (reviewer), hearings to hold (handler) — states and permissions from
 * {@link EnforcementCase#TABLE}'s to-do steps.
 */
@Component
class EnforcementCaseTodos implements TodoSource {

    private final JdbcClient jdbc;

    EnforcementCaseTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        var scope = caller.scope();
        if (scope == null) {
            return List.of();
        }
        String inScope = " AND " + scope.sqlCondition("c.unit_id", "c.region_code");
        List<TodoGroup> groups = new ArrayList<>();
        for (String name : List.of("decide", "passReview", "holdHearing", "serve", "close")) {
            Transitions.Step<PenaltyStatus> step = EnforcementCase.TABLE.require(name);
            if (!caller.can(step.permission())) {
                continue;
            }
            var params = new HashMap<String, Object>(scope.parameters());
            params.put("states", TodoQuery.states(step.from().toArray(PenaltyStatus[]::new)));
            groups.add(new TodoQuery("enforcement.cases.todo." + name, "/enforcement/cases", EnforcementCases.CASE_TYPE,
                    EnforcementCases.PATH, "FROM enforcement_case c WHERE c.status IN (:states)" + inScope, "c.id",
                    "c.case_number", "c.violation_name", "c.filed_on").run(jdbc, params, limit));
        }
        return groups;
    }
}
