package cn.fazhi.hotline;

import java.time.LocalDate;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A 12345 ticket as the kernel's aggregate (case type {@code hotline}). The centre dispatches (RECEIVED or RETURNED →
 * DISPATCHED) or answers at once (RECEIVED → REPLIED); the unit signs for it (DISPATCHED → SIGNED), returns it with a
 * reason (DISPATCHED or SIGNED → RETURNED) or replies (SIGNED → REPLIED); the centre visits the caller and records
 * satisfaction (REPLIED → CLOSED) or closes without a visit with a reason (REPLIED → CLOSED). Fields are
 * package-private: {@link TicketRepository} reads and writes them; {@link Tickets} writes the dispatch rows.
 */
public final class Ticket implements CaseAggregate<TicketStatus> {

    public static final Transitions<TicketStatus> TABLE = Transitions.of(TicketStatus.class)
            .todo("dispatch", "dispatched", TicketStatus.DISPATCHED, HotlinePermissions.DISPATCH, TicketStatus.RECEIVED,
                    TicketStatus.RETURNED)
            .step("answer", "answered", TicketStatus.REPLIED, HotlinePermissions.DISPATCH, TicketStatus.RECEIVED)
            .todo("sign", "signed", TicketStatus.SIGNED, HotlinePermissions.HANDLE, TicketStatus.DISPATCHED)
            .step("return", "returned", TicketStatus.RETURNED, HotlinePermissions.HANDLE, TicketStatus.DISPATCHED,
                    TicketStatus.SIGNED)
            .todo("reply", "replied", TicketStatus.REPLIED, HotlinePermissions.HANDLE, TicketStatus.SIGNED)
            .todo("visit", "visited", TicketStatus.CLOSED, HotlinePermissions.DISPATCH, TicketStatus.REPLIED)
            .step("close", "closed", TicketStatus.CLOSED, HotlinePermissions.DISPATCH, TicketStatus.REPLIED)
            .build();

    /** The steps of the responsible unit (only on its own tickets). */
    static final java.util.Set<String> UNIT_STEPS = java.util.Set.of("sign", "return", "reply");

    long id;
    String caseNumber;
    TicketStatus status;
    long categoryId;
    Urgency urgency;
    long unitId;
    String regionCode;
    LocalDate receivedOn;
    LocalDate dispatchedOn;
    LocalDate signDue;
    LocalDate signedOn;
    LocalDate handleDue;
    LocalDate repliedOn;
    Boolean repliedOnTime;
    String reply;
    LocalDate visitDue;
    LocalDate visitedOn;
    String satisfaction;
    String visitNote;
    LocalDate closedOn;
    int dispatchCount;
    int returnCount;
    Long clueId;
    int version;

    Ticket() {}

    static Ticket in(TicketStatus status) {
        Ticket t = new Ticket();
        t.status = status;
        t.caseNumber = "test";
        t.urgency = Urgency.NORMAL;
        t.receivedOn = LocalDate.of(2024, 3, 4);
        return t;
    }

    void dispatch(long unit, String region, LocalDate on, LocalDate signBy, LocalDate handleBy) {
        TABLE.check("dispatch", status);
        notBefore(on, receivedOn);
        this.unitId = unit;
        this.regionCode = region;
        this.dispatchedOn = on;
        this.signDue = signBy;
        this.handleDue = handleBy;
        this.signedOn = null;
        this.dispatchCount++;
        this.status = TicketStatus.DISPATCHED;
    }

    void answer(String text, LocalDate on, LocalDate visitBy) {
        TABLE.check("answer", status);
        this.reply = required(text, "hotline.error.replyRequired");
        this.repliedOn = notBefore(on, receivedOn);
        this.repliedOnTime = true;
        this.visitDue = visitBy;
        this.status = TicketStatus.REPLIED;
    }

    void sign(LocalDate on) {
        TABLE.check("sign", status);
        this.signedOn = notBefore(on, dispatchedOn);
        this.status = TicketStatus.SIGNED;
    }

    void returnToCentre(String reason, LocalDate on, long centre, String centreRegion, boolean allowed) {
        TABLE.check("return", status);
        if (!allowed) {
            throw UserFacingException.conflict("hotline.error.noReturnAfterRuling");
        }
        required(reason, "hotline.error.reasonRequired");
        notBefore(on, dispatchedOn);
        this.unitId = centre;
        this.regionCode = centreRegion;
        this.signDue = null;
        this.handleDue = null;
        this.signedOn = null;
        this.returnCount++;
        this.status = TicketStatus.RETURNED;
    }

    void reply(String text, LocalDate on, LocalDate visitBy) {
        TABLE.check("reply", status);
        this.reply = required(text, "hotline.error.replyRequired");
        this.repliedOn = notBefore(on, signedOn);
        this.repliedOnTime = !on.isAfter(handleDue);
        this.visitDue = visitBy;
        this.status = TicketStatus.REPLIED;
    }

    void visit(String satisfactionCode, String note, LocalDate on) {
        TABLE.check("visit", status);
        this.satisfaction = satisfactionCode;
        this.visitNote = note == null || note.isBlank() ? null : note.strip();
        this.visitedOn = notBefore(on, repliedOn);
        this.closedOn = on;
        this.status = TicketStatus.CLOSED;
    }

    void close(String reason, LocalDate on) {
        TABLE.check("close", status);
        this.visitNote = required(reason, "hotline.error.reasonRequired");
        this.closedOn = notBefore(on, repliedOn);
        this.status = TicketStatus.CLOSED;
    }

    private static LocalDate notBefore(LocalDate on, LocalDate earliest) {
        if (on == null || (earliest != null && on.isBefore(earliest))) {
            throw UserFacingException.badRequest("hotline.error.tooEarly", earliest);
        }
        return on;
    }

    static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        String v = text.strip();
        if (v.length() > 4000) {
            throw UserFacingException.badRequest("hotline.error.tooLong", 4000);
        }
        return v;
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
    public TicketStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }
}
