package cn.fazhi.legality;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.TodoQuery;
import cn.fazhi.cases.TodoSource;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.scope.Caller;

/**
 * Legality review's to-do: requests awaiting assignment and requests assigned to the bureau awaiting its opinion,
 * within the caller's scope — the states and the permission of each from {@link LegalityReview#TABLE}.
 */
@Component
class LegalityTodos implements TodoSource {

    private final JdbcClient jdbc;

    LegalityTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        var scope = caller.scope();
        String inScope = " AND " + scope.sqlCondition("r.unit_id", "r.region_code");
        var params = new java.util.HashMap<>(scope.parameters());
        // The states each kind of work waits in come from the transition table's to-do steps.
        Transitions.Step<ReviewStatus> assign = LegalityReview.TABLE.require("assign");
        Transitions.Step<ReviewStatus> conclude = LegalityReview.TABLE.require("conclude");
        params.put("toAssign", TodoQuery.states(assign.from().toArray(ReviewStatus[]::new)));
        params.put("toConclude", TodoQuery.states(conclude.from().toArray(ReviewStatus[]::new)));
        params.put("bureau", ReviewerKind.BUREAU.name());
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.can(assign.permission())) {
            groups.add(query("legality.todo.assign", "FROM legality_review r WHERE r.status IN (:toAssign)" + inScope,
                    "r.submitted_on").run(jdbc, params, limit));
        }
        if (caller.can(conclude.permission())) {
            groups.add(query("legality.todo.review",
                    "FROM legality_review r WHERE r.status IN (:toConclude) AND r.reviewer_kind = :bureau" + inScope,
                    "r.assigned_on").run(jdbc, params, limit));
        }
        return groups;
    }

    private static TodoQuery query(String label, String from, String since) {
        return new TodoQuery(label, "/legality/reviews", LegalityReviews.CASE_TYPE, "/legality/reviews/", from, "r.id",
                "r.case_number", "r.title", since);
    }
}
