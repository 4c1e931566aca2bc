package cn.fazhi.errands;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.platform.scope.Caller;

/**
 * Who the caller is for this module: staff holding {@code errands:manage} (and read-only roles) see by data scope; an
 * agent (who may act but not manage) sees only their own beneficiaries and errands — {@link #ownAgentId} is then the
 * agent linked to the signed-in user ({@code -1} when none is linked, so nothing is seen).
 */
@Component
public class ErrandCallers {

    private final JdbcClient jdbc;
    private final Caller caller;

    ErrandCallers(JdbcClient jdbc, Caller caller) {
        this.jdbc = jdbc;
        this.caller = caller;
    }

    /** The agent the caller acts as, when the caller is an agent rather than staff; else null. */
    public Long ownAgentId() {
        if (caller.can(ErrandPermissions.MANAGE) || !caller.can(ErrandPermissions.ACT)) {
            return null;
        }
        Long user = caller.userId();
        if (user == null) {
            return -1L;
        }
        return jdbc.sql("SELECT id FROM errand_agent WHERE user_id = :u").param("u", user).query(Long.class).optional()
                .orElse(-1L);
    }
}
