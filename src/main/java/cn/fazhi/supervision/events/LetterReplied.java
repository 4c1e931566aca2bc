package cn.fazhi.supervision.events;

import java.time.LocalDate;

/** A unit answered a supervision instrument; {@code onTime}: on or before its deadline. */
public record LetterReplied(long letterId, long clueId, long unitId, LocalDate repliedOn, boolean onTime) {}
