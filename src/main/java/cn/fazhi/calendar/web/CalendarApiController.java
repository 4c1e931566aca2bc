package cn.fazhi.calendar.web;

import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.calendar.DayInfo;
import cn.fazhi.calendar.Deadline;
import cn.fazhi.calendar.LegalCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public, login-free API of the legal calendar. Bad input is a 400 problem body naming the parameter and the rule. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar", description = "Legal calendar: working days and statutory deadlines (public)")
class CalendarApiController {

    private static final String BAD_INPUT = "RFC 9457 problem; detail says in Chinese (or per Accept-Language) "
            + "which parameter is wrong and what a valid value looks like";

    private final LegalCalendar calendar;

    CalendarApiController(LegalCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/deadline")
    @ApiResponse(responseCode = "400", description = BAD_INPUT)
    @Operation(summary = "Last day of a statutory period",
            description = "The start day is not counted; a last day that is a rest day moves to the next working day; "
                    + "WORKING_DAYS count working days only. provisional=true when a year without a published "
                    + "holiday notice was involved.")
    Deadline deadline(
            @Parameter(required = true, description = "Start day, YYYY-MM-DD (not counted)", example = "2023-09-28")
            @RequestParam(required = false) String from,
            @Parameter(required = true, example = "5",
                    description = "Length of the period: 0–3650 days, 0–1200 months, 0–100 years")
            @RequestParam(required = false) String amount,
            @Parameter(required = true, description = "DAYS, WORKING_DAYS, MONTHS or YEARS", example = "WORKING_DAYS")
            @RequestParam(required = false) String unit) {
        return calendar.deadline(RequestValues.API.date("from", from), RequestValues.API.amount("amount", amount),
                RequestValues.API.unit("unit", unit));
    }

    @GetMapping("/days/{date}")
    @ApiResponse(responseCode = "400", description = BAD_INPUT)
    @Operation(summary = "Whether a date is a working day, and which holiday or make-up working day it is")
    DayInfo day(@Parameter(description = "YYYY-MM-DD", example = "2023-10-07") @PathVariable String date) {
        return calendar.day(RequestValues.API.date("date", date));
    }

    @GetMapping("/years")
    @Operation(summary = "Years whose State Council holiday notice is in the calendar")
    Set<Integer> years() {
        return calendar.publishedYears();
    }
}
