package cn.fazhi.duties.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.duties.DutyLists;
import cn.fazhi.duties.Roster;
import cn.fazhi.duties.RosterAdmin;
import cn.fazhi.duties.Shufa;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Staff pages of 述法 and the duty lists: the roster (office), the plans with their reports (a unit sees its own),
 * one report (submit, evaluate, speaker), the duty lists and one list with its items and evidence; every list with
 * search, pages and .xlsx.
 */
@Controller
@PreAuthorize("hasAuthority('duties:view')")
class DutiesPageController {

    private final Roster roster;
    private final RosterAdmin rosterAdmin;
    private final Shufa shufa;
    private final DutyLists lists;
    private final MessageSource messages;

    DutiesPageController(Roster roster, RosterAdmin rosterAdmin, Shufa shufa, DutyLists lists, MessageSource messages) {
        this.roster = roster;
        this.rosterAdmin = rosterAdmin;
        this.shufa = shufa;
        this.lists = lists;
        this.messages = messages;
    }

    private static int year(Integer year) {
        return year == null ? LocalDate.now().getYear() : year;
    }

    private static String exportLink(String base) {
        return Pages.pageLink().replaceFirst("\\?", ".xlsx?");
    }

    // ---- roster ----------------------------------------------------------------------------------------------------

    @GetMapping("/duties/roster")
    @PreAuthorize("hasAuthority('duties:manage')")
    String roster(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q, Model model) {
        int y = year(year);
        List<Roster.Member> members = roster.members(y).stream()
                .filter(m -> q == null || q.isBlank() || m.name().contains(q.strip())).toList();
        model.addAttribute("year", y);
        model.addAttribute("q", q);
        model.addAttribute("members", members);
        model.addAttribute("exportLink", exportLink("/duties/roster"));
        return "duties/roster";
    }

    @GetMapping("/duties/roster.xlsx")
    @PreAuthorize("hasAuthority('duties:manage')")
    void rosterXlsx(@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Roster.Member m : roster.members(year(year))) {
            rows.add(List.of(m.name(), Sheets.label(messages, "duties.category." + m.category())));
        }
        Sheets.write(messages, response, "duties.roster.title", List.of("duties.field.unit", "duties.field.category"), rows);
    }

    @PostMapping("/duties/roster/{action:add|remove|copy}")
    @PreAuthorize("hasAuthority('duties:manage')")
    String rosterChange(@PathVariable String action, @RequestParam Integer year,
            @RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "add" -> rosterAdmin.add(year, unitId);
                case "remove" -> rosterAdmin.remove(year, unitId);
                default -> rosterAdmin.copyFromPreviousYear(year);
            }
            redirect.addFlashAttribute("noticeKey", "duties.notice.saved");
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:/duties/roster?year=" + year;
    }

    // ---- 述法 ------------------------------------------------------------------------------------------------------

    @GetMapping("/duties/shufa")
    String plans(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        model.addAttribute("result", shufa.plans(year, q, Math.max(page, 0), 20));
        model.addAttribute("kinds", Shufa.Kind.values());
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", exportLink("/duties/shufa"));
        return "duties/plans";
    }

    @GetMapping("/duties/shufa.xlsx")
    void plansXlsx(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Shufa.Plan p : shufa.plans(year, q, 0, 5000).items()) {
            rows.add(List.of(p.planYear(), Sheets.label(messages, "duties.kind." + p.kind()), p.title(), p.reportedYear(),
                    p.deadline().toString(), p.meetingOn() == null ? "" : p.meetingOn().toString(), p.units(),
                    p.submitted(), p.late(), p.evaluated(), p.speakers()));
        }
        Sheets.write(messages, response, "duties.plans.title", List.of("duties.field.planYear", "duties.field.kind",
                "duties.field.title", "duties.field.reportedYear", "duties.field.deadline", "duties.field.meetingOn",
                "duties.field.units", "duties.field.submitted", "duties.field.late", "duties.field.evaluated",
                "duties.field.speakers"), rows);
    }

    @PostMapping("/duties/shufa/new")
    @PreAuthorize("hasAuthority('duties:manage')")
    @SubmitOnce
    String createPlan(@RequestParam(required = false) Integer planYear, @RequestParam(required = false) Shufa.Kind kind,
            @RequestParam(required = false) Integer reportedYear, @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingOn,
            @RequestParam(required = false) List<Long> unitIds, Model model) {
        return Pages.attempt(model, plans(null, null, 0, model), () -> "redirect:/duties/shufa/" + shufa.create(
                new Shufa.NewPlan(planYear, kind, reportedYear, title, deadline, meetingOn, unitIds)).id());
    }

    @GetMapping("/duties/shufa/{id:\\d+}")
    String plan(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("plan", shufa.plan(id));
        model.addAttribute("q", q);
        model.addAttribute("state", state);
        model.addAttribute("result", shufa.reports(id, q, state, Math.max(page, 0), 20));
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", exportLink("/duties/shufa/" + id));
        return "duties/plan";
    }

    @GetMapping("/duties/shufa/{id:\\d+}.xlsx")
    void planXlsx(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) String state, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Shufa.Report r : shufa.reports(id, q, state, 0, 5000).items()) {
            rows.add(List.of(r.unitName(), r.submittedOn() == null ? "" : r.submittedOn().toString(),
                    Sheets.label(messages, "duties.timeliness." + r.timeliness()),
                    r.grade() == null ? "" : Sheets.label(messages, "duties.grade." + r.grade()),
                    r.comments() == null ? "" : r.comments(),
                    r.speaker() ? Sheets.label(messages, "duties.yes") : ""));
        }
        Sheets.write(messages, response, "duties.reports.title", List.of("duties.field.unit", "duties.field.submittedOn",
                "duties.field.timeliness", "duties.field.grade", "duties.field.comments", "duties.field.speaker"), rows);
    }

    @GetMapping("/duties/shufa/reports/{id:\\d+}")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("r", shufa.report(id));
        model.addAttribute("grades", cn.fazhi.duties.ShufaRules.Grade.values());
        return "duties/report";
    }

    @PostMapping("/duties/shufa/reports/{id:\\d+}/submit")
    @PreAuthorize("hasAuthority('duties:submit')")
    String submit(@PathVariable long id, @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedOn,
            @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        boolean hasFile = file != null && !file.isEmpty();
        try (var in = hasFile ? file.getInputStream() : null) {
            return Pages.attempt(model, report(id, model), () -> {
                shufa.submit(id, version, body, submittedOn, hasFile ? file.getOriginalFilename() : null, in);
                return "redirect:/duties/shufa/reports/" + id;
            });
        }
    }

    @PostMapping("/duties/shufa/reports/{id:\\d+}/evaluate")
    @PreAuthorize("hasAuthority('duties:manage')")
    String evaluate(@PathVariable long id, @RequestParam(required = false) String grade,
            @RequestParam(required = false) String comments, Model model) {
        return Pages.attempt(model, report(id, model), () -> {
            shufa.evaluate(id, new Shufa.Evaluation(grade, comments));
            return "redirect:/duties/shufa/reports/" + id;
        });
    }

    @PostMapping("/duties/shufa/reports/{id:\\d+}/speaker")
    @PreAuthorize("hasAuthority('duties:manage')")
    String speaker(@PathVariable long id, @RequestParam(defaultValue = "false") boolean speaker, Model model) {
        return Pages.attempt(model, report(id, model), () -> {
            shufa.speaker(id, speaker);
            return "redirect:/duties/shufa/reports/" + id;
        });
    }

    // ---- duty lists ------------------------------------------------------------------------------------------------

    @GetMapping("/duties/lists")
    String lists(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var result = lists.lists(year, q, Math.max(page, 0), 20);
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        model.addAttribute("result", result);
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", exportLink("/duties/lists"));
        return "duties/lists";
    }

    @GetMapping("/duties/lists.xlsx")
    void listsXlsx(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (DutyLists.DutyList l : lists.lists(year, q, 0, 5000).items()) {
            rows.add(List.of(l.listYear(), l.unitName(), l.headPost(), l.headName(), l.issuedOn().toString(), l.items(),
                    l.evidenced()));
        }
        Sheets.write(messages, response, "duties.lists.title", List.of("duties.field.listYear", "duties.field.unit",
                "duties.field.headPost", "duties.field.headName", "duties.field.issuedOn", "duties.field.items",
                "duties.field.evidenced"), rows);
    }

    @GetMapping("/duties/lists/{id:\\d+}")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("l", lists.list(id));
        model.addAttribute("items", lists.items(id));
        model.addAttribute("evidence", lists.evidence(id));
        return "duties/list";
    }

    @PostMapping("/duties/lists/items/{itemId:\\d+}/evidence")
    String addEvidence(@PathVariable long itemId, @RequestParam long listId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
            @RequestParam(required = false) String description, @RequestParam(defaultValue = "false") boolean completed,
            @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        boolean hasFile = file != null && !file.isEmpty();
        try (var in = hasFile ? file.getInputStream() : null) {
            return Pages.attempt(model, list(listId, model), () -> {
                lists.addEvidence(itemId, new DutyLists.NewEvidence(doneOn, description, completed),
                        hasFile ? file.getOriginalFilename() : null, in);
                return "redirect:/duties/lists/" + listId;
            });
        }
    }
}
