package cn.fazhi.calendar.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.calendar.domain.HolidayDay;
import cn.fazhi.calendar.domain.HolidayMaintenance;
import cn.fazhi.calendar.domain.HolidayMaintenance.YearChange;
import cn.fazhi.platform.web.UserFacingException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Maintenance of the holiday data ({@code calendar:holiday:edit}): the imported notices, adding or replacing a year
 * from a holiday-cn JSON file (pasted or uploaded), setting or deleting one day. Refused input re-shows the page with
 * the reason (HTTP 400) and what was typed; a change redirects back with a confirmation.
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasAuthority('calendar:holiday:edit')")
class CalendarAdminController {

    /** The form fields of "add or replace a year". */
    record YearForm(String year, String json) {}

    /** The form fields of "set one day"; {@code kind} is OFF or MAKEUP. */
    record DayForm(String date, String name, String kind, String noticeYear) {}

    private final HolidayMaintenance maintenance;

    CalendarAdminController(HolidayMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping
    String page(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        Integer shown = null;
        if (year != null) {
            try {
                shown = RequestValues.FORM.year("year", year);
            } catch (UserFacingException e) {
                return refused(e, model, response);
            }
        }
        return render(model, shown);
    }

    @PostMapping("/years")
    String replaceYear(@RequestParam(required = false) String year, @RequestParam(required = false) String json,
            @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        String content = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : json;
        model.addAttribute("yearForm", new YearForm(year, json));
        try {
            YearChange change = maintenance.replaceYear(RequestValues.FORM.year("year", year), content);
            redirect.addFlashAttribute("doneKey", change.replaced() ? "calendar.admin.yearReplaced"
                    : "calendar.admin.yearAdded");
            redirect.addFlashAttribute("doneArgs", new Object[] {change.year(), change.days()});
            return "redirect:/admin/calendar?year=" + change.year();
        } catch (UserFacingException e) {
            return refused(e, model, response);
        }
    }

    @PostMapping("/days")
    String setDay(@RequestParam(required = false) String date, @RequestParam(required = false) String name,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String noticeYear,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("dayForm", new DayForm(date, name, kind, noticeYear));
        try {
            LocalDate day = RequestValues.FORM.date("date", date);
            RequestValues.FORM.required("name", name);
            boolean offDay = switch (RequestValues.FORM.required("kind", kind)) {
                case "OFF" -> true;
                case "MAKEUP" -> false;
                default -> throw UserFacingException.badRequest("calendar.day.badKind");
            };
            int year = noticeYear == null || noticeYear.isBlank() ? day.getYear()
                    : RequestValues.FORM.year("noticeYear", noticeYear);
            HolidayDay saved = maintenance.setDay(day, name, offDay, year);
            redirect.addFlashAttribute("doneKey", "calendar.admin.daySaved");
            redirect.addFlashAttribute("doneArgs", new Object[] {saved.date().toString()});
            return "redirect:/admin/calendar?year=" + saved.noticeYear();
        } catch (UserFacingException e) {
            return refused(e, model, response);
        }
    }

    @PostMapping("/days/delete")
    String deleteDay(@RequestParam(required = false) String date, @RequestParam(required = false) String year,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            LocalDate day = RequestValues.FORM.date("date", date);
            String back = year == null || year.isBlank() ? "redirect:/admin/calendar"
                    : "redirect:/admin/calendar?year=" + RequestValues.FORM.year("year", year);
            maintenance.deleteDay(day);
            redirect.addFlashAttribute("doneKey", "calendar.admin.dayDeleted");
            redirect.addFlashAttribute("doneArgs", new Object[] {day.toString()});
            return back;
        } catch (UserFacingException e) {
            return refused(e, model, response);
        }
    }

    private String refused(UserFacingException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", Refusal.of(e));
        return render(model, null);
    }

    private String render(Model model, Integer year) {
        model.addAttribute("notices", maintenance.notices());
        model.addAttribute("shownYear", year);
        model.addAttribute("days", year == null ? null : maintenance.daysOf(year));
        if (!model.containsAttribute("yearForm")) {
            model.addAttribute("yearForm", new YearForm(year == null ? null : String.valueOf(year), null));
        }
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", new DayForm(null, null, "OFF", year == null ? null : String.valueOf(year)));
        }
        return "calendar/admin";
    }
}
