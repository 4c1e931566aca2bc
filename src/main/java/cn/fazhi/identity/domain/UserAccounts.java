package cn.fazhi.identity.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.fazhi.identity.CurrentUser;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/** Reads user accounts with their roles, permissions and data scope. */
@Repository
public class UserAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    public UserAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The principal for a username, or empty. */
    public Optional<FazhiUserDetails> loadDetails(String username) {
        return jdbc.sql("SELECT id, username, display_name, unit_id, region_code, password_hash, enabled, "
                        + "must_change_password, locked_until, locale FROM app_user WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    boolean locked = lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now(clock));
                    return new Row(id, rs.getString("username"), rs.getString("display_name"), rs.getLong("unit_id"),
                            rs.getString("region_code"), rs.getString("password_hash"), rs.getBoolean("enabled"),
                            rs.getBoolean("must_change_password"), locked, rs.getString("locale"));
                }).optional().map(this::toDetails);
    }

    public Optional<FazhiUserDetails> loadDetails(long userId) {
        return jdbc.sql("SELECT username FROM app_user WHERE id = :id").param("id", userId).query(String.class)
                .optional().flatMap(this::loadDetails);
    }

    private FazhiUserDetails toDetails(Row row) {
        List<Object[]> roles = jdbc.sql("SELECT r.id, r.data_scope FROM app_role r JOIN user_role ur ON ur.role_id = r.id "
                + "WHERE ur.user_id = :id").param("id", row.id())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        ScopeLevel level = ScopeLevel.UNIT;
        for (Object[] role : roles) {
            level = level.widest(ScopeLevel.valueOf((String) role[1]));
        }
        Set<String> permissions = new HashSet<>(jdbc.sql("SELECT DISTINCT rp.permission FROM role_permission rp "
                + "JOIN user_role ur ON ur.role_id = rp.role_id WHERE ur.user_id = :id").param("id", row.id())
                .query(String.class).list());
        CurrentUser user = new CurrentUser(row.id(), row.username(), row.displayName(), row.unitId(), row.regionCode(),
                scopeFor(level, row.unitId(), row.regionCode()), Set.copyOf(permissions), row.mustChange(), row.locale());
        return new FazhiUserDetails(user, row.hash(), row.enabled(), row.locked());
    }

    /**
     * Data scope of a user: a district-wide role sees the district; a township role sees the user's township (the
     * first 9 digits of the region code of the user's unit); a unit role sees the user's unit only.
     */
    static DataScope scopeFor(ScopeLevel level, long unitId, String regionCode) {
        return switch (level) {
            case DISTRICT -> new DataScope(level, unitId, Regions.DISTRICT_CODE);
            case TOWNSHIP -> new DataScope(level, unitId, regionCode.length() >= 9 ? regionCode.substring(0, 9) : regionCode);
            case UNIT -> new DataScope(level, unitId, regionCode);
        };
    }

    private record Row(long id, String username, String displayName, long unitId, String regionCode, String hash,
            boolean enabled, boolean mustChange, boolean locked, String locale) {}
}
