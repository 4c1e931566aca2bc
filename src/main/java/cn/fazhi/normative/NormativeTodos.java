package cn.fazhi.normative;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.TodoQuery;
import cn.fazhi.cases.TodoSource;
import cn.fazhi.platform.scope.Caller;

/**
 * The normative register's to-do: drafts in the legality review awaiting its result and published documents awaiting
 * filing with the next level, within the caller's scope — states and permissions from {@link NormativeDocument#TABLE}.
 */
@Component
class NormativeTodos implements TodoSource {

    private final JdbcClient jdbc;

    NormativeTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        var scope = caller.scope();
        String inScope = " AND " + scope.sqlCondition("d.unit_id", "d.region_code");
        var params = new java.util.HashMap<>(scope.parameters());
        // The states each kind of work waits in, and who does it, come from the transition table's to-do steps.
        var review = NormativeDocument.TABLE.require("passReview");
        var file = NormativeDocument.TABLE.require("file");
        params.put("inReview", TodoQuery.states(review.from().toArray(NormativeStatus[]::new)));
        params.put("published", TodoQuery.states(file.from().toArray(NormativeStatus[]::new)));
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.can(review.permission())) {
            // Waiting since the comment period ended (a document goes to review after it).
            groups.add(query("normative.todo.review", "FROM normative_document d WHERE d.status IN (:inReview)"
                    + inScope, "COALESCE(d.comment_to, CAST(d.created_at AS DATE))").run(jdbc, params, limit));
        }
        if (caller.can(file.permission())) {
            groups.add(query("normative.todo.file", "FROM normative_document d WHERE d.status IN (:published)" + inScope,
                    "d.published_on").run(jdbc, params, limit));
        }
        return groups;
    }

    private static TodoQuery query(String label, String from, String since) {
        return new TodoQuery(label, "/normative", NormativeDocuments.TYPE, "/normative/documents/", from, "d.id",
                "COALESCE(d.doc_number, d.title)", "d.title", since);
    }
}
