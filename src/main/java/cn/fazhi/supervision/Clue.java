package cn.fazhi.supervision;

import java.time.LocalDate;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A supervision clue in handling (case type {@code supervision}): the office verifies it (核查, findings recorded),
 * issues an instrument ({@link LetterKind}) to the unit concerned, the unit replies, the office accepts the reply and
 * closes the clue or raises rectification problems (then closed here: the problems live in rectification), or issues
 * a further instrument; a problem clue is transferred to the discipline organs (纪检监察机关); a clue whose verification
 * finds nothing is closed without finding. Fields are package-private: {@link ClueRepository} reads and writes them.
 */
public final class Clue implements CaseAggregate<ClueStatus> {

    public static final Transitions<ClueStatus> TABLE = Transitions.of(ClueStatus.class)
            .todo("verify", "verifying", ClueStatus.VERIFYING, SupervisionPermissions.MANAGE, ClueStatus.RECEIVED)
            .step("findings", "findingsRecorded", null, SupervisionPermissions.MANAGE, ClueStatus.VERIFYING,
                    ClueStatus.REPLIED)
            .step("issue", "issued", ClueStatus.ISSUED, SupervisionPermissions.MANAGE, ClueStatus.VERIFYING,
                    ClueStatus.REPLIED)
            .todo("reply", "replied", ClueStatus.REPLIED, SupervisionPermissions.RESPOND, ClueStatus.ISSUED)
            .todo("accept", "accepted", ClueStatus.CLOSED, SupervisionPermissions.MANAGE, ClueStatus.REPLIED)
            .step("rectify", "rectificationRaised", ClueStatus.CLOSED, SupervisionPermissions.MANAGE, ClueStatus.REPLIED)
            .step("transfer", "transferred", ClueStatus.TRANSFERRED, SupervisionPermissions.MANAGE, ClueStatus.RECEIVED,
                    ClueStatus.VERIFYING, ClueStatus.ISSUED, ClueStatus.REPLIED)
            .step("dismiss", "dismissed", ClueStatus.CLOSED, SupervisionPermissions.MANAGE, ClueStatus.RECEIVED,
                    ClueStatus.VERIFYING)
            .build();

    long id;
    String caseNumber;
    ClueStatus status;
    ClueSource source;
    String sourceType;
    Long sourceId;
    String sourceLabel;
    String sourcePath;
    long unitId;
    String regionCode;
    String summary;
    LocalDate receivedOn;
    String complainant;
    String findings;
    LocalDate verifiedOn;
    String transferOrgan;
    LocalDate transferredOn;
    String transferLetterNo;
    String transferSummary;
    LocalDate closedOn;
    String closeNote;
    int version;

    Clue() {}

    /** A clue in {@code status}, for the transition tests. */
    static Clue in(ClueStatus status) {
        Clue c = new Clue();
        c.status = status;
        c.caseNumber = "test";
        c.receivedOn = LocalDate.of(2024, 3, 4);
        c.findings = "已核查";
        return c;
    }

    void verify(LocalDate on) {
        TABLE.check("verify", status);
        requireNotBefore(on, receivedOn);
        this.verifiedOn = on;
        this.status = ClueStatus.VERIFYING;
    }

    void recordFindings(String text) {
        TABLE.check("findings", status);
        this.findings = Clues.required(text, 4000, "supervision.clue.error.findingsRequired");
    }

    /** An instrument goes out: the findings must be on record. */
    void issue(LocalDate on) {
        TABLE.check("issue", status);
        if (findings == null || findings.isBlank()) {
            throw UserFacingException.badRequest("supervision.clue.error.findingsFirst");
        }
        requireNotBefore(on, receivedOn);
        this.status = ClueStatus.ISSUED;
    }

    void reply() {
        TABLE.check("reply", status);
        this.status = ClueStatus.REPLIED;
    }

    void accept(LocalDate on) {
        TABLE.check("accept", status);
        this.closedOn = on;
        this.status = ClueStatus.CLOSED;
    }

    void rectify(LocalDate on) {
        TABLE.check("rectify", status);
        this.closedOn = on;
        this.status = ClueStatus.CLOSED;
    }

    /** Handed to the discipline organs: organ, date and letter number required (recorded, not sent from here). */
    void transfer(String organ, LocalDate on, String letterNo, String summaryText) {
        TABLE.check("transfer", status);
        this.transferOrgan = Clues.required(organ, 200, "supervision.clue.error.organRequired");
        this.transferLetterNo = Clues.required(letterNo, 100, "supervision.clue.error.letterNoRequired");
        this.transferSummary = Clues.required(summaryText, 4000, "supervision.clue.error.transferSummaryRequired");
        if (on == null) {
            throw UserFacingException.badRequest("supervision.clue.error.dateRequired");
        }
        requireNotBefore(on, receivedOn);
        this.transferredOn = on;
        this.status = ClueStatus.TRANSFERRED;
    }

    /** Closed without finding: the note says why. */
    void dismiss(LocalDate on, String note) {
        TABLE.check("dismiss", status);
        this.closeNote = Clues.required(note, 2000, "supervision.clue.error.noteRequired");
        this.closedOn = on;
        this.status = ClueStatus.CLOSED;
    }

    private static void requireNotBefore(LocalDate on, LocalDate received) {
        if (on == null) {
            throw UserFacingException.badRequest("supervision.clue.error.dateRequired");
        }
        if (received != null && on.isBefore(received)) {
            throw UserFacingException.badRequest("supervision.clue.error.beforeReceived", received);
        }
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String caseNumber() {
        return caseNumber;
    }

    @Override
    public ClueStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }
}
