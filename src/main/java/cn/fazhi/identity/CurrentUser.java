package cn.fazhi.identity;

import java.util.Set;

import cn.fazhi.platform.scope.DataScope;

/** The signed-in user as every module sees it: who, which unit and region, what they may do and see. */
public record CurrentUser(long id, String username, String displayName, long unitId, String regionCode,
        DataScope scope, Set<String> permissions, boolean mustChangePassword, String locale) implements java.io.Serializable {

    public boolean can(String permission) {
        return permissions.contains(permission);
    }
}
