package cn.fazhi.identity;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.fazhi.platform.scope.ScopeLevel;

/** Create or edit a role. */
public record RoleForm(
        @NotBlank(message = "{identity.role.code.required}") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "{identity.role.code.pattern}") String code,
        @NotBlank(message = "{identity.role.name.required}") @Size(max = 64, message = "{identity.role.name.size}") String name,
        @Size(max = 500, message = "{identity.role.description.size}") String description,
        @NotNull(message = "{identity.role.scope.required}") ScopeLevel dataScope,
        List<String> permissions,
        Integer version) {

    public static RoleForm empty() {
        return new RoleForm("", "", "", ScopeLevel.UNIT, List.of(), null);
    }
}
