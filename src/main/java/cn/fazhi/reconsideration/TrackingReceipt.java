package cn.fazhi.reconsideration;

/**
 * Shown once to an online applicant: the tracking code and the secret (only its SM3 digest is stored). Serializable
 * because it travels to the receipt page as a flash attribute (post/redirect/get), kept in the session until shown.
 */
public record TrackingReceipt(String caseNumber, String trackingCode, String secret) implements java.io.Serializable {}
