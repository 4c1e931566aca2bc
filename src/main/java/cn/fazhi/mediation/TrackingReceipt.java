package cn.fazhi.mediation;

/** Handed to the applicant once: the tracking code and the secret (only its SM3 digest is stored). */
public record TrackingReceipt(String trackingCode, String secret, String caseNumber) {}
