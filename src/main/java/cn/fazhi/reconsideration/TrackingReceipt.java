package cn.fazhi.reconsideration;

/** Shown once to an online applicant: the tracking code and the secret (only its SM3 digest is stored). */
public record TrackingReceipt(String caseNumber, String trackingCode, String secret) {}
