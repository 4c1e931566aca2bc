package cn.fazhi.legality;

import java.time.LocalDate;

/** A legal opinion (法律意见书) an adviser gave, with the review request it answered if any. */
public record OpinionView(long id, long adviserId, String adviserName, LocalDate givenOn, String subject, Long reviewId,
        String reviewNumber) {}
