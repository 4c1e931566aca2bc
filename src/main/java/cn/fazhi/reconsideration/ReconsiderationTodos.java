package cn.fazhi.reconsideration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.TodoQuery;
import cn.fazhi.cases.TodoSource;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.reconsideration.domain.LitigationCase;
import cn.fazhi.reconsideration.domain.ReconsiderationCase;

/**
 * Reconsideration's and litigation's to-do, the waiting states read from the transition tables
 * ({@code waitingFor(permission)}): applications awaiting the acceptance review (for those who review), cases waiting
 * for a handler that have none (for those who review: to assign), the cases waiting for their handler that are
 * assigned to the caller, and the open suits assigned to the caller. All within the caller's scope.
 */
@Component
class ReconsiderationTodos implements TodoSource {

    private final JdbcClient jdbc;

    ReconsiderationTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static List<String> names(Set<? extends Enum<?>> states) {
        return states.stream().map(Enum::name).toList();
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        var scope = caller.scope();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String inScope = " AND " + scope.sqlCondition("c.unit_id", "c.region_code");
        Long me = caller.userId();
        if (me != null) {
            params.put("me", me);
        }
        params.put("review", names(ReconsiderationCase.TABLE.waitingFor(ReconsiderationCases.REVIEW)));
        params.put("handling", names(ReconsiderationCase.TABLE.waitingFor(ReconsiderationCases.HANDLE)));
        params.put("suitOpen", names(LitigationCase.TABLE.waitingFor(LitigationCases.EDIT)));
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.can(ReconsiderationCases.REVIEW)) {
            groups.add(reconsideration("reconsideration.todo.review", "/reconsideration?status=RECEIVED",
                    "FROM reconsideration_case c WHERE c.status IN (:review)" + inScope, "c.received_on")
                    .run(jdbc, params, limit));
            groups.add(reconsideration("reconsideration.todo.assign", "/reconsideration?status=ACCEPTED",
                    "FROM reconsideration_case c WHERE c.status IN (:handling) AND c.handler_id IS NULL" + inScope,
                    "c.accepted_on").run(jdbc, params, limit));
        }
        if (me != null && caller.can(ReconsiderationCases.HANDLE)) {
            groups.add(reconsideration("reconsideration.todo.mine", "/reconsideration?mine=true",
                    "FROM reconsideration_case c WHERE c.status IN (:handling) AND c.handler_id = :me"
                            + inScope, "c.accepted_on").run(jdbc, params, limit));
        }
        if (me != null && caller.can(LitigationCases.EDIT)) {
            groups.add(new TodoQuery("litigation.todo.mine", "/litigation", LitigationCases.TYPE, "/litigation/",
                    "FROM litigation_case c WHERE c.status IN (:suitOpen) AND c.handler_id = :me"
                            + inScope, "c.id", "c.internal_number", "SUBSTRING(c.subject, 1, 40)",
                    "c.filed_on").run(jdbc, params, limit));
        }
        return groups;
    }

    private static TodoQuery reconsideration(String label, String listPath, String from, String since) {
        return new TodoQuery(label, listPath, ReconsiderationCases.TYPE, "/reconsideration/", from, "c.id",
                "c.case_number", "SUBSTRING(c.act_description, 1, 40)", since);
    }
}
