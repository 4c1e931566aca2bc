package cn.fazhi.legality;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** What callers send to {@link LegalAdvisers}. */
public final class AdviserCommands {

    private AdviserCommands() {}

    /** A person (optionally with the firm they belong to) or a firm (its USCC required). */
    public record Engage(AdviserKind kind, String name, String firmName, String firmUscc, @DateTimeFormat(iso = ISO.DATE) LocalDate engagedFrom,
            @DateTimeFormat(iso = ISO.DATE) LocalDate engagedTo) {}

    /** An opinion the adviser gave, optionally on a review request. */
    public record Opinion(Long adviserId, @DateTimeFormat(iso = ISO.DATE) LocalDate givenOn, String subject, Long reviewId) {}
}
