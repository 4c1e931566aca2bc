package cn.fazhi.enforcement;

/** The recorded status of a 行政执法证 (contract column {@code enforcement_certificate.status}). */
public enum CertificateStatus {
    /** 有效. */
    VALID,
    /** 暂扣: not valid from its status date until reinstated. */
    SUSPENDED,
    /** 注销/吊销: never valid again from its status date. */
    REVOKED,
    /** 过期: marked by the nightly job the day after its expiry date. */
    EXPIRED
}
