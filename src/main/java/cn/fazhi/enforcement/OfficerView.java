package cn.fazhi.enforcement;

import java.time.LocalDate;

/**
 * An officer as staff pages and the API show them: the ID number only masked; {@code certificateNumber},
 * {@code standing} and {@code validUntil} describe their best certificate today (the one expiring last), or are null.
 */
public record OfficerView(long id, long unitId, String unitName, String regionCode, Long bodyId, String bodyName,
        Long userId, String username, String name, String idNumberMasked, String post, LocalDate appointedOn,
        boolean legalQualification, String legalQualificationNo, boolean reviewer, boolean active,
        String certificateNumber, CertificateStanding standing, LocalDate validUntil, int version) {

    public boolean certifiedToday() {
        return standing == CertificateStanding.VALID;
    }
}
