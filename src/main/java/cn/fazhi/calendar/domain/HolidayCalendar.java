package cn.fazhi.calendar.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An immutable snapshot of every listed day and every known notice year. */
public final class HolidayCalendar implements DaySource {

    private final Map<LocalDate, HolidayDay> days;
    private final Set<Integer> years;

    public HolidayCalendar(Collection<HolidayDay> days, Collection<Integer> years) {
        this.days = days.stream().collect(Collectors.toUnmodifiableMap(HolidayDay::date, Function.identity()));
        this.years = Set.copyOf(years);
    }

    @Override
    public HolidayDay listed(LocalDate date) {
        return days.get(date);
    }

    @Override
    public boolean published(int year) {
        return years.contains(year);
    }

    public Set<Integer> years() {
        return years;
    }
}
