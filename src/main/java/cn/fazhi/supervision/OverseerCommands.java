package cn.fazhi.supervision;

import java.time.LocalDate;

/** What the pages and the API send to {@link Overseers}. */
public final class OverseerCommands {

    private OverseerCommands() {}

    /**
     * An inspector to appoint or correct: name, kind, affiliation, phone (kept encrypted; blank on an update keeps the
     * stored one), the account to link (username, optional), the appointment (date, document number, term end).
     */
    public record Save(String name, OverseerKind kind, String affiliation, String phone, String username,
            LocalDate appointedOn, String appointmentDoc, LocalDate termEndsOn, Integer version) {}

    /** A dismissal (解聘) on a day. */
    public record Dismiss(Integer version, LocalDate dismissedOn) {}

    public record Query(String q, OverseerKind kind, OverseerStatus status) {}
}
