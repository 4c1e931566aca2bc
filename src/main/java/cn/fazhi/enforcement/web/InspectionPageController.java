package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.enforcement.EvidenceMedia;
import cn.fazhi.enforcement.EvidenceStage;
import cn.fazhi.enforcement.InspectionCommands;
import cn.fazhi.enforcement.InspectionResult;
import cn.fazhi.enforcement.InspectionStatus;
import cn.fazhi.enforcement.InspectionTargetKind;
import cn.fazhi.enforcement.InspectionView;
import cn.fazhi.enforcement.Inspections;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;

/** Staff pages of 行政检查: list (search, filters, pages, export), record form, one inspection with its steps. */
@Controller
@PreAuthorize("hasAuthority('enforcement:view')")
class InspectionPageController {

    private static final String[] HEADERS = {"enforcement.inspection.field.caseNumber",
            "enforcement.inspection.field.inspectedOn", "enforcement.inspection.field.unit",
            "enforcement.inspection.field.targetName", "enforcement.inspection.field.subject",
            "enforcement.inspection.field.officers", "enforcement.inspection.field.status",
            "enforcement.inspection.field.result", "enforcement.inspection.field.findings"};

    private final Inspections inspections;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    InspectionPageController(Inspections inspections, CurrentUsers currentUsers, CaseTimeline timeline, 
            MessageSource messages, AuditTrail audit, Clock clock) {
        this.inspections = inspections;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/enforcement/inspections")
    String list(@ModelAttribute("query") InspectionCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        InspectionCommands.Query q = errors.hasErrors() ? new InspectionCommands.Query(null, null, null, null) : query;
        model.addAttribute("query", q);
        model.addAttribute("result", inspections.search(q, currentUsers.require().scope(), page, 20));
        model.addAttribute("statuses", InspectionStatus.values());
        model.addAttribute("results", InspectionResult.values());
        model.addAttribute("pageLink", Pages.pageLink());
        return "enforcement/publicity/inspections";
    }

    @GetMapping("/enforcement/inspections/export")
    void export(@ModelAttribute("query") InspectionCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        InspectionCommands.Query q = errors.hasErrors() ? new InspectionCommands.Query(null, null, null, null) : query;
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (InspectionView i : inspections.search(q, currentUsers.require().scope(), 0, 500).items()) {
            rows.add(List.of(i.caseNumber(), i.inspectedOn().toString(), i.unitName(), i.targetName(), i.subject(),
                    String.join("、", i.officers().stream().map(InspectionView.Officer::name).toList()),
                    messages.getMessage("enforcement.inspection.status." + i.status(), null, locale),
                    i.result() == null ? "" : messages.getMessage("enforcement.inspection.result." + i.result(), null, locale),
                    i.findings() == null ? "" : i.findings()));
        }
        PublicationXlsx.write(messages, response, "enforcement.inspection.export.file", "enforcement.inspection.export.sheet",
                HEADERS, rows, audit, AuditEntry.of("enforcement.inspection.exported", "enforcement_inspection", null,
                        rows.size() + " rows, status=" + q.status() + " year=" + q.year()));
    }

    @GetMapping("/enforcement/inspections/new")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String form(Model model) {
        return form(model, new InspectionCommands.Register(LocalDate.now(clock), InspectionTargetKind.ORGANISATION, null,
                null, null, null, null, List.of(), Boolean.FALSE, null));
    }

    @PostMapping("/enforcement/inspections")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @SubmitOnce
    String register(@Validated @ModelAttribute("form") InspectionCommands.Register form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form(model, form);
        if (Pages.invalid(model, errors)) {
            return "enforcement/publicity/inspection-form";
        }
        return Pages.attempt(model, "enforcement/publicity/inspection-form", () -> {
            InspectionView created = inspections.register(form, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "enforcement.inspection.notice.registered");
            return "redirect:/enforcement/inspections/" + created.id();
        });
    }

    @GetMapping("/enforcement/inspections/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, inspections.get(id));
    }

    @PostMapping("/enforcement/inspections/{id}/conclude")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String conclude(@PathVariable long id, @Validated @ModelAttribute InspectionCommands.Conclude c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> inspections.conclude(id, c));
    }

    @PostMapping("/enforcement/inspections/{id}/cancel")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String cancel(@PathVariable long id, @Validated @ModelAttribute InspectionCommands.Cancel c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> inspections.cancel(id, c));
    }

    @PostMapping("/enforcement/inspections/{id}/evidence")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String evidence(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "stage", required = false) EvidenceStage stage,
            @RequestParam(name = "media", required = false) EvidenceMedia media,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "recordedOn", required = false) LocalDate recordedOn, Model model,
            RedirectAttributes redirect) {
        return step(id, null, model, redirect, () -> {
            if (file == null || file.isEmpty()) {
                throw UserFacingException.badRequest("cases.attachment.empty");
            }
            try {
                return inspections.recordEvidence(id, stage, media, "INSPECTION", title, recordedOn,
                        file.getOriginalFilename(), file.getInputStream());
            } catch (IOException e) {
                throw new IllegalStateException("upload could not be read", e);
            }
        });
    }

    private String step(long id, BindingResult errors, Model model, RedirectAttributes redirect, Supplier<Object> action) {
        InspectionView v = inspections.get(id);
        if (errors != null && Pages.invalid(model, errors)) {
            return show(model, v);
        }
        try {
            action.get();
        } catch (UserFacingException e) {
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, inspections.get(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:/enforcement/inspections/" + id;
    }

    private String form(Model model, InspectionCommands.Register form) {
        long unit = currentUsers.require().unitId();
        model.addAttribute("form", form);
        model.addAttribute("targetKinds", InspectionTargetKind.values());
        model.addAttribute("officers", inspections.officerChoices(unit));
        model.addAttribute("matters", inspections.matterChoices(unit));
        return "enforcement/publicity/inspection-form";
    }

    private String show(Model model, InspectionView v) {
        model.addAttribute("i", v);
        model.addAttribute("actions", inspections.actions(v));
        model.addAttribute("results", InspectionResult.values());
        model.addAttribute("timeline", timeline.of(Inspections.ref(v.id())));
        model.addAttribute("evidence", inspections.evidence(v.id()));
        model.addAttribute("stages", EvidenceStage.values());
        model.addAttribute("medias", EvidenceMedia.values());
        model.addAttribute("canHandle", currentUsers.require().can("enforcement:handle"));
        model.addAttribute("today", LocalDate.now(clock));
        return "enforcement/publicity/inspection";
    }
}
