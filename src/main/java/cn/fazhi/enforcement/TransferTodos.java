package cn.fazhi.enforcement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.TodoQuery;
import cn.fazhi.cases.TodoSource;
import cn.fazhi.platform.scope.Caller;

/** Transfers waiting for someone: reports for the head, approved cases to hand over, receipts to record. */
@Component
class TransferTodos implements TodoSource {

    private final JdbcClient jdbc;

    TransferTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.scope() == null) {
            return groups;
        }
        for (var step : Transfer.TABLE.steps()) {
            if (!step.todo() || !caller.can(step.permission())) {
                continue;
            }
            var params = new HashMap<>(caller.scope().parameters());
            params.put("waiting", TodoQuery.states(step.from().toArray(TransferStatus[]::new)));
            groups.add(new TodoQuery("enforcement.transfer.todo." + step.name(), "/enforcement/transfers",
                    Transfers.CASE_TYPE, "/enforcement/transfers/", "FROM enforcement_transfer t WHERE t.status IN (:waiting) AND "
                            + caller.scope().sqlCondition("t.unit_id", "t.region_code"),
                    "t.id", "t.case_number", "t.suspected_crime", "t.reported_on").run(jdbc, params, limit));
        }
        return groups;
    }
}
