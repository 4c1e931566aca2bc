package cn.fazhi.legality;

/** How a certificate requirement is handled after the reduction: kept (保留) or 告知承诺 (notification and commitment). */
public enum CertificateHandling {
    RETAINED, NOTIFICATION_COMMITMENT
}
