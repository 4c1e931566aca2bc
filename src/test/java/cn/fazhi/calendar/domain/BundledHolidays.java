package cn.fazhi.calendar.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/** The bundled holiday-cn notices as an in-memory calendar, for tests without a Spring context or database. */
public final class BundledHolidays {

    private BundledHolidays() {}

    public static HolidayCalendar calendar() {
        HolidayFileParser parser = new HolidayFileParser(JsonMapper.shared());
        List<HolidayDay> days = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(HolidayImporter.BUNDLED)) {
                HolidayFile file = parser.parse(r.getContentAsString(StandardCharsets.UTF_8));
                years.add(file.year());
                days.addAll(file.days());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HolidayCalendar(days, years);
    }
}
