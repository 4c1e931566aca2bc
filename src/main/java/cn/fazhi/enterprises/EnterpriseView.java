package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise as the help desk sees it; the legal representative's phone only masked. {@code deskToken} is the
 * secret part of the desk code's address (shown to staff who print the code, never on public pages).
 */
public record EnterpriseView(long id, String uscc, String name, String industryCode, EnterpriseSize size,
        String regionCode, LocalDate registeredOn, BigDecimal revenueWan, Integer employees, String address,
        String legalRep, String phoneMasked, String deskToken, LocalDate deskIssuedOn, String status,
        List<Certification> certifications, int version) {

    /** A certification held (code from the settings' list), with its dates. */
    public record Certification(String code, LocalDate obtainedOn, LocalDate expiresOn) {

        public boolean validOn(LocalDate day) {
            return !obtainedOn.isAfter(day) && (expiresOn == null || expiresOn.isAfter(day));
        }
    }
}
