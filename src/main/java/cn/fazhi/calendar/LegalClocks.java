package cn.fazhi.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.calendar.domain.Actor;
import cn.fazhi.calendar.domain.ClockRepository;
import cn.fazhi.calendar.domain.DayCounting;
import cn.fazhi.calendar.domain.HolidayCache;
import cn.fazhi.calendar.domain.LegalClock;
import cn.fazhi.calendar.domain.Period;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Legal clocks: the statutory periods of other modules' records (e.g. a reconsideration's 60-day 审理期限, 行政复议法
 * Art. 62), kept as data so that suspensions (中止), resumptions (恢复) and extensions (延长) are recorded facts and the
 * deadline is always recomputed from them.
 * <p>
 * Semantics:
 * <ul>
 * <li>The period is counted from the start date like any deadline ({@link LegalCalendar#deadline}).</li>
 * <li>While suspended, days do not count. The suspension day itself counts as having run; the days after it up to and
 * including the resumption day do not; counting resumes on the day after the resumption day, which thus acts like a
 * fresh start day (the start day of a period is not counted, 民事诉讼法 Art. 85).</li>
 * <li>For days and working days, only days outside suspensions are counted. For months and years, the suspended
 * calendar days are added to the raw end before it is moved off a rest day.</li>
 * <li>An extension adds its amount, in its own unit, after the current end before that end is moved off a rest day
 * (e.g. 60 days + 30 days under 行政复议法 Art. 62).</li>
 * <li>While a suspension is open the end is unknown: the status has no deadline and the state SUSPENDED.</li>
 * <li>Transitions are guarded: only a running clock can be suspended (and not after its deadline, nor before its
 * start or its last suspension or resumption), only a suspended one resumed, and an expired clock cannot be extended.
 * A refused transition is a 409 (or 400 for an impossible date); two concurrent transitions cannot both succeed.</li>
 * </ul>
 * Every change is recorded in the audit trail.
 */
@Service
public class LegalClocks {

    static final String TARGET = "legal_clock";

    private final ClockRepository clocks;
    private final HolidayCache holidays;
    private final AuditTrail audit;
    private final Clock clock;

    public LegalClocks(ClockRepository clocks, HolidayCache holidays, AuditTrail audit, Clock clock) {
        this.clocks = clocks;
        this.holidays = holidays;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts a clock for a record of another module; returns its id. */
    @Transactional
    public long start(String ownerType, String ownerId, String name, LocalDate startDate, int amount,
            PeriodUnit unit) {
        requireText("ownerType", ownerType, 64);
        requireText("ownerId", ownerId, 64);
        requireText("name", name, 64);
        requireValue("startDate", startDate);
        requireValue("unit", unit);
        DayCounting.checkAmount(amount, unit);
        long id = clocks.insert(ownerType.strip(), ownerId.strip(), name.strip(), startDate, new Period(amount, unit),
                now());
        audit.record(AuditEntry.of("calendar.clock.started", TARGET, id,
                name + " for " + ownerType + " " + ownerId + ": " + amount + " " + unit + " from " + startDate));
        return id;
    }

    /** Suspends (中止) the clock on {@code date}: the days after it do not count until it is resumed. */
    @Transactional
    public void suspend(long id, LocalDate date, String reason) {
        requireValue("date", date);
        requireText("reason", reason, 500);
        LegalClock legalClock = find(id);
        ClockEntry entry = legalClock.suspend(date, reason.strip(), now(), Actor.current(), counting());
        clocks.append(legalClock, entry);
        audit.record(AuditEntry.of("calendar.clock.suspended", TARGET, id, date + ": " + reason.strip()));
    }

    /** Resumes (恢复) the clock on {@code date}: counting starts again on the following day. */
    @Transactional
    public void resume(long id, LocalDate date, String reason) {
        requireValue("date", date);
        requireText("reason", reason, 500);
        LegalClock legalClock = find(id);
        ClockEntry entry = legalClock.resume(date, reason.strip(), now(), Actor.current());
        clocks.append(legalClock, entry);
        audit.record(AuditEntry.of("calendar.clock.resumed", TARGET, id, date + ": " + reason.strip()));
    }

    /** Extends (延长) the clock by {@code amount} {@code unit}s, added after its current end; granted today. */
    @Transactional
    public void extend(long id, int amount, PeriodUnit unit, String reason) {
        extend(id, amount, unit, LocalDate.now(clock), reason);
    }

    /**
     * Extends (延长) the clock by {@code amount} {@code unit}s, added after its current end, as granted on
     * {@code grantedOn} — the day of the approval, which may be recorded later; refused when the clock had already
     * expired on that day.
     */
    @Transactional
    public void extend(long id, int amount, PeriodUnit unit, LocalDate grantedOn, String reason) {
        requireValue("unit", unit);
        requireValue("grantedOn", grantedOn);
        requireText("reason", reason, 500);
        LegalClock legalClock = find(id);
        ClockEntry entry = legalClock.extend(new Period(amount, unit), grantedOn, reason.strip(), now(),
                Actor.current(), counting());
        clocks.append(legalClock, entry);
        audit.record(AuditEntry.of("calendar.clock.extended", TARGET, id, amount + " " + unit + ": " + reason.strip()));
    }

    /** The clock as seen on {@code today}: its deadline (unless suspended), state and history. */
    @Transactional(readOnly = true)
    public ClockStatus status(long id, LocalDate today) {
        requireValue("today", today);
        return find(id).status(today, counting());
    }

    /**
     * Many clocks as seen on {@code today}, read in two queries whatever their number (a list of cases shows each
     * case's clocks): by clock id; an unknown id is left out.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, ClockStatus> statuses(java.util.Collection<Long> ids, LocalDate today) {
        requireValue("today", today);
        DayCounting counting = counting();
        java.util.Map<Long, ClockStatus> statuses = new java.util.HashMap<>();
        clocks.findAll(ids).forEach((id, legalClock) -> statuses.put(id, legalClock.status(today, counting)));
        return statuses;
    }

    private LegalClock find(long id) {
        return clocks.find(id).orElseThrow(() -> UserFacingException.notFound("calendar.clock.notFound", id));
    }

    private DayCounting counting() {
        return new DayCounting(holidays.current());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static void requireValue(String name, Object value) {
        if (value == null) {
            throw UserFacingException.badRequest("calendar.param.required", name);
        }
    }

    private static void requireText(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            throw UserFacingException.badRequest("calendar.param.required", name);
        }
        if (value.strip().length() > max) {
            throw UserFacingException.badRequest("calendar.param.tooLong", name, max);
        }
    }
}
