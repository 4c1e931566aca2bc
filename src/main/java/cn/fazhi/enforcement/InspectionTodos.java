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

/** Inspections waiting for their result (the states and permission from {@link Inspection#TABLE}), in scope. */
@Component
class InspectionTodos implements TodoSource {

    private final JdbcClient jdbc;

    InspectionTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        Transitions.Step<InspectionStatus> conclude = Inspection.TABLE.require("conclude");
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.scope() == null || !caller.can(conclude.permission())) {
            return groups;
        }
        var params = new HashMap<>(caller.scope().parameters());
        params.put("toConclude", TodoQuery.states(conclude.from().toArray(InspectionStatus[]::new)));
        groups.add(new TodoQuery("enforcement.inspection.todo.conclude", "/enforcement/inspections", Inspections.CASE_TYPE,
                "/enforcement/inspections/", "FROM enforcement_inspection i WHERE i.status IN (:toConclude) AND "
                        + caller.scope().sqlCondition("i.unit_id", "i.region_code"),
                "i.id", "i.case_number", "i.target_name", "i.inspected_on").run(jdbc, params, limit));
        return groups;
    }
}
