package cn.fazhi.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.identity.domain.FazhiUserDetails;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * Who may be assigned a case as its handler: enabled, unlocked users holding a permission (through their roles) whose
 * own data scope covers the case's unit and region, so that they can open what they are given.
 */
@Service
public class Assignees {

    /** A user who can be chosen as handler. */
    public record Assignee(long id, String displayName, String unitName) {}

    private final JdbcClient jdbc;
    private final UserAccounts accounts;

    Assignees(JdbcClient jdbc, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** Users holding {@code permission} whose scope covers a record of {@code unitId} in {@code regionCode}, by name. */
    @Transactional(readOnly = true)
    public List<Assignee> holding(String permission, long unitId, String regionCode) {
        return jdbc.sql("SELECT DISTINCT u.id, u.display_name, un.short_name FROM app_user u JOIN unit un ON un.id = u.unit_id "
                        + "JOIN user_role ur ON ur.user_id = u.id JOIN role_permission rp ON rp.role_id = ur.role_id "
                        + "WHERE rp.permission = :p AND u.enabled = TRUE ORDER BY u.display_name, u.id")
                .param("p", permission)
                .query((rs, n) -> new Assignee(rs.getLong(1), rs.getString(2), rs.getString(3))).list().stream()
                .filter(a -> accounts.loadDetails(a.id()).filter(FazhiUserDetails::isAccountNonLocked)
                        .map(d -> d.user().scope().covers(unitId, regionCode)).orElse(false))
                .toList();
    }

    /** The display name of a user, for showing who handles a case. */
    @Transactional(readOnly = true)
    public Optional<String> displayName(long userId) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE id = :id").param("id", userId).query(String.class).optional();
    }
}
