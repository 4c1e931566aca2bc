package cn.fazhi.services;

import java.time.LocalDate;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A cross-region hand-over (跨域通办, case type {@code cross_region}) as the kernel's aggregate. Each step is dated, not
 * before the previous step's date. Fields are package-private: {@link CrossRegionRepository} reads and writes them.
 */
public final class CrossRegionCase implements CaseAggregate<CrossRegionStatus> {

    public static final Transitions<CrossRegionStatus> TABLE = Transitions.of(CrossRegionStatus.class)
            .todo("send", "sent", CrossRegionStatus.SENT, ServicesPermissions.INTAKE, CrossRegionStatus.RECEIVED)
            .todo("result", "resulted", CrossRegionStatus.RESULTED, ServicesPermissions.INTAKE, CrossRegionStatus.SENT)
            .todo("deliver", "delivered", CrossRegionStatus.DELIVERED, ServicesPermissions.INTAKE,
                    CrossRegionStatus.RESULTED)
            .todo("accept", "accepted", CrossRegionStatus.ACCEPTED, ServicesPermissions.HANDLE,
                    CrossRegionStatus.FORWARDED)
            .todo("return", "returned", CrossRegionStatus.RETURNED, ServicesPermissions.HANDLE,
                    CrossRegionStatus.ACCEPTED)
            .build();

    long id;
    String caseNumber;
    String direction;
    CrossRegionStatus status;
    long unitId;
    long intakeUnitId;
    String regionCode;
    LocalDate receivedOn;
    LocalDate sentOn;
    String sentWay;
    LocalDate resultOn;
    String outcome;
    LocalDate deliveredOn;
    LocalDate acceptedOn;
    String applicationNumber;
    LocalDate returnedOn;
    int lateSteps;
    int version;

    CrossRegionCase() {}

    /** A hand-over in {@code status} with every earlier step dated {@code on} (tests of the table). */
    static CrossRegionCase in(CrossRegionStatus status, LocalDate on) {
        CrossRegionCase c = new CrossRegionCase();
        c.status = status;
        c.caseNumber = "test";
        c.receivedOn = on;
        c.direction = status.ordinal() >= CrossRegionStatus.FORWARDED.ordinal() ? "IN" : "OUT";
        c.sentOn = status.ordinal() >= 1 && "OUT".equals(c.direction) ? on : null;
        c.resultOn = status.ordinal() >= 2 && "OUT".equals(c.direction) ? on : null;
        c.acceptedOn = status == CrossRegionStatus.ACCEPTED || status == CrossRegionStatus.RETURNED ? on : null;
        return c;
    }

    void send(LocalDate on, String way) {
        TABLE.check("send", status);
        this.sentWay = required(way, 200, "services.crossRegion.error.wayRequired");
        this.sentOn = notBefore(on, receivedOn);
        this.status = CrossRegionStatus.SENT;
    }

    void result(LocalDate on, String text) {
        TABLE.check("result", status);
        this.outcome = required(text, 1000, "services.crossRegion.error.outcomeRequired");
        this.resultOn = notBefore(on, sentOn);
        this.status = CrossRegionStatus.RESULTED;
    }

    void deliver(LocalDate on) {
        TABLE.check("deliver", status);
        this.deliveredOn = notBefore(on, resultOn);
        this.status = CrossRegionStatus.DELIVERED;
    }

    void accept(LocalDate on, String number) {
        TABLE.check("accept", status);
        this.acceptedOn = notBefore(on, receivedOn);
        this.applicationNumber = number == null || number.isBlank() ? null : limit(number.strip(), 100);
        this.status = CrossRegionStatus.ACCEPTED;
    }

    void returnResult(LocalDate on, String text) {
        TABLE.check("return", status);
        this.outcome = required(text, 1000, "services.crossRegion.error.outcomeRequired");
        this.returnedOn = notBefore(on, acceptedOn);
        this.status = CrossRegionStatus.RETURNED;
    }

    /** The date the waiting step counts from: the previous step's date (null when finished). */
    LocalDate waitingSince() {
        return waitingSince(status, receivedOn, sentOn, resultOn, acceptedOn);
    }

    /** The previous step's date for a hand-over in {@code status} with these step dates (null when finished). */
    static LocalDate waitingSince(CrossRegionStatus status, LocalDate received, LocalDate sent, LocalDate result,
            LocalDate accepted) {
        return switch (status) {
            case RECEIVED, FORWARDED -> received;
            case SENT -> sent;
            case RESULTED -> result;
            case ACCEPTED -> accepted;
            default -> null;
        };
    }

    /** Counts the step being taken on {@code on} as late when it is after {@code due}. */
    void countIfLate(LocalDate on, LocalDate due) {
        if (due != null && on != null && on.isAfter(due)) {
            lateSteps++;
        }
    }

    private static LocalDate notBefore(LocalDate on, LocalDate previous) {
        if (on == null || (previous != null && on.isBefore(previous))) {
            throw UserFacingException.badRequest("services.crossRegion.error.beforePrevious", String.valueOf(previous));
        }
        return on;
    }

    static String required(String text, int max, String key) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.badRequest(key);
        }
        return limit(text.strip(), max);
    }

    static String limit(String s, int max) {
        if (s.length() > max) {
            throw UserFacingException.badRequest("services.crossRegion.error.tooLong", max);
        }
        return s;
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
    public CrossRegionStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }
}
