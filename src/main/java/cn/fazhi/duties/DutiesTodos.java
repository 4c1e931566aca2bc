package cn.fazhi.duties;

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
 * 述法 work waiting: a unit's reports not yet submitted (holders of {@code duties:submit}, their own unit), and the
 * office's submitted reports not yet evaluated ({@code duties:manage}, by scope).
 */
@Component
class DutiesTodos implements TodoSource {

    private final JdbcClient jdbc;

    DutiesTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.scope() == null) {
            return groups;
        }
        if (caller.can(DutiesPermissions.SUBMIT)) {
            Map<String, Object> params = new HashMap<>();
            params.put("own", caller.scope().unitId());
            groups.add(new TodoQuery("duties.todo.submit", "/duties/shufa", Shufa.REPORT_TYPE, "/duties/shufa/reports/",
                    "FROM shufa_report r JOIN shufa_plan p ON p.id = r.plan_id WHERE r.submitted_on IS NULL "
                            + "AND r.unit_id = :own", "r.id", "p.title", "p.title", "p.deadline").run(jdbc, params, limit));
        }
        if (caller.can(DutiesPermissions.MANAGE)) {
            Map<String, Object> params = new HashMap<>(caller.scope().parameters());
            groups.add(new TodoQuery("duties.todo.evaluate", "/duties/shufa", Shufa.REPORT_TYPE, "/duties/shufa/reports/",
                    "FROM shufa_report r JOIN shufa_plan p ON p.id = r.plan_id JOIN unit u ON u.id = r.unit_id "
                            + "WHERE r.submitted_on IS NOT NULL AND r.grade IS NULL AND "
                            + caller.scope().sqlCondition("r.unit_id", "r.region_code"), "r.id", "u.name", "p.title",
                    "r.submitted_on").run(jdbc, params, limit));
        }
        return groups;
    }
}
