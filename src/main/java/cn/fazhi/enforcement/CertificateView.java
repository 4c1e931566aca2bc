package cn.fazhi.enforcement;

import java.time.LocalDate;

/** A certificate with its recorded status and what it is worth today. */
public record CertificateView(long id, long officerId, String number, String issuingAuthority, String areas,
        LocalDate issuedOn, LocalDate expiresOn, CertificateStatus status, LocalDate statusSince, String statusReason,
        CertificateStanding standing, int version) {}
