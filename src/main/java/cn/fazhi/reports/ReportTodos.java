package cn.fazhi.reports;

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
 * The annual report's to-do, each step for whoever may take it ({@link ReportStep}): internal review, the secrecy
 * review with approval (the leader), publication. The four-eyes rule ({@link ReportStep#refusal}) is applied here too,
 * so a report is not offered to the person who may not pass it.
 */
@Component
class ReportTodos implements TodoSource {

    private final JdbcClient jdbc;

    ReportTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        var scope = caller.scope();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("me", caller.username() == null ? "" : caller.username());
        String from = "FROM annual_report r JOIN region g ON g.code = r.region_code "
                + "LEFT JOIN annual_report_review v ON v.report_id = r.id WHERE "
                + scope.sqlCondition("r.unit_id", "r.region_code") + " AND r.status = ";
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.can(ReportStep.PASS_REVIEW.permission(ReportStatus.INTERNAL_REVIEW))) {
            groups.add(query("reports.todo.review", from + "'INTERNAL_REVIEW' AND (v.submitted_by IS NULL OR v.submitted_by <> :me)")
                    .run(jdbc, params, limit));
        }
        if (caller.can(ReportStep.APPROVE.permission(ReportStatus.SECRECY_REVIEW))) {
            groups.add(query("reports.todo.approve", from + "'SECRECY_REVIEW' AND (v.submitted_by IS NULL OR v.submitted_by <> :me) "
                    + "AND (v.reviewed_by IS NULL OR v.reviewed_by <> :me)").run(jdbc, params, limit));
        }
        if (caller.can(ReportStep.PUBLISH.permission(ReportStatus.APPROVED))) {
            groups.add(query("reports.todo.publish", from + "'APPROVED'").run(jdbc, params, limit));
        }
        return groups;
    }

    private static TodoQuery query(String label, String from) {
        return new TodoQuery(label, "/reports", AnnualReports.CASE_TYPE, "/reports/", from, "r.id", "CAST(r.report_year AS VARCHAR(8))", "g.name",
                "CAST(r.updated_at AS DATE)");
    }
}
