package cn.fazhi.supervision.events;

import java.time.LocalDate;

/** A supervision instrument ({@code kind}: a {@code LetterKind} name) was issued on clue {@code clueId} to a unit. */
public record LetterIssued(long letterId, long clueId, String letterNumber, String kind, long unitId, LocalDate issuedOn,
        LocalDate dueOn) {}
