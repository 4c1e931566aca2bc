package cn.fazhi.reported;

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
 * Work waiting on reported figures: for the office ({@code reported:approve}) the submissions to approve or return
 * (not its own); for a unit ({@code reported:submit}) its submissions returned and not yet submitted anew.
 */
@Component
class ReportedTodos implements TodoSource {

    private final JdbcClient jdbc;

    ReportedTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        if (caller.scope() == null) {
            return List.of();
        }
        List<TodoGroup> groups = new ArrayList<>();
        String scoped = caller.scope().sqlCondition("f.unit_id", "f.region_code");
        String title = "CONCAT(CONCAT(d.name, ' '), CAST(f.period_year AS VARCHAR(8)))";
        if (caller.can(Reported.APPROVE)) {
            Map<String, Object> params = new HashMap<>(caller.scope().parameters());
            params.put("s", ReportedStatus.SUBMITTED.name());
            params.put("me", String.valueOf(caller.username()));
            groups.add(new TodoQuery("reported.todo.approve", "/reported-figures?status=SUBMITTED", Reported.CASE_TYPE,
                    "/reported-figures/", "FROM reported_figure f JOIN reported_definition d ON d.id = f.definition_id "
                            + "WHERE f.status = :s AND f.submitted_by <> :me AND " + scoped,
                    "f.id", "f.case_number", title, "f.submitted_on").run(jdbc, params, limit));
        }
        if (caller.can(Reported.SUBMIT)) {
            Map<String, Object> params = new HashMap<>(caller.scope().parameters());
            params.put("s", ReportedStatus.RETURNED.name());
            params.put("open", List.of(ReportedStatus.SUBMITTED.name(), ReportedStatus.APPROVED.name()));
            groups.add(new TodoQuery("reported.todo.returned", "/reported-figures?status=RETURNED", Reported.CASE_TYPE,
                    "/reported-figures/", "FROM reported_figure f JOIN reported_definition d ON d.id = f.definition_id "
                            + "WHERE f.status = :s AND " + scoped + " AND NOT EXISTS (SELECT 1 FROM reported_figure g "
                            + "WHERE g.definition_id = f.definition_id AND g.period_year = f.period_year "
                            + "AND g.id > f.id AND g.status IN (:open))",
                    "f.id", "f.case_number", title, "f.decided_on").run(jdbc, params, limit));
        }
        return groups.stream().filter(g -> g.count() > 0).toList();
    }
}
