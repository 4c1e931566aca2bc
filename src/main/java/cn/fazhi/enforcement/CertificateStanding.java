package cn.fazhi.enforcement;

/**
 * What a certificate is worth on a given day, as the public check (亮证) answers it: valid, or why not. Computed from
 * the dates and the recorded status by the rule of {@link CertificateChecks} (an expiry date passed counts even before
 * the nightly job has marked it).
 */
public enum CertificateStanding {
    VALID,
    NOT_YET_VALID,
    SUSPENDED,
    REVOKED,
    EXPIRED,
    /** The holder has left enforcement work (officer inactive). */
    HOLDER_INACTIVE;

    public static CertificateStanding on(java.time.LocalDate day, java.time.LocalDate issuedOn,
            java.time.LocalDate expiresOn, CertificateStatus status, java.time.LocalDate statusSince,
            boolean holderActive) {
        if (!holderActive) {
            return HOLDER_INACTIVE;
        }
        if ((status == CertificateStatus.SUSPENDED || status == CertificateStatus.REVOKED) && !statusSince.isAfter(day)) {
            return status == CertificateStatus.SUSPENDED ? SUSPENDED : REVOKED;
        }
        if (day.isAfter(expiresOn)) {
            return EXPIRED;
        }
        if (day.isBefore(issuedOn)) {
            return NOT_YET_VALID;
        }
        return VALID;
    }
}
