package cn.fazhi.identity;

import java.time.OffsetDateTime;
import java.util.List;

/** A user account as lists and pages show it; personal data is masked. */
public record UserView(long id, String username, String displayName, long unitId, String unitName, String regionCode,
        boolean enabled, boolean mustChangePassword, OffsetDateTime lockedUntil, String idNumberMasked,
        String phoneMasked, List<String> roleCodes, List<String> roleNames, int version) {

    public boolean locked(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
