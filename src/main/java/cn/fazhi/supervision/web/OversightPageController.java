package cn.fazhi.supervision.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.UnitType;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.supervision.OverseerCommands;
import cn.fazhi.supervision.OverseerKind;
import cn.fazhi.supervision.OverseerStatus;
import cn.fazhi.supervision.OverseerView;
import cn.fazhi.supervision.Overseers;
import cn.fazhi.supervision.OversightCommands;
import cn.fazhi.supervision.OversightKind;
import cn.fazhi.supervision.OversightMissions;
import cn.fazhi.supervision.OversightStatus;
import cn.fazhi.supervision.OversightView;
import cn.fazhi.supervision.ReportDuties;
import cn.fazhi.supervision.ReportDutyView;
import cn.fazhi.platform.web.Paged;

/** Staff pages of 法治督察: missions, the pool of 法治督察员 and the annual-report duties. */
@Controller
@PreAuthorize("hasAuthority('supervision:view')")
class OversightPageController {

    private static final String[] MISSION_HEADERS = {"supervision.oversight.field.caseNumber",
        "supervision.oversight.field.kind", "supervision.oversight.field.topic", "supervision.oversight.field.targets",
        "supervision.oversight.field.startedOn", "supervision.oversight.field.endsOn", "supervision.oversight.field.status",
        "supervision.oversight.field.findings"};
    private static final String[] INSPECTOR_HEADERS = {"supervision.oversight.inspector.field.name",
        "supervision.oversight.inspector.field.kind", "supervision.oversight.inspector.field.affiliation",
        "supervision.oversight.inspector.field.phone", "supervision.oversight.inspector.field.appointedOn",
        "supervision.oversight.inspector.field.appointmentDoc", "supervision.oversight.inspector.field.termEndsOn",
        "supervision.oversight.inspector.field.status", "supervision.oversight.inspector.field.missions"};

    private final OversightMissions missions;
    private final Overseers overseers;
    private final ReportDuties duties;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseLinks links;
    private final CaseAttachments attachments;
    private final Units units;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    OversightPageController(OversightMissions missions, Overseers overseers, ReportDuties duties, CurrentUsers currentUsers,
            CaseTimeline timeline, CaseLinks links, CaseAttachments attachments, Units units, MessageSource messages,
            AuditTrail audit, Clock clock) {
        this.missions = missions;
        this.overseers = overseers;
        this.duties = duties;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.links = links;
        this.attachments = attachments;
        this.units = units;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- missions ----------------------------------------------------------------------------------------------------

    @GetMapping("/supervision/oversight/missions")
    String list(@ModelAttribute("query") OversightCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        OversightCommands.Query q = errors.hasErrors() ? new OversightCommands.Query(null, null, null, null) : query;
        model.addAttribute("query", q);
        model.addAttribute("result", missions.search(q, currentUsers.require().scope(), page, 20));
        model.addAttribute("kinds", OversightKind.values());
        model.addAttribute("statuses", OversightStatus.values());
        model.addAttribute("pageLink", Pages.pageLink());
        return "supervision/oversight/missions";
    }

    @GetMapping("/supervision/oversight/missions/export")
    void exportMissions(@ModelAttribute("query") OversightCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        OversightCommands.Query q = errors.hasErrors() ? new OversightCommands.Query(null, null, null, null) : query;
        Paged<OversightView> all = missions.search(q, currentUsers.require().scope(), 0, 500);
        List<List<Object>> rows = new ArrayList<>();
        for (OversightView m : all.items()) {
            rows.add(List.of(m.caseNumber(), label("supervision.oversight.kind." + m.kind()), m.topic(),
                    String.join("、", m.targets().stream().map(OversightView.Target::unitName).toList()),
                    m.startedOn().toString(), m.endsOn().toString(), label("supervision.oversight.status." + m.status()),
                    m.findings().size()));
        }
        OversightXlsx.write(messages, response, "supervision.oversight.export.missions",
                "supervision.oversight.export.missions", MISSION_HEADERS, rows, audit,
                AuditEntry.of("supervision.oversight.exported", "oversight_mission", null, rows.size() + " rows"));
    }

    @GetMapping("/supervision/oversight/missions/new")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String form(Model model) {
        LocalDate today = LocalDate.now(clock);
        return form(model, new OversightCommands.Plan(OversightKind.ON_SITE, null, today, today.plusDays(14), List.of(),
                List.of()));
    }

    @PostMapping("/supervision/oversight/missions")
    @PreAuthorize("hasAuthority('supervision:manage')")
    @SubmitOnce
    String plan(@ModelAttribute("form") OversightCommands.Plan form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form(model, form);
        if (Pages.invalid(model, errors)) {
            return "supervision/oversight/mission-form";
        }
        return Pages.attempt(model, "supervision/oversight/mission-form", () -> {
            OversightView created = missions.plan(form, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "supervision.oversight.notice.planned");
            return "redirect:/supervision/oversight/missions/" + created.id();
        });
    }

    @GetMapping("/supervision/oversight/missions/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, missions.get(id));
    }

    @GetMapping("/supervision/oversight/missions/{id}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        OversightView v = missions.get(id);
        return file(missions.reportDocx(id), v.caseNumber() + "督察报告.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @GetMapping("/supervision/oversight/missions/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        OversightView v = missions.get(id);
        return file(missions.reportPdf(id), v.caseNumber() + "督察报告.pdf", MediaType.APPLICATION_PDF_VALUE);
    }

    @PostMapping("/supervision/oversight/missions/{id}/notify")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String notifyTargets(@PathVariable long id, @ModelAttribute OversightCommands.Notify c, Model model,
            RedirectAttributes redirect) {
        return step(id, model, redirect, () -> missions.notifyTargets(id, c));
    }

    @PostMapping("/supervision/oversight/missions/{id}/selfReport")
    @PreAuthorize("hasAuthority('supervision:respond')")
    String selfReport(@PathVariable long id, @ModelAttribute OversightCommands.SelfReport c,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        return step(id, model, redirect, () -> {
            List<OversightMissions.Upload> uploads = new ArrayList<>();
            for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
                if (f != null && !f.isEmpty()) {
                    try {
                        uploads.add(new OversightMissions.Upload(f.getOriginalFilename(), f.getInputStream()));
                    } catch (IOException e) {
                        throw UserFacingException.badRequest("cases.attachment.empty");
                    }
                }
            }
            return missions.selfReport(id, c, currentUsers.require(), uploads);
        });
    }

    @PostMapping("/supervision/oversight/missions/{id}/start")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String start(@PathVariable long id, @ModelAttribute OversightCommands.Step c, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, () -> missions.start(id, c));
    }

    @PostMapping("/supervision/oversight/missions/{id}/recordFinding")
    @PreAuthorize("hasAuthority('supervision:inspect')")
    String recordFinding(@PathVariable long id, @ModelAttribute OversightCommands.Finding c, Model model,
            RedirectAttributes redirect) {
        return step(id, model, redirect, () -> missions.recordFinding(id, c, currentUsers.require()));
    }

    @PostMapping("/supervision/oversight/missions/{id}/completeFindings")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String completeFindings(@PathVariable long id, @ModelAttribute OversightCommands.Step c, Model model,
            RedirectAttributes redirect) {
        return step(id, model, redirect, () -> missions.completeFindings(id, c));
    }

    @PostMapping("/supervision/oversight/missions/{id}/issueReport")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String issueReport(@PathVariable long id, @ModelAttribute OversightCommands.Report c, Model model,
            RedirectAttributes redirect) {
        return step(id, model, redirect, () -> missions.issueReport(id, c));
    }

    @PostMapping("/supervision/oversight/missions/{id}/close")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String close(@PathVariable long id, @ModelAttribute OversightCommands.Step c, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, () -> missions.close(id, c));
    }

    @PostMapping("/supervision/oversight/missions/{id}/cancel")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String cancel(@PathVariable long id, @ModelAttribute OversightCommands.Step c, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, () -> missions.cancel(id, c));
    }

    private String step(long id, Model model, RedirectAttributes redirect, Supplier<Object> action) {
        missions.get(id);
        try {
            action.get();
        } catch (UserFacingException e) {
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, missions.get(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:/supervision/oversight/missions/" + id;
    }

    private String form(Model model, OversightCommands.Plan form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", OversightKind.values());
        model.addAttribute("units", targetChoices());
        model.addAttribute("inspectors", overseers.serving(form.startedOn() == null ? LocalDate.now(clock) : form.startedOn()));
        return "supervision/oversight/mission-form";
    }

    private List<UnitView> targetChoices() {
        return units.all().stream().filter(UnitView::active)
                .filter(u -> u.type() == UnitType.DEPARTMENT || u.type() == UnitType.TOWNSHIP_GOVERNMENT
                        || u.type() == UnitType.GOVERNMENT)
                .toList();
    }

    private String show(Model model, OversightView v) {
        model.addAttribute("m", v);
        model.addAttribute("actions", missions.actions(v));
        model.addAttribute("problems", missions.problems(v.id()));
        model.addAttribute("links", links.of(OversightMissions.ref(v.id())));
        model.addAttribute("timeline", timeline.of(OversightMissions.ref(v.id())));
        model.addAttribute("files", attachments.of(OversightMissions.ref(v.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/oversight/mission";
    }

    // ---- the pool of inspectors ----------------------------------------------------------------------------------------

    @GetMapping("/supervision/oversight/inspectors")
    String inspectors(@ModelAttribute("query") OverseerCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        OverseerCommands.Query q = errors.hasErrors() ? new OverseerCommands.Query(null, null, null) : query;
        model.addAttribute("query", q);
        model.addAttribute("result", overseers.search(q, page, 20));
        model.addAttribute("kinds", OverseerKind.values());
        model.addAttribute("statuses", OverseerStatus.values());
        model.addAttribute("pageLink", Pages.pageLink());
        return "supervision/oversight/inspectors";
    }

    @GetMapping("/supervision/oversight/inspectors/export")
    void exportInspectors(@ModelAttribute("query") OverseerCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        OverseerCommands.Query q = errors.hasErrors() ? new OverseerCommands.Query(null, null, null) : query;
        List<List<Object>> rows = new ArrayList<>();
        for (OverseerView i : overseers.search(q, 0, 5000).items()) {
            rows.add(List.of(i.name(), label("supervision.oversight.inspector.kind." + i.kind()), i.affiliation(),
                    i.phoneMasked() == null ? "" : i.phoneMasked(), i.appointedOn().toString(), i.appointmentDoc(),
                    i.termEndsOn().toString(), label("supervision.oversight.inspector.status." + i.status()), i.missions()));
        }
        OversightXlsx.write(messages, response, "supervision.oversight.export.inspectors",
                "supervision.oversight.export.inspectors", INSPECTOR_HEADERS, rows, audit,
                AuditEntry.of("supervision.oversight.inspector.exported", "oversight_inspector", null, rows.size() + " rows"));
    }

    @GetMapping("/supervision/oversight/inspectors/new")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String newInspector(Model model) {
        LocalDate today = LocalDate.now(clock);
        return inspectorForm(model, null, new OverseerCommands.Save(null, OverseerKind.LAWYER, null, null, null, today, null,
                today.plusYears(3).minusDays(1), null));
    }

    @GetMapping("/supervision/oversight/inspectors/{id}")
    String inspector(@PathVariable long id, Model model) {
        OverseerView v = overseers.find(id);
        return inspectorForm(model, v, new OverseerCommands.Save(v.name(), v.kind(), v.affiliation(), null, v.username(),
                v.appointedOn(), v.appointmentDoc(), v.termEndsOn(), v.version()));
    }

    @PostMapping("/supervision/oversight/inspectors")
    @PreAuthorize("hasAuthority('supervision:manage')")
    @SubmitOnce
    String appoint(@ModelAttribute("form") OverseerCommands.Save form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        inspectorForm(model, null, form);
        if (Pages.invalid(model, errors)) {
            return "supervision/oversight/inspector-form";
        }
        return Pages.attempt(model, "supervision/oversight/inspector-form", () -> {
            OverseerView v = overseers.appoint(form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/supervision/oversight/inspectors/" + v.id();
        });
    }

    @PostMapping("/supervision/oversight/inspectors/{id}")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String update(@PathVariable long id, @ModelAttribute("form") OverseerCommands.Save form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        inspectorForm(model, overseers.find(id), form);
        if (Pages.invalid(model, errors)) {
            return "supervision/oversight/inspector-form";
        }
        return Pages.attempt(model, "supervision/oversight/inspector-form", () -> {
            overseers.update(id, form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/supervision/oversight/inspectors/" + id;
        });
    }

    @PostMapping("/supervision/oversight/inspectors/{id}/dismiss")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String dismiss(@PathVariable long id, @ModelAttribute OverseerCommands.Dismiss c, Model model,
            RedirectAttributes redirect) {
        OverseerView v = overseers.find(id);
        inspectorForm(model, v, new OverseerCommands.Save(v.name(), v.kind(), v.affiliation(), null, v.username(),
                v.appointedOn(), v.appointmentDoc(), v.termEndsOn(), v.version()));
        return Pages.attempt(model, "supervision/oversight/inspector-form", () -> {
            overseers.dismiss(id, c);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/supervision/oversight/inspectors/" + id;
        });
    }

    private String inspectorForm(Model model, OverseerView v, OverseerCommands.Save form) {
        model.addAttribute("inspector", v);
        model.addAttribute("form", form);
        model.addAttribute("kinds", OverseerKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/oversight/inspector-form";
    }

    // ---- annual-report duties ------------------------------------------------------------------------------------------

    @GetMapping("/supervision/oversight/report-duties")
    String duties(@RequestParam(name = "year", required = false) Integer year, Model model) {
        CurrentUser me = currentUsers.require();
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        List<ReportDutyView> rows;
        try {
            rows = visible(duties.of(y), me);
        } catch (UserFacingException e) {
            Pages.errors(model).add(e);
            y = LocalDate.now(clock).getYear() - 1;
            rows = visible(duties.of(y), me);
        }
        model.addAttribute("year", y);
        model.addAttribute("rows", rows);
        return "supervision/oversight/report-duties";
    }

    @PostMapping("/supervision/oversight/report-duties/raise")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String raise(@RequestParam("year") int year, @RequestParam("regionCode") String regionCode, Model model,
            RedirectAttributes redirect) {
        try {
            duties.raise(year, regionCode);
        } catch (UserFacingException e) {
            Pages.errors(model).add(e);
            model.addAttribute("year", year);
            model.addAttribute("rows", visible(duties.of(year), currentUsers.require()));
            return "supervision/oversight/report-duties";
        }
        redirect.addFlashAttribute("noticeKey", "supervision.oversight.duty.notice.raised");
        return "redirect:/supervision/oversight/report-duties?year=" + year;
    }

    static List<ReportDutyView> visible(List<ReportDutyView> rows, CurrentUser me) {
        return rows.stream().filter(d -> me.scope() != null && me.scope().covers(d.unitId(), d.regionCode())).toList();
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
