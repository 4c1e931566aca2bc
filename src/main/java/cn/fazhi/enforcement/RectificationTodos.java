package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.TodoQuery;
import cn.fazhi.cases.TodoSource;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;

/**
 * Rectification tasks in the to-do list and the due-date warnings: a unit's open and overdue tasks wait for its
 * officers (HANDLE: report), reported ones for the bureau (SUPERVISE: accept or return) — the states and permissions
 * from {@link RectificationStatus.Step}; each open task's deadline is a due item.
 */
@Component
class RectificationTodos implements TodoSource, DeadlineSource {

    /** The kind under which tasks appear among to-dos and deadlines. */
    static final String KIND = "rectification";
    static final String PATH = "/enforcement/file-reviews/rectifications/";

    private final JdbcClient jdbc;

    RectificationTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        DataScope scope = caller.scope();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String inScope = " AND " + scope.sqlCondition("t.unit_id", "t.region_code");
        List<TodoGroup> groups = new ArrayList<>();
        for (RectificationStatus.Step step : List.of(RectificationStatus.Step.REPORT, RectificationStatus.Step.ACCEPT)) {
            if (!caller.can(step.permission())) {
                continue;
            }
            List<String> states = new ArrayList<>();
            for (RectificationStatus s : RectificationStatus.values()) {
                if (step.allowedFrom(s)) {
                    states.add(s.name());
                }
            }
            params.put("states" + step.ordinal(), states);
            groups.add(new TodoQuery("enforcement.rectification.todo." + step.name(), "/enforcement/file-reviews/rectifications",
                    KIND, PATH, "FROM enforcement_rectification t WHERE t.status IN (:states" + step.ordinal() + ")" + inScope,
                    "t.id", "COALESCE(t.reference, CAST(t.id AS VARCHAR(20)))", "SUBSTRING(t.problem, 1, 80)",
                    step == RectificationStatus.Step.REPORT ? "t.issued_on" : "t.reported_on").run(jdbc, params, limit));
        }
        return groups;
    }

    /** Open (or overdue) tasks whose deadline falls on or before {@code until}. */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until);
        params.put("open", List.of(RectificationStatus.OPEN.name(), RectificationStatus.OVERDUE.name()));
        return jdbc.sql("SELECT t.id, t.reference, t.problem, t.deadline, t.unit_id, t.region_code FROM enforcement_rectification t "
                        + "WHERE t.status IN (:open) AND t.deadline <= :until AND "
                        + scope.sqlCondition("t.unit_id", "t.region_code") + " ORDER BY t.deadline")
                .params(params)
                .query((rs, n) -> {
                    String problem = rs.getString("problem");
                    return new DueItem(new CaseRef(KIND, rs.getLong("id")),
                            rs.getString("reference") == null ? String.valueOf(rs.getLong("id")) : rs.getString("reference"),
                            problem.length() > 80 ? problem.substring(0, 80) : problem, "enforcement.rectification.deadline",
                            rs.getObject("deadline", LocalDate.class), rs.getLong("unit_id"), rs.getString("region_code"),
                            PATH + rs.getLong("id"));
                })
                .list();
    }
}
