package cn.fazhi.supervision;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What the office and the units send to handle clues and instruments. Each step carries the clue's {@code version}
 * as read (missing: 400, stale: 409). Checks are made by {@link ClueDesk} with Chinese messages; nothing is saved when
 * one fails.
 */
public final class ClueCommands {

    private ClueCommands() {}

    /**
     * A clue recorded by hand: complaint, hotline ticket or other; {@code complainant} (a name) and
     * {@code complainantPhone} optional — the phone is kept SM4-encrypted and shown masked, to the office only.
     */
    public record Register(ClueSource source, Long unitId, String summary,
            @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn, String complainant, String complainantPhone) {}

    /** List filters: keyword (number or summary), source, status, unit, year received. */
    public record Query(String q, ClueSource source, ClueStatus status, Long unitId, Integer year) {

        public static Query all() {
            return new Query(null, null, null, null, null);
        }
    }

    /** Starts verification (核查) on {@code verifiedOn} (today when empty). */
    public record Verify(Integer version, @DateTimeFormat(iso = ISO.DATE) LocalDate verifiedOn) {}

    /** The verification's findings. */
    public record Findings(Integer version, String findings) {}

    /** Issues an instrument of {@code kind} to the unit concerned, on {@code issuedOn} (today when empty). */
    public record Issue(Integer version, LetterKind kind, String content,
            @DateTimeFormat(iso = ISO.DATE) LocalDate issuedOn) {}

    /** The unit's reply to the instrument out. */
    public record Reply(Integer version, String reply) {}

    /** The office accepts the reply and closes the clue. */
    public record Accept(Integer version) {}

    /**
     * The office raises rectification problems (one per line of {@code problems}) for the unit, with the rule breached
     * and a deadline (empty: the rectification default), and closes the clue.
     */
    public record Rectify(Integer version, String problems, String ruleBreached,
            @DateTimeFormat(iso = ISO.DATE) LocalDate deadline) {}

    /** Transfer to the discipline organs (纪检监察机关): organ, date, letter number, summary. */
    public record Transfer(Integer version, String organ, @DateTimeFormat(iso = ISO.DATE) LocalDate transferredOn,
            String letterNo, String summary) {}

    /** Close without finding, saying why. */
    public record Dismiss(Integer version, String note) {}
}
