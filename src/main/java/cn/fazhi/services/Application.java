package cn.fazhi.services;

import java.time.LocalDate;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * An application (办件) as the kernel's aggregate (case type {@code service_application}). The window receives it and
 * gives the 受理 decision (许可法 Art. 32: 补正 notice once, accept, not accept with the ground) or, for a 即办 item,
 * accepts and decides on the spot (Art. 34); the department reviews, may extend once (Art. 42), suspend for an
 * Art. 45 activity and resume, grants or refuses (with reasons and the remedy notice, Art. 38(2)) and serves the
 * decision (Art. 44); anyone handling it explains an overdue on the promised time (优化营商环境条例 Art. 36(2)). The
 * system deems an application accepted (Art. 32(1)(四)) or a renewal granted (Art. 50(2)). Dates are computed by
 * {@link LicenceClocks}; fields are package-private for {@link ApplicationRepository}.
 */
public final class Application implements CaseAggregate<ApplicationStatus> {

    private static final ApplicationStatus R = ApplicationStatus.RECEIVED;
    private static final ApplicationStatus C = ApplicationStatus.CORRECTING;
    private static final ApplicationStatus A = ApplicationStatus.ACCEPTED;
    private static final ApplicationStatus S = ApplicationStatus.SUSPENDED;
    private static final ApplicationStatus D = ApplicationStatus.DECIDED;

    public static final Transitions<ApplicationStatus> TABLE = Transitions.of(ApplicationStatus.class)
            .todo("accept", "accepted", A, ApplicationPermissions.INTAKE, R, C)
            .step("correct", "correctionNotified", C, ApplicationPermissions.INTAKE, R)
            .step("reject", "rejected", ApplicationStatus.NOT_ACCEPTED, ApplicationPermissions.INTAKE, R, C)
            .step("instant", "decidedOnSpot", ApplicationStatus.CLOSED, ApplicationPermissions.INTAKE, R)
            .step("deem", "deemedAccepted", A, ApplicationPermissions.INTAKE, R)
            .step("extend", "extended", null, ApplicationPermissions.HANDLE, A)
            .step("suspend", "suspended", S, ApplicationPermissions.HANDLE, A)
            .step("resume", "resumed", A, ApplicationPermissions.HANDLE, S)
            .todo("grant", "granted", D, ApplicationPermissions.HANDLE, A)
            .step("refuse", "refused", D, ApplicationPermissions.HANDLE, A)
            .todo("serve", "served", ApplicationStatus.CLOSED, ApplicationPermissions.HANDLE, D)
            .step("explain", "overdueExplained", null, ApplicationPermissions.HANDLE, A, S, D,
                    ApplicationStatus.CLOSED)
            .step("renew", "deemedRenewed", ApplicationStatus.CLOSED, ApplicationPermissions.HANDLE, A, S)
            .build();

    long id;
    String caseNumber;
    ApplicationStatus status;
    long unitId;
    long receivedUnitId;
    String regionCode;
    boolean licence;
    boolean joint;
    boolean instantItem;
    int promisedDays;
    LocalDate receivedOn;
    LocalDate correctionOn;
    String correctionItems;
    LocalDate acceptedOn;
    boolean deemedAccepted;
    String notAcceptedGround;
    String notAcceptedNote;
    LocalDate legalDue;
    LocalDate promisedDue;
    boolean extended;
    String extensionReason;
    int excludedDays;
    LocalDate decidedOn;
    boolean onTheSpot;
    String outcome;
    String refusalReason;
    String remedyNotice;
    LocalDate certificateDue;
    LocalDate servedOn;
    boolean renewal;
    LocalDate licenceExpiresOn;
    boolean deemedRenewed;
    String overdueReason;
    LocalDate overduePublishedOn;
    int version;

    Application() {}

    void correct(String items, LocalDate on, LicenceClocks clocks) {
        TABLE.check("correct", status);
        this.correctionItems = required(items, 4000, "services.application.error.correctionItems");
        notBeforeReceived(on);
        if (licence && !clocks.correctionInTime(receivedOn, on)) {
            throw UserFacingException.conflict("services.application.error.correctionLate", clocks.correctionDue(receivedOn));
        }
        this.correctionOn = on;
        this.status = ApplicationStatus.CORRECTING;
    }

    void accept(LocalDate on, LicenceClocks clocks) {
        TABLE.check("accept", status);
        notBeforeReceived(on);
        startClocks(on, clocks);
        this.status = ApplicationStatus.ACCEPTED;
    }

    /** Art. 32(1)(四): no notice within 5 working days — accepted from the day of receipt. */
    void deem(LicenceClocks clocks) {
        TABLE.check("deem", status);
        this.deemedAccepted = true;
        startClocks(receivedOn, clocks);
        this.status = ApplicationStatus.ACCEPTED;
    }

    void reject(String ground, String note, LocalDate on) {
        TABLE.check("reject", status);
        if (!"NOT_LICENCE".equals(ground) && !"OUTSIDE_REMIT".equals(ground) && !"OTHER".equals(ground)) {
            throw UserFacingException.badRequest("services.application.error.ground");
        }
        String text = required(note, 1000, "OUTSIDE_REMIT".equals(ground) ? "services.application.error.referTo"
                : "services.application.error.reasonRequired");
        notBeforeReceived(on);
        this.notAcceptedGround = ground;
        this.notAcceptedNote = text;
        this.decidedOn = on;
        this.status = ApplicationStatus.NOT_ACCEPTED;
    }

    /** 即办: accepted and decided on the spot (许可法 Art. 34(2)), served at once. */
    void instant(LocalDate on, LicenceClocks clocks) {
        TABLE.check("instant", status);
        if (!instantItem) {
            throw UserFacingException.conflict("services.application.error.notInstant");
        }
        notBeforeReceived(on);
        startClocks(on, clocks);
        this.decidedOn = on;
        this.onTheSpot = on.equals(receivedOn);
        this.outcome = "GRANTED";
        this.servedOn = on;
        this.status = ApplicationStatus.CLOSED;
    }

    /** Art. 42: once, with the head's approval and the reasons told to the applicant. */
    void extend(String reason, LicenceClocks clocks) {
        TABLE.check("extend", status);
        if (!licence) {
            throw UserFacingException.conflict("services.application.error.extendLicenceOnly");
        }
        if (extended) {
            throw UserFacingException.conflict("services.application.error.extendOnce");
        }
        this.extensionReason = required(reason, 1000, "services.application.error.reasonRequired");
        this.extended = true;
        recompute(clocks);
    }

    void suspend(LocalDate on) {
        TABLE.check("suspend", status);
        notBefore(on, acceptedOn);
        this.status = ApplicationStatus.SUSPENDED;
    }

    void resume(int excluded, LicenceClocks clocks) {
        TABLE.check("resume", status);
        this.excludedDays += excluded;
        recompute(clocks);
        this.status = ApplicationStatus.ACCEPTED;
    }

    void grant(LocalDate on, LicenceClocks clocks) {
        TABLE.check("grant", status);
        decide(on, "GRANTED");
        this.certificateDue = clocks.certificateDue(on);
        this.status = ApplicationStatus.DECIDED;
    }

    /** Art. 38(2): reasons and the notice of the right to 复议/诉讼. */
    void refuse(String reason, String remedy, LocalDate on) {
        TABLE.check("refuse", status);
        this.refusalReason = required(reason, 2000, "services.application.error.refusalReason");
        this.remedyNotice = required(remedy, 1000, "services.application.error.remedyNotice");
        decide(on, "REFUSED");
        this.status = ApplicationStatus.DECIDED;
    }

    void serve(LocalDate on) {
        TABLE.check("serve", status);
        notBefore(on, decidedOn);
        this.servedOn = on;
        this.status = ApplicationStatus.CLOSED;
    }

    /** Art. 50(2): the licence expired undecided — the renewal counts as granted, on the day of expiry. */
    void renew() {
        TABLE.check("renew", status);
        this.deemedRenewed = true;
        this.decidedOn = licenceExpiresOn;
        this.outcome = "GRANTED";
        this.status = ApplicationStatus.CLOSED;
    }

    /** 优化营商环境条例 Art. 36(2): an application past its promised time needs a reason, published. */
    void explain(String reason, LocalDate on) {
        TABLE.check("explain", status);
        if (!overduePromised(on)) {
            throw UserFacingException.conflict("services.application.error.notOverdue");
        }
        this.overdueReason = required(reason, 1000, "services.application.error.reasonRequired");
        this.overduePublishedOn = on;
    }

    /** Past the promised time on {@code today}: decided after it, or undecided with it passed. */
    public boolean overduePromised(LocalDate today) {
        if (promisedDue == null) {
            return false;
        }
        return decidedOn != null ? decidedOn.isAfter(promisedDue) : today.isAfter(promisedDue);
    }

    private void decide(LocalDate on, String outcome) {
        notBefore(on, acceptedOn);
        this.decidedOn = on;
        this.outcome = outcome;
    }

    private void startClocks(LocalDate on, LicenceClocks clocks) {
        this.acceptedOn = on;
        recompute(clocks);
    }

    private void recompute(LicenceClocks clocks) {
        this.legalDue = licence ? clocks.decisionDue(acceptedOn, joint, extended, excludedDays) : null;
        this.promisedDue = clocks.promisedDue(acceptedOn, promisedDays, excludedDays);
    }

    private void notBeforeReceived(LocalDate on) {
        notBefore(on, receivedOn);
    }

    private static void notBefore(LocalDate on, LocalDate start) {
        if (on == null || (start != null && on.isBefore(start))) {
            throw UserFacingException.badRequest("services.application.error.beforeStart", start);
        }
    }

    static String required(String text, int max, String key) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        String v = text.strip();
        if (v.length() > max) {
            throw UserFacingException.badRequest("services.application.error.tooLong", max);
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
    public ApplicationStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }

    public long unitId() {
        return unitId;
    }
}
