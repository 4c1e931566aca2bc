package cn.fazhi.calendar.web;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The month view and deadline calculator: {@code /calendar} for staff, {@code /public/calendar} for citizens (no
 * login). The calculator posts to the {@code /deadline} fragment with htmx and works as a plain form without it.
 */
@Controller
class CalendarPageController {

    private final LegalCalendar calendar;
    private final Clock clock;

    CalendarPageController(LegalCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String staffPage(@RequestParam(required = false) String month, @RequestParam(required = false) String from,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String unit, Model model) {
        return page("/calendar", month, from, amount, unit, model);
    }

    @GetMapping("/public/calendar")
    String publicPage(@RequestParam(required = false) String month, @RequestParam(required = false) String from,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String unit, Model model) {
        return page("/public/calendar", month, from, amount, unit, model);
    }

    @GetMapping({"/calendar/deadline", "/public/calendar/deadline"})
    String deadlineFragment(@RequestParam(required = false) String from,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String unit, Model model) {
        model.addAttribute("result", calculate(from, amount, unit));
        return "calendar/fragments :: deadline";
    }

    private String page(String base, String month, String from, String amount, String unit, Model model) {
        YearMonth shown = YearMonth.now(clock);
        if (month != null && !month.isBlank()) {
            try {
                shown = RequestValues.FORM.month("month", month);
            } catch (UserFacingException e) {
                model.addAttribute("monthError", Refusal.of(e));
            }
        }
        boolean asked = from != null || amount != null || unit != null;
        model.addAttribute("result", asked ? calculate(from, amount, unit) : null);
        model.addAttribute("base", base);
        model.addAttribute("from", from);
        model.addAttribute("amount", amount);
        model.addAttribute("unit", unit == null ? PeriodUnit.DAYS.name() : unit);
        model.addAttribute("units", PeriodUnit.values());
        model.addAttribute("grid", MonthGrid.of(shown, calendar.month(shown),
                calendar.publishedYears().contains(shown.getYear())));
        return "calendar/calendar";
    }

    private CalculatorResult calculate(String from, String amount, String unit) {
        try {
            return CalculatorResult.of(calendar.deadline(RequestValues.FORM.date("from", from),
                    RequestValues.FORM.amount("amount", amount), RequestValues.FORM.unit("unit", unit)));
        } catch (UserFacingException e) {
            return CalculatorResult.refused(e);
        }
    }
}
