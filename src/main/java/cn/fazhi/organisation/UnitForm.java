package cn.fazhi.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or edit a unit. */
public record UnitForm(
        @NotBlank(message = "{organisation.unit.code.required}") @Pattern(regexp = "[A-Za-z0-9-]{2,32}", message = "{organisation.unit.code.pattern}") String code,
        @NotBlank(message = "{organisation.unit.name.required}") @Size(max = 100, message = "{organisation.unit.name.size}") String name,
        @NotBlank(message = "{organisation.unit.shortName.required}") @Size(max = 40, message = "{organisation.unit.shortName.size}") String shortName,
        @NotNull(message = "{organisation.unit.type.required}") UnitType type,
        Long parentId,
        @NotBlank(message = "{organisation.unit.region.required}") String regionCode,
        String uscc,
        Boolean active,
        Integer version) {

    /** The USCC upper-cased, or null when none was given. */
    public String normalisedUscc() {
        return uscc == null || uscc.isBlank() ? null : uscc.trim().toUpperCase();
    }

    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    public static UnitForm of(UnitView u) {
        return new UnitForm(u.code(), u.name(), u.shortName(), u.type(), u.parentId(), u.regionCode(), u.uscc(), u.active(),
                u.version());
    }

    public static UnitForm empty() {
        return new UnitForm("", "", "", UnitType.DEPARTMENT, null, "421202", "", true, null);
    }
}
