package cn.fazhi.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A clue as the supervision pages and API show it, with its instruments. {@code complainant} and the masked
 * {@code complainantPhoneMasked} are shown to the office only (null for the supervised unit).
 */
public record ClueDetail(long id, String caseNumber, ClueStatus status, ClueSource source, String sourceType,
        Long sourceId, String sourceLabel, String sourcePath, long unitId, String unitName, String regionCode,
        String summary, LocalDate receivedOn, String complainant, String complainantPhoneMasked, String findings, LocalDate verifiedOn,
        String transferOrgan, LocalDate transferredOn, String transferLetterNo, String transferSummary,
        LocalDate closedOn, String closeNote, int version, List<LetterView> letters) {

    /** The instrument waiting for the unit's reply, if any. */
    public LetterView openLetter() {
        return letters.stream().filter(l -> l.repliedOn() == null).reduce((a, b) -> b).orElse(null);
    }

    /** An instrument's reply is overdue. */
    public boolean overdue() {
        return letters.stream().anyMatch(LetterView::overdue);
    }
}
