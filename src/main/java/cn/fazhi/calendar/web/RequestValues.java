package cn.fazhi.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Function;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.calendar.domain.HolidayFileParser;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Turns request text into values, refusing bad input with a message that names the field and the rule, rather than
 * leaving it to framework conversion (whose messages cannot say what a valid value looks like). The API names a
 * field by its parameter ({@code 参数“from”}), pages by its label ({@code 起算日}).
 */
final class RequestValues {

    static final RequestValues API = new RequestValues(name -> new DefaultMessageSourceResolvable(
            new String[] {"calendar.param.name"}, new Object[] {name}, name));
    static final RequestValues FORM = new RequestValues(name -> new DefaultMessageSourceResolvable(
            new String[] {"calendar.field." + name}, null, name));

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Function<String, MessageSourceResolvable> naming;

    private RequestValues(Function<String, MessageSourceResolvable> naming) {
        this.naming = naming;
    }

    LocalDate date(String field, String value) {
        String text = required(field, value);
        LocalDate date = HolidayFileParser.parseDate(text);
        if (date == null) {
            throw UserFacingException.badRequest("calendar.param.badDate", naming.apply(field), shown(text));
        }
        return date;
    }

    int amount(String field, String value) {
        String text = required(field, value);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw UserFacingException.badRequest("calendar.param.badAmount", naming.apply(field), shown(text));
        }
    }

    PeriodUnit unit(String field, String value) {
        String text = required(field, value);
        for (PeriodUnit unit : PeriodUnit.values()) {
            if (unit.name().equalsIgnoreCase(text)) {
                return unit;
            }
        }
        throw UserFacingException.badRequest("calendar.param.badUnit", naming.apply(field), shown(text));
    }

    YearMonth month(String field, String value) {
        String text = required(field, value);
        try {
            return YearMonth.parse(text, MONTH);
        } catch (DateTimeParseException e) {
            throw UserFacingException.badRequest("calendar.param.badMonth", naming.apply(field), shown(text));
        }
    }

    int year(String field, String value) {
        String text = required(field, value);
        try {
            int year = Integer.parseInt(text);
            if (year >= HolidayFileParser.MIN_YEAR && year <= HolidayFileParser.MAX_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below, with the accepted range
        }
        throw UserFacingException.badRequest("calendar.param.badYear", naming.apply(field), shown(text),
                HolidayFileParser.MIN_YEAR, HolidayFileParser.MAX_YEAR);
    }

    String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw UserFacingException.badRequest("calendar.param.required", naming.apply(field));
        }
        return value.strip();
    }

    /** The value as echoed back in a message: shortened, so a long input cannot flood the answer. */
    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
