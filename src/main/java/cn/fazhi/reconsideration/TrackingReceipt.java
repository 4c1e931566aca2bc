package cn.fazhi.reconsideration;

import java.time.LocalDate;

/**
 * Shown once to an online applicant: the tracking code and the secret (the kernel's {@code TrackingReceipts} keeps
 * the secret only salted and hashed). {@code late}
 * says that the 60-day application window (行政复议法 Art. 20(1)), counted from {@code learnedOn}, appears to have
 * ended on {@code windowEndsOn} before the application arrived on {@code receivedOn}: a warning for the applicant,
 * not a refusal (a delay for 不可抗力 or another 正当理由 does not count, Art. 20(2)). Serializable because it travels
 * to the receipt page as a flash attribute (post/redirect/get), kept in the session until shown.
 */
public record TrackingReceipt(String caseNumber, String trackingCode, String secret, boolean late, LocalDate learnedOn,
        LocalDate windowEndsOn, LocalDate receivedOn) implements java.io.Serializable {}
