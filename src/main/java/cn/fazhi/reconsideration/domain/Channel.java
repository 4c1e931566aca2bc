package cn.fazhi.reconsideration.domain;

import java.time.LocalDate;

/** How an application arrived, which decides its receipt date (the day the acceptance review starts from). */
public enum Channel {
    ONLINE_PORTAL, IN_PERSON, POST;

    /**
     * The receipt date: in person and online, the day the application was submitted; by post, the day the office
     * signed for it (民事诉讼法 Art. 85 and 行政复议法 Art. 88: documents posted in time are in time, but the review
     * period runs from receipt).
     */
    public LocalDate receiptDate(LocalDate submittedOn, LocalDate signedForOn) {
        return this == POST ? signedForOn : submittedOn;
    }
}
