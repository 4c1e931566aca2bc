package cn.fazhi.calendar.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Changes to the holiday data: adding or replacing a whole notice, setting or deleting one day. Each change is
 * all-or-nothing, audited in the same transaction, and visible to this node at once (others within the cache TTL).
 */
@Service
public class HolidayMaintenance {

    private final HolidayRepository repository;
    private final HolidayFileParser parser;
    private final HolidayCache cache;
    private final AuditTrail audit;
    private final Clock clock;

    public HolidayMaintenance(HolidayRepository repository, HolidayFileParser parser, HolidayCache cache,
            AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.parser = parser;
        this.cache = cache;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a replace did: the year, how many days it now lists, and whether an earlier version was replaced. */
    public record YearChange(int year, int days, boolean replaced) {}

    @Transactional(readOnly = true)
    public List<NoticeSummary> notices() {
        return repository.notices();
    }

    @Transactional(readOnly = true)
    public List<HolidayDay> daysOf(int noticeYear) {
        return repository.daysOf(noticeYear);
    }

    /**
     * Adds the notice for {@code expectedYear}, or replaces every day of it, from a file in the holiday-cn format.
     * The file's year must be the expected one, and no date may already belong to another notice.
     */
    @Transactional
    public YearChange replaceYear(int expectedYear, String json) {
        HolidayFile file = parser.parse(json);
        if (file.year() != expectedYear) {
            throw UserFacingException.badRequest("calendar.import.yearMismatch", expectedYear, file.year());
        }
        for (HolidayDay day : file.days()) {
            Optional<HolidayDay> existing = repository.find(day.date());
            if (existing.isPresent() && existing.get().noticeYear() != file.year()) {
                throw UserFacingException.badRequest("calendar.import.dateInOtherNotice", day.date().toString(),
                        existing.get().noticeYear());
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = Actor.current();
        boolean replaced = !repository.insertNoticeIfAbsent(file.year(), file.papers(), now, actor);
        if (replaced) {
            repository.deleteDaysOf(file.year());
            repository.updateNotice(file.year(), file.papers(), now, actor);
        }
        file.days().forEach(repository::insert);
        audit.record(AuditEntry.of(replaced ? "calendar.year.replaced" : "calendar.year.added", "holiday_notice",
                file.year(), describe(file)));
        cache.invalidate();
        return new YearChange(file.year(), file.days().size(), replaced);
    }

    /**
     * Sets or corrects one listed day: a rest day ({@code offDay}) or a 调休 make-up working day. The notice must
     * exist and the date must lie within its year or the month on either side.
     */
    @Transactional
    public HolidayDay setDay(LocalDate date, String name, boolean offDay, int noticeYear) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw UserFacingException.badRequest("calendar.day.nameRequired");
        }
        if (trimmed.length() > HolidayFileParser.MAX_NAME) {
            throw UserFacingException.badRequest("calendar.day.nameTooLong", HolidayFileParser.MAX_NAME);
        }
        if (!repository.noticeExists(noticeYear)) {
            throw UserFacingException.badRequest("calendar.day.noNotice", noticeYear);
        }
        if (!HolidayFileParser.withinNotice(date, noticeYear)) {
            throw UserFacingException.badRequest("calendar.day.outsideNotice", date.toString(), noticeYear);
        }
        HolidayDay day = new HolidayDay(date, trimmed, offDay, noticeYear);
        Optional<HolidayDay> before = repository.find(date);
        if (before.isPresent()) {
            repository.update(day);
        } else {
            repository.insert(day);
        }
        repository.touchNotice(noticeYear, OffsetDateTime.now(clock), Actor.current());
        audit.record(AuditEntry.of("calendar.day.changed", "holiday_day", date,
                describe(day) + before.map(b -> "; before: " + describe(b)).orElse("; before: not listed")));
        cache.invalidate();
        return day;
    }

    @Transactional
    public void deleteDay(LocalDate date) {
        HolidayDay before = repository.find(date)
                .orElseThrow(() -> UserFacingException.notFound("calendar.day.notFound", date.toString()));
        repository.delete(date);
        repository.touchNotice(before.noticeYear(), OffsetDateTime.now(clock), Actor.current());
        audit.record(AuditEntry.of("calendar.day.deleted", "holiday_day", date, "before: " + describe(before)));
        cache.invalidate();
    }

    static String describe(HolidayDay day) {
        return day.name() + " " + (day.offDay() ? "off" : "make-up") + " (notice " + day.noticeYear() + ")";
    }

    static String describe(HolidayFile file) {
        long off = file.days().stream().filter(HolidayDay::offDay).count();
        return file.days().size() + " days (" + off + " off, " + (file.days().size() - off) + " make-up); source: "
                + String.join(" ", file.papers());
    }
}
