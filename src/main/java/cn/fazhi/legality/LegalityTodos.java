package cn.fazhi.legality;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.TodoQuery;
import cn.fazhi.cases.TodoSource;
import cn.fazhi.platform.scope.Caller;

/**
 * Legality review's to-do: requests awaiting assignment (the office, who manages reviews) and requests assigned to the
 * bureau awaiting its opinion (who reviews), within the caller's scope.
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
        params.put("submitted", ReviewStatus.SUBMITTED.name());
        params.put("assigned", ReviewStatus.ASSIGNED.name());
        params.put("bureau", ReviewerKind.BUREAU.name());
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.can(LegalityConfiguration.MANAGE)) {
            groups.add(query("legality.todo.assign", "FROM legality_review r WHERE r.status = :submitted" + inScope,
                    "r.submitted_on").run(jdbc, params, limit));
        }
        if (caller.can(LegalityConfiguration.REVIEW)) {
            groups.add(query("legality.todo.review",
                    "FROM legality_review r WHERE r.status = :assigned AND r.reviewer_kind = :bureau" + inScope,
                    "r.assigned_on").run(jdbc, params, limit));
        }
        return groups;
    }

    private static TodoQuery query(String label, String from, String since) {
        return new TodoQuery(label, "/legality/reviews", LegalityReviews.CASE_TYPE, "/legality/reviews/", from, "r.id",
                "r.case_number", "r.title", since);
    }
}
