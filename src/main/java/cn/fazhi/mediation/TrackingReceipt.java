package cn.fazhi.mediation;

/**
 * Handed to the applicant once: the tracking code and the secret (only its SM3 digest is stored). Serializable because
 * it travels to the receipt page as a flash attribute (post/redirect/get), kept in the session until that page shows it.
 */
public record TrackingReceipt(String trackingCode, String secret, String caseNumber) implements java.io.Serializable {}
