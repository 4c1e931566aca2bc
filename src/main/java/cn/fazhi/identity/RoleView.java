package cn.fazhi.identity;

import java.util.Set;

import cn.fazhi.platform.scope.ScopeLevel;

/** A role: a named bundle of permissions with a data scope. */
public record RoleView(long id, String code, String name, String description, ScopeLevel dataScope, boolean builtIn,
        Set<String> permissions, int version) {}
