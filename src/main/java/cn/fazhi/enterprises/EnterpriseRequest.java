package cn.fazhi.enterprises;

import java.time.LocalDate;
import java.util.Set;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * An enterprise request as the kernel's aggregate (case type {@code enterprise_request}). The desk routes it (FILED or
 * RETURNED → ROUTED); the unit signs for it (ROUTED → SIGNED), returns it with a reason (ROUTED or SIGNED → RETURNED) or
 * answers (SIGNED → ANSWERED); the desk urges a late unit (督办, the status stays), closes the answered request (ANSWERED
 * → CLOSED) and records a return visit's rating, or the enterprise rates on the portal (CLOSED → RATED). Fields are
 * package-private: {@link RequestRepository} reads and writes them.
 */
public final class EnterpriseRequest implements CaseAggregate<RequestStatus> {

    public static final Transitions<RequestStatus> TABLE = Transitions.of(RequestStatus.class)
            .todo("route", "routed", RequestStatus.ROUTED, Enterprises.DISPATCH, RequestStatus.FILED,
                    RequestStatus.RETURNED)
            .todo("sign", "signed", RequestStatus.SIGNED, Enterprises.HANDLE, RequestStatus.ROUTED)
            .step("return", "returned", RequestStatus.RETURNED, Enterprises.HANDLE, RequestStatus.ROUTED,
                    RequestStatus.SIGNED)
            .todo("answer", "answered", RequestStatus.ANSWERED, Enterprises.HANDLE, RequestStatus.SIGNED)
            .step("urge", "urged", null, Enterprises.DISPATCH, RequestStatus.ROUTED, RequestStatus.SIGNED)
            .todo("close", "closed", RequestStatus.CLOSED, Enterprises.DISPATCH, RequestStatus.ANSWERED)
            .step("rate", "rated", RequestStatus.RATED, Enterprises.DISPATCH, RequestStatus.CLOSED)
            .build();

    /** The steps of the unit the request is routed to (only on its own requests). */
    static final Set<String> UNIT_STEPS = Set.of("sign", "return", "answer");

    long id;
    String caseNumber;
    RequestStatus status;
    long enterpriseId;
    String category;
    String title;
    LocalDate filedOn;
    long unitId;
    String regionCode;
    LocalDate routeDue;
    LocalDate routedOn;
    Boolean routedOnTime;
    LocalDate signDue;
    LocalDate signedOn;
    LocalDate answerDue;
    LocalDate answeredOn;
    Boolean answeredOnTime;
    String answer;
    LocalDate closeDue;
    LocalDate closedOn;
    Boolean closedOnTime;
    LocalDate visitDue;
    String rating;
    String ratingNote;
    LocalDate ratedOn;
    int routeCount;
    int returnCount;
    int urgeCount;
    LocalDate urgedOn;
    Long clueId;
    int version;

    EnterpriseRequest() {}

    static EnterpriseRequest in(RequestStatus status) {
        EnterpriseRequest r = new EnterpriseRequest();
        r.status = status;
        r.caseNumber = "test";
        r.filedOn = LocalDate.of(2025, 3, 3);
        return r;
    }

    void route(long unit, String region, LocalDate on, LocalDate signBy, LocalDate answerBy) {
        TABLE.check("route", status);
        notBefore(on, filedOn);
        if (routedOn == null) {
            routedOnTime = RequestClocks.onTime(on, routeDue);
        }
        this.unitId = unit;
        this.regionCode = region;
        this.routedOn = on;
        this.signDue = signBy;
        this.answerDue = answerBy;
        this.signedOn = null;
        this.routeCount++;
        this.status = RequestStatus.ROUTED;
    }

    void sign(LocalDate on) {
        TABLE.check("sign", status);
        this.signedOn = notBefore(on, routedOn);
        this.status = RequestStatus.SIGNED;
    }

    void returnToDesk(String reason, LocalDate on, long desk, String deskRegion) {
        TABLE.check("return", status);
        required(reason, "enterprises.requests.error.reasonRequired");
        notBefore(on, routedOn);
        this.unitId = desk;
        this.regionCode = deskRegion;
        this.signDue = null;
        this.answerDue = null;
        this.signedOn = null;
        this.returnCount++;
        this.status = RequestStatus.RETURNED;
    }

    void answer(String text, LocalDate on, LocalDate visitBy) {
        TABLE.check("answer", status);
        this.answer = required(text, "enterprises.requests.error.answerRequired");
        this.answeredOn = notBefore(on, signedOn);
        this.answeredOnTime = RequestClocks.onTime(on, answerDue);
        this.visitDue = visitBy;
        this.status = RequestStatus.ANSWERED;
    }

    void urge(LocalDate on) {
        TABLE.check("urge", status);
        this.urgedOn = notBefore(on, routedOn);
        this.urgeCount++;
    }

    void close(LocalDate on) {
        TABLE.check("close", status);
        this.closedOn = notBefore(on, answeredOn);
        this.closedOnTime = RequestClocks.onTime(on, closeDue);
        this.status = RequestStatus.CLOSED;
    }

    void rate(String code, String note, LocalDate on) {
        TABLE.check("rate", status);
        this.rating = code;
        this.ratingNote = note == null || note.isBlank() ? null : note.strip();
        if (ratingNote != null && ratingNote.length() > 1000) {
            throw UserFacingException.badRequest("enterprises.requests.error.tooLong", 1000);
        }
        this.ratedOn = notBefore(on, closedOn);
        this.status = RequestStatus.RATED;
    }

    private static LocalDate notBefore(LocalDate on, LocalDate earliest) {
        if (on == null || (earliest != null && on.isBefore(earliest))) {
            throw UserFacingException.badRequest("enterprises.requests.error.tooEarly", earliest);
        }
        return on;
    }

    static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        String v = text.strip();
        if (v.length() > 4000) {
            throw UserFacingException.badRequest("enterprises.requests.error.tooLong", 4000);
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
    public RequestStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }
}
