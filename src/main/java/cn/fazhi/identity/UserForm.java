package cn.fazhi.identity;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Create or edit a user. On create {@code password} is the initial password (the user must change it at first
 * sign-in); on edit blank ID or phone fields keep the stored values.
 */
public record UserForm(
        @NotBlank(message = "{identity.user.username.required}") @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_.-]{2,31}", message = "{identity.user.username.pattern}") String username,
        @NotBlank(message = "{identity.user.displayName.required}") @Size(max = 64, message = "{identity.user.displayName.size}") String displayName,
        @NotNull(message = "{identity.user.unit.required}") Long unitId,
        List<Long> roleIds,
        String password,
        String idNumber,
        String phone,
        Boolean enabled,
        Integer version) {

    public boolean isEnabled() {
        return Boolean.TRUE.equals(enabled);
    }

    public static UserForm empty() {
        return new UserForm("", "", null, List.of(), "", "", "", true, null);
    }
}
