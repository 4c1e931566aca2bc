package cn.fazhi.supervision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.TodoQuery;
import cn.fazhi.cases.TodoSource;
import cn.fazhi.platform.scope.Caller;

/**
 * Missions waiting for someone: the office's next steps (notify, start, complete findings, issue the report, close)
 * for the target units of a notified written mission, the self-inspection report not yet submitted; and for an
 * inspector (linked account), the missions under way they take part in.
 */
@Component
class OversightTodos implements TodoSource {

    private final JdbcClient jdbc;

    OversightTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        List<TodoGroup> groups = new ArrayList<>();
        if (caller.scope() == null) {
            return groups;
        }
        for (var step : OversightMission.TABLE.steps()) {
            if (!step.todo() || !caller.can(step.permission())) {
                continue;
            }
            var params = new HashMap<>(caller.scope().parameters());
            params.put("waiting", TodoQuery.states(step.from().toArray(OversightStatus[]::new)));
            String from;
            if (step.name().equals("selfReport")) {
                params.put("written", OversightKind.WRITTEN.name());
                from = "FROM oversight_mission m WHERE m.status IN (:waiting) AND m.kind = :written AND EXISTS (SELECT 1 FROM "
                        + "oversight_mission_target st WHERE st.mission_id = m.id AND st.self_report IS NULL AND "
                        + caller.scope().sqlCondition("st.unit_id", "st.region_code") + ")";
            } else {
                from = "FROM oversight_mission m WHERE m.status IN (:waiting) AND "
                        + caller.scope().sqlCondition("m.unit_id", "m.region_code");
            }
            groups.add(new TodoQuery("supervision.oversight.todo." + step.name(), "/supervision/oversight/missions",
                    OversightMissions.CASE_TYPE, "/supervision/oversight/missions/", from, "m.id", "m.case_number", "m.topic",
                    "m.started_on").run(jdbc, params, limit));
        }
        // a 法治督察员 linked to an inspector taking part in a mission under way records its findings
        if (caller.can(SupervisionPermissions.INSPECT) && caller.userId() != null) {
            var params = new HashMap<String, Object>();
            params.put("underWay", OversightStatus.UNDER_WAY.name());
            params.put("me", caller.userId());
            groups.add(new TodoQuery("supervision.oversight.todo.recordFinding", "/supervision/oversight/missions",
                    OversightMissions.CASE_TYPE, "/supervision/oversight/missions/", "FROM oversight_mission m WHERE "
                            + "m.status = :underWay AND EXISTS (SELECT 1 FROM oversight_mission_inspector x JOIN "
                            + "oversight_inspector i ON i.id = x.inspector_id WHERE x.mission_id = m.id AND i.user_id = :me)",
                    "m.id", "m.case_number", "m.topic", "m.started_on").run(jdbc, params, limit));
        }
        return groups;
    }
}
