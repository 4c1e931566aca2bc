package cn.fazhi.oneform;

import java.util.HashMap;
import java.util.Map;

import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The part of the register a caller sees, as a fixed SQL condition over a village-code column with bound values:
 * district roles the whole district; township staff (who review or manage) their township's villages; anyone else
 * in a township — a village clerk — only the villages assigned to them ({@code oneform_clerk_village}); a unit's
 * staff nothing.
 */
public record RegisterScope(Kind kind, String regionPrefix, long userId) {

    public enum Kind { REGION, CLERK, NONE }

    public static RegisterScope of(CurrentUser user) {
        ScopeLevel level = user.scope().level();
        if (level == ScopeLevel.DISTRICT) {
            return new RegisterScope(Kind.REGION, user.scope().regionCode(), user.id());
        }
        if (level == ScopeLevel.TOWNSHIP) {
            if (user.can(OneformPermissions.REVIEW) || user.can(OneformPermissions.MANAGE)) {
                return new RegisterScope(Kind.REGION, user.scope().regionCode(), user.id());
            }
            return new RegisterScope(Kind.CLERK, user.scope().regionCode(), user.id());
        }
        return new RegisterScope(Kind.NONE, user.scope().regionCode(), user.id());
    }

    /** The condition over {@code villageColumn} (the caller's constant); values in {@link #parameters()}. */
    public String sql(String villageColumn) {
        return switch (kind) {
            case REGION -> villageColumn + " LIKE :scopePrefix";
            case CLERK -> villageColumn + " IN (SELECT cv.village_code FROM oneform_clerk_village cv WHERE cv.user_id = :scopeUser)";
            case NONE -> "1 = 0";
        };
    }

    public Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        switch (kind) {
            case REGION -> p.put("scopePrefix", regionPrefix + "%");
            case CLERK -> p.put("scopeUser", userId);
            case NONE -> { }
        }
        return p;
    }
}
