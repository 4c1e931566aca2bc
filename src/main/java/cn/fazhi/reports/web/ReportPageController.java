package cn.fazhi.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reports.AnnualReports;
import cn.fazhi.reports.ReportForms.Create;
import cn.fazhi.reports.ReportForms.EditText;
import cn.fazhi.reports.ReportForms.StepForm;
import cn.fazhi.reports.ReportStep;
import cn.fazhi.reports.ReportTemplates;
import cn.fazhi.reports.ReportViews.Report;
import cn.fazhi.reports.ReportViews.Template;
import cn.fazhi.reports.domain.FigureFormat;

/** Staff pages: the list with the drafting form, a report's preview and steps, its text editor, the template. */
@Controller
@PreAuthorize("hasAuthority('reports:view')")
class ReportPageController {

    private final AnnualReports reports;
    private final ReportTemplates templates;
    private final Regions regions;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ReportPageController(AnnualReports reports, ReportTemplates templates, Regions regions, CurrentUsers currentUsers,
            Clock clock) {
        this.reports = reports;
        this.templates = templates;
        this.regions = regions;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String list(Model model) {
        CurrentUser me = currentUsers.require();
        int thisYear = LocalDate.now(clock).getYear();
        model.addAttribute("reports", reports.list(me));
        model.addAttribute("years", IntStream.rangeClosed(0, 5).map(i -> thisYear - i)
                .boxed().toList());
        model.addAttribute("defaultYear", thisYear - 1);
        List<RegionView> choices = new ArrayList<>();
        regions.find(Regions.DISTRICT_CODE).ifPresent(choices::add);
        choices.addAll(regions.townships());
        model.addAttribute("regions", choices.stream().filter(r -> r.code().startsWith(me.scope().regionCode())).toList());
        return "reports/list";
    }

    @PostMapping("/reports")
    @PreAuthorize("hasAuthority('reports:draft')")
    @cn.fazhi.platform.web.SubmitOnce
    String create(@RequestParam(required = false) Integer year, @RequestParam(required = false) String regionCode,
            Model model) {
        String listView = list(model);
        return Pages.attempt(model, listView,
                () -> "redirect:/reports/" + reports.create(new Create(year, regionCode), currentUsers.require()).id());
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable long id, Model model) {
        return show(model, reports.get(id, currentUsers.require()));
    }

    @PostMapping("/reports/{id}/steps/{step}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String text,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        ReportStep s = ReportStep.ofPath(step).orElseThrow(() -> UserFacingException.notFound("reports.error.stepUnknown"));
        return attempt(id, model, redirect, "reports.step.done." + s.path(),
                () -> reports.step(id, s, new StepForm(text, version), currentUsers.require()));
    }

    @GetMapping("/reports/{id}/edit")
    @PreAuthorize("hasAuthority('reports:draft')")
    String editForm(@PathVariable long id, Model model) {
        Report report = reports.get(id, currentUsers.require());
        return editor(model, report, new EditText(report.titleSource(), report.bodySource(), report.signatureSource(),
                report.version()));
    }

    @PostMapping("/reports/{id}/edit")
    @PreAuthorize("hasAuthority('reports:draft')")
    String edit(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String body, @RequestParam(required = false) String signature,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        EditText form = new EditText(title, body, signature, version);
        String editorView = editor(model, reports.get(id, currentUsers.require()), form);
        return Pages.attempt(model, editorView, () -> {
            reports.editText(id, form, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/reports/" + id;
        });
    }

    @GetMapping("/reports/{id}/figures/{indicatorId}")
    String frozenRecords(@PathVariable long id, @PathVariable String indicatorId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser me = currentUsers.require();
        model.addAttribute("report", reports.get(id, me));
        model.addAttribute("records", reports.frozenRecords(id, indicatorId, page, me));
        return "reports/records";
    }

    @GetMapping("/reports/{id}/docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return ReportFiles.file(reports.docx(id, currentUsers.require()), ReportFiles.DOCX, false);
    }

    @GetMapping("/reports/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ReportFiles.file(reports.pdf(id, currentUsers.require()), MediaType.APPLICATION_PDF, false);
    }

    @GetMapping("/reports/template")
    @PreAuthorize("hasAuthority('reports:template:edit')")
    String templateForm(Model model) {
        Template t = templates.current();
        return templateEditor(model, t, new EditText(t.title(), t.body(), t.signature(), t.version()));
    }

    @PostMapping("/reports/template")
    @PreAuthorize("hasAuthority('reports:template:edit')")
    String saveTemplate(@RequestParam(required = false) String title, @RequestParam(required = false) String body,
            @RequestParam(required = false) String signature, @RequestParam(required = false) Integer version,
            Model model, RedirectAttributes redirect) {
        EditText form = new EditText(title, body, signature, version);
        String editorView = templateEditor(model, templates.current(), form);
        return Pages.attempt(model, editorView, () -> {
            templates.save(form, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/reports/template";
        });
    }

    private String attempt(long id, Model model, RedirectAttributes redirect, String noticeKey, Supplier<Report> action) {
        try {
            action.get();
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, reports.get(id, currentUsers.require()));
        }
        redirect.addFlashAttribute("noticeKey", noticeKey);
        return "redirect:/reports/" + id;
    }

    private String show(Model model, Report report) {
        model.addAttribute("r", report);
        return "reports/report";
    }

    private String editor(Model model, Report report, EditText form) {
        model.addAttribute("r", report);
        model.addAttribute("form", form);
        model.addAttribute("formats", FigureFormat.codes());
        return "reports/edit";
    }

    private String templateEditor(Model model, Template template, EditText form) {
        model.addAttribute("template", template);
        model.addAttribute("form", form);
        model.addAttribute("formats", FigureFormat.codes());
        return "reports/template";
    }
}
