package cn.fazhi.calendar.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.fazhi.platform.web.UserFacingException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a notice in the holiday-cn format ({@code year}, {@code papers}, {@code days[]} of {@code name}, {@code date},
 * {@code isOffDay}; see calendar/holidays-cn/README.md) and refuses anything that is not one, naming what is wrong.
 */
@Component
public class HolidayFileParser {

    public static final int MIN_YEAR = 1949;
    public static final int MAX_YEAR = 2199;
    static final int MAX_NAME = 64;
    static final int MAX_SOURCE = 1000;

    /** Strict ISO dates: 2023-02-30 is refused, not turned into 2023-02-28. */
    public static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final JsonMapper mapper;

    public HolidayFileParser(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public HolidayFile parse(String json) {
        JsonNode root = readTree(json);
        if (!root.isObject()) {
            throw UserFacingException.badRequest("calendar.import.notObject");
        }
        JsonNode yearNode = root.path("year");
        if (!yearNode.isInt() || yearNode.intValue() < MIN_YEAR || yearNode.intValue() > MAX_YEAR) {
            throw UserFacingException.badRequest("calendar.import.badYear", MIN_YEAR, MAX_YEAR);
        }
        int year = yearNode.intValue();
        List<String> papers = papers(root.path("papers"));
        JsonNode daysNode = root.path("days");
        if (!daysNode.isArray() || daysNode.isEmpty()) {
            throw UserFacingException.badRequest("calendar.import.noDays");
        }
        List<HolidayDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        int index = 0;
        for (JsonNode entry : daysNode.values()) {
            index++;
            HolidayDay day = day(entry, index, year);
            if (!seen.add(day.date())) {
                throw UserFacingException.badRequest("calendar.import.duplicateDate", index, day.date().toString());
            }
            days.add(day);
        }
        return new HolidayFile(year, papers, List.copyOf(days));
    }

    /**
     * A notice lists the days of its own year, and of a break that reaches into the neighbouring month (e.g.
     * 2022-12-31 in the 2023 notice); a date further away is a mistake.
     */
    public static boolean withinNotice(LocalDate date, int noticeYear) {
        LocalDate first = LocalDate.of(noticeYear, 1, 1).minusMonths(1);
        LocalDate last = LocalDate.of(noticeYear, 12, 31).plusMonths(1);
        return !date.isBefore(first) && !date.isAfter(last);
    }

    private JsonNode readTree(String json) {
        if (json == null || json.isBlank()) {
            throw UserFacingException.badRequest("calendar.import.empty");
        }
        try {
            return mapper.readTree(json.strip().replace("\uFEFF", ""));
        } catch (JacksonException e) {
            throw UserFacingException.badRequest("calendar.import.badJson",
                    e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr()),
                    e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getColumnNr()));
        }
    }

    private static List<String> papers(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw UserFacingException.badRequest("calendar.import.badPapers");
        }
        List<String> papers = new ArrayList<>();
        for (JsonNode paper : node.values()) {
            if (!paper.isString() || !isWebAddress(paper.stringValue())) {
                throw UserFacingException.badRequest("calendar.import.badPapers");
            }
            papers.add(paper.stringValue().strip());
        }
        if (String.join(HolidayRepository.SOURCE_SEPARATOR, papers).length() > MAX_SOURCE) {
            throw UserFacingException.badRequest("calendar.import.papersTooLong", MAX_SOURCE);
        }
        return List.copyOf(papers);
    }

    private static HolidayDay day(JsonNode entry, int index, int year) {
        if (!entry.isObject()) {
            throw UserFacingException.badRequest("calendar.import.badDay", index);
        }
        JsonNode name = entry.path("name");
        if (!name.isString() || name.stringValue().isBlank()) {
            throw UserFacingException.badRequest("calendar.import.badName", index);
        }
        if (name.stringValue().strip().length() > MAX_NAME) {
            throw UserFacingException.badRequest("calendar.import.nameTooLong", index, MAX_NAME);
        }
        JsonNode dateNode = entry.path("date");
        LocalDate date = dateNode.isString() ? parseDate(dateNode.stringValue()) : null;
        if (date == null) {
            throw UserFacingException.badRequest("calendar.import.badDate", index, shown(dateNode));
        }
        if (!withinNotice(date, year)) {
            throw UserFacingException.badRequest("calendar.import.dateOutsideYear", index, date.toString(), year);
        }
        JsonNode offDay = entry.path("isOffDay");
        if (!offDay.isBoolean()) {
            throw UserFacingException.badRequest("calendar.import.badOffDay", index);
        }
        return new HolidayDay(date, name.stringValue().strip(), offDay.booleanValue(), year);
    }

    /** The date, or null when the text is not a valid {@code YYYY-MM-DD} date. */
    public static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String shown(JsonNode node) {
        String text = node.isMissingNode() ? "" : node.isString() ? node.stringValue() : node.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
