package cn.fazhi.mediation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.TodoQuery;
import cn.fazhi.cases.TodoSource;
import cn.fazhi.mediation.domain.DisputeRepository;
import cn.fazhi.mediation.domain.DisputeSteps;
import cn.fazhi.platform.scope.Caller;

/**
 * Mediation's to-do, its states read from the transition table ({@link DisputeSteps#TABLE}): applications filed on the
 * public portal waiting in the states the {@code accept} step is taken from, in the caller's scope (those who handle
 * disputes), and the disputes the caller mediates (a mediator linked to the user) in every state where a to-do step
 * waits for the handling permission.
 */
@Component
class MediationTodos implements TodoSource {

    private static final String SCOPE = " AND ";
    private final JdbcClient jdbc;

    MediationTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        if (!caller.can(DisputeSteps.HANDLE)) {
            return List.of();
        }
        var scope = caller.scope();
        String inScope = scope.sqlCondition(DisputeRepository.SCOPE_UNIT, DisputeRepository.SCOPE_REGION);
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("acceptable", TodoQuery.states(DisputeSteps.TABLE.require(DisputeSteps.ACCEPT).from()
                .toArray(DisputeStatus[]::new)));
        params.put("online", IntakeChannel.ONLINE_PORTAL.name());
        params.put("handling", TodoQuery.states(DisputeSteps.TABLE.waitingFor(DisputeSteps.HANDLE)
                .toArray(DisputeStatus[]::new)));
        List<TodoGroup> groups = new ArrayList<>();
        groups.add(query("mediation.todo.online", "/mediation?status=REGISTERED",
                "FROM dispute d WHERE d.status IN (:acceptable) AND d.channel = :online" + SCOPE + inScope,
                "d.received_on").run(jdbc, params, limit));
        if (caller.userId() != null) {
            params.put("me", caller.userId());
            groups.add(query("mediation.todo.mine", "/mediation",
                    "FROM dispute d JOIN mediator m ON m.id = d.handler_id WHERE m.user_id = :me "
                            + "AND d.status IN (:handling)" + SCOPE + inScope,
                    "d.received_on").run(jdbc, params, limit));
        }
        return groups;
    }

    private static TodoQuery query(String label, String listPath, String from, String since) {
        return new TodoQuery(label, listPath, Disputes.CASE_TYPE, "/mediation/", from, "d.id", "d.case_number",
                "SUBSTRING(d.summary, 1, 40)", since);
    }
}
