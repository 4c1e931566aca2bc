package cn.fazhi.calendar.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.fazhi.calendar.ClockEntry;
import cn.fazhi.calendar.ClockEntry.Kind;
import cn.fazhi.calendar.ClockState;
import cn.fazhi.calendar.ClockStatus;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A statutory period with its recorded suspensions, resumptions and extensions. The transitions are guarded: a
 * running clock can be suspended, a suspended one resumed, any clock that has not expired extended. The rules for
 * counting are those of {@link DayCounting}; this class only says which periods and suspended spans there are.
 */
public final class LegalClock {

    private final long id;
    private final String name;
    private final LocalDate startDate;
    private final Period base;
    private final int version;
    private final List<ClockEntry> entries;

    public LegalClock(long id, String name, LocalDate startDate, Period base, int version, List<ClockEntry> entries) {
        this.id = id;
        this.name = name;
        this.startDate = startDate;
        this.base = base;
        this.version = version;
        this.entries = new ArrayList<>(entries);
    }

    public long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public ClockEntry suspend(LocalDate on, String reason, OffsetDateTime at, String by, DayCounting counting) {
        if (openSuspension() != null) {
            throw UserFacingException.conflict("calendar.clock.alreadySuspended", id);
        }
        requireNotBeforeLastEvent(on);
        LocalDate deadline = counting.count(startDate, periods(), spans()).deadline();
        if (on.isAfter(deadline)) {
            throw UserFacingException.conflict("calendar.clock.expiredOn", id, deadline.toString());
        }
        return add(new ClockEntry(Kind.SUSPENDED, on, null, null, reason, at, by));
    }

    public ClockEntry resume(LocalDate on, String reason, OffsetDateTime at, String by) {
        ClockEntry open = openSuspension();
        if (open == null) {
            throw UserFacingException.conflict("calendar.clock.notSuspended", id);
        }
        if (on.isBefore(open.onDate())) {
            throw UserFacingException.badRequest("calendar.clock.resumeBeforeSuspend", on.toString(),
                    open.onDate().toString());
        }
        return add(new ClockEntry(Kind.RESUMED, on, null, null, reason, at, by));
    }

    /** An extension is granted before the period runs out; {@code today} is the day it is granted. */
    public ClockEntry extend(Period extension, LocalDate today, String reason, OffsetDateTime at, String by,
            DayCounting counting) {
        DayCounting.checkAmount(extension.amount(), extension.unit());
        if (extension.amount() == 0) {
            throw UserFacingException.badRequest("calendar.clock.extensionZero");
        }
        if (openSuspension() == null) {
            LocalDate deadline = counting.count(startDate, periods(), spans()).deadline();
            if (today.isAfter(deadline)) {
                throw UserFacingException.conflict("calendar.clock.expiredOn", id, deadline.toString());
            }
        }
        return add(new ClockEntry(Kind.EXTENDED, today, extension.amount(), extension.unit(), reason, at, by));
    }

    public ClockStatus status(LocalDate today, DayCounting counting) {
        ClockEntry open = openSuspension();
        long suspendedDays = spans().stream().mapToLong(SuspendedSpan::days).sum();
        LocalDate deadline = null;
        boolean provisional = false;
        ClockState state;
        if (open != null) {
            suspendedDays += Math.max(0, today.toEpochDay() - open.onDate().toEpochDay());
            state = ClockState.SUSPENDED;
        } else {
            DayCounting.Result result = counting.count(startDate, periods(), spans());
            deadline = result.deadline();
            provisional = result.provisional();
            state = today.isAfter(deadline) ? ClockState.EXPIRED : ClockState.RUNNING;
        }
        return new ClockStatus(id, name, startDate, base.amount(), base.unit(), deadline, provisional, state,
                suspendedDays, List.copyOf(entries));
    }

    /** The base period followed by each extension, in the order granted. */
    List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        periods.add(base);
        for (ClockEntry entry : entries) {
            if (entry.kind() == Kind.EXTENDED) {
                periods.add(new Period(entry.amount(), entry.unit()));
            }
        }
        return periods;
    }

    /** Each suspension paired with the resumption that ended it. */
    List<SuspendedSpan> spans() {
        List<SuspendedSpan> spans = new ArrayList<>();
        LocalDate suspendedOn = null;
        for (ClockEntry entry : entries) {
            if (entry.kind() == Kind.SUSPENDED) {
                suspendedOn = entry.onDate();
            } else if (entry.kind() == Kind.RESUMED && suspendedOn != null) {
                spans.add(new SuspendedSpan(suspendedOn, entry.onDate()));
                suspendedOn = null;
            }
        }
        return spans;
    }

    private ClockEntry openSuspension() {
        ClockEntry open = null;
        for (ClockEntry entry : entries) {
            if (entry.kind() == Kind.SUSPENDED) {
                open = entry;
            } else if (entry.kind() == Kind.RESUMED) {
                open = null;
            }
        }
        return open;
    }

    private void requireNotBeforeLastEvent(LocalDate on) {
        LocalDate last = startDate;
        for (ClockEntry entry : entries) {
            if (entry.kind() != Kind.EXTENDED && entry.onDate().isAfter(last)) {
                last = entry.onDate();
            }
        }
        if (on.isBefore(last)) {
            throw UserFacingException.badRequest("calendar.clock.suspendBeforeLast", on.toString(), last.toString());
        }
    }

    private ClockEntry add(ClockEntry entry) {
        entries.add(entry);
        return entry;
    }
}
