package cn.fazhi.petitions;

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
 * Work waiting in the backlog for the petitions bureau ({@code petitions:manage}): open cases without a 包案 leader,
 * and open cases (taken in or reopened) waiting for their resolution, within the caller's scope.
 */
@Component
class PetitionTodos implements TodoSource {

    private final JdbcClient jdbc;

    PetitionTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        if (caller.scope() == null || !caller.can(Petitions.MANAGE)) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>(caller.scope().parameters());
        params.put("open", TodoQuery.states(BacklogStatus.OPEN, BacklogStatus.REOPENED));
        String from = "FROM petition_backlog b WHERE b.status IN (:open) AND "
                + caller.scope().sqlCondition("b.unit_id", "b.region_code");
        List<TodoGroup> groups = new ArrayList<>();
        groups.add(new TodoQuery("petitions.todo.leader", "/petitions?status=OPEN", Petitions.CASE_TYPE, "/petitions/",
                from + " AND b.leader_name IS NULL", "b.id", "b.case_number", "b.subject", "b.taken_on")
                .run(jdbc, params, limit));
        groups.add(new TodoQuery("petitions.todo.resolve", "/petitions?status=OPEN", Petitions.CASE_TYPE, "/petitions/",
                from + " AND b.leader_name IS NOT NULL", "b.id", "b.case_number", "b.subject", "b.taken_on")
                .run(jdbc, params, limit));
        return groups.stream().filter(g -> g.count() > 0).toList();
    }
}
