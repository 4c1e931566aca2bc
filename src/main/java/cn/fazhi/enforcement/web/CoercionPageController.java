package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import cn.fazhi.enforcement.CoercionCommands;
import cn.fazhi.enforcement.CoercionDisposal;
import cn.fazhi.enforcement.CoercionExecutionType;
import cn.fazhi.enforcement.CoercionKind;
import cn.fazhi.enforcement.CoercionMeasureType;
import cn.fazhi.enforcement.CoercionStatus;
import cn.fazhi.enforcement.CoercionView;
import cn.fazhi.enforcement.Coercions;
import cn.fazhi.enforcement.EvidenceMedia;
import cn.fazhi.enforcement.EvidenceStage;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;
import jakarta.servlet.http.HttpServletResponse;
import cn.fazhi.platform.web.Paged;

/** Staff pages of 行政强制: the list (search, filters, pages, Excel), the register form, the case page and its steps. */
@Controller
@PreAuthorize("hasAuthority('enforcement:view')")
class CoercionPageController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int PAGE_SIZE = 20;

    private final Coercions coercions;
    private final CaseTimeline timeline;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    CoercionPageController(Coercions coercions, CaseTimeline timeline, MessageSource messages, AuditTrail audit,
            Clock clock) {
        this.coercions = coercions;
        this.timeline = timeline;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/enforcement/coercions")
    String list(@ModelAttribute("query") Coercions.CoercionQuery query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Coercions.CoercionQuery q = errors.hasErrors() ? new Coercions.CoercionQuery(null, null, null, null) : query;
        model.addAttribute("query", q);
        model.addAttribute("result", coercions.search(q, page, PAGE_SIZE));
        model.addAttribute("kinds", CoercionKind.values());
        model.addAttribute("statuses", CoercionStatus.values());
        model.addAttribute("pageLink", Pages.pageLink());
        return "enforcement/coercion/list";
    }

    @GetMapping("/enforcement/coercions/export.xlsx")
    void export(@ModelAttribute Coercions.CoercionQuery query, HttpServletResponse response) throws IOException {
        Paged<CoercionView> found = coercions.search(query, 0, 500);
        Locale locale = LocaleContextHolder.getLocale();
        String[] headers = {"caseNumber", "kind", "measureType", "status", "unit", "partyName", "subject", "measureOn",
            "expiresOn", "disposal", "demandServedOn", "decidedOn", "executedAt", "offHours", "audioVideo"};
        List<List<String>> head = new ArrayList<>();
        for (String h : headers) {
            head.add(List.of(messages.getMessage("enforcement.coercion.field." + h, null, locale)));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CoercionView v : found.items()) {
            List<Object> row = new ArrayList<>();
            row.add(v.caseNumber());
            row.add(label("kind." + v.kind(), locale));
            row.add(v.measureType() != null ? label("measureType." + v.measureType(), locale)
                    : label("executionType." + v.executionType(), locale));
            row.add(label("status." + v.status(), locale));
            row.add(v.unitName());
            row.add(v.partyName());
            row.add(v.subject());
            row.add(text(v.measureOn()));
            row.add(text(v.expiresOn()));
            row.add(v.disposal() == null ? "" : label("disposal." + v.disposal(), locale));
            row.add(text(v.demandServedOn()));
            row.add(text(v.decidedOn()));
            row.add(text(v.executedAt()));
            row.add(label(v.offHours() ? "yes" : "no", locale));
            row.add(label(!v.audioVideoRequired() ? "audioVideo.notRequired"
                    : v.audioVideoPresent() ? "audioVideo.present" : "audioVideo.missing", locale));
            rows.add(row);
        }
        String name = messages.getMessage("enforcement.coercion.export.sheet", null, locale);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + ".xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString());
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, name).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
        audit.record(AuditEntry.of("enforcement.coercion.exported", Coercions.CASE_TYPE, null,
                found.items().size() + " rows"));
    }

    @GetMapping("/enforcement/coercions/new")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String newCase(Model model) {
        return form(model, new CoercionCommands.Register(CoercionKind.MEASURE, null, null, null, false, null, null, null,
                null, null, null));
    }

    @PostMapping("/enforcement/coercions")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @SubmitOnce
    String create(@Validated @ModelAttribute("form") CoercionCommands.Register form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form(model, form);
        if (Pages.invalid(model, errors)) {
            return "enforcement/coercion/form";
        }
        return Pages.attempt(model, "enforcement/coercion/form", () -> {
            CoercionView created = coercions.register(form);
            redirect.addFlashAttribute("noticeKey", "enforcement.coercion.notice.saved");
            return "redirect:/enforcement/coercions/" + created.id();
        });
    }

    @GetMapping("/enforcement/coercions/{id}")
    String show(@PathVariable long id, Model model) {
        return page(model, coercions.get(id));
    }

    @PostMapping("/enforcement/coercions/{id}/approve")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    String approve(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Approve c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> coercions.approve(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/take")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String take(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Take c, BindingResult errors,
            @RequestParam(name = "emergencyStep", defaultValue = "false") boolean emergency, Model model,
            RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> emergency ? coercions.takeInEmergency(id, c) : coercions.take(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/ratify")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    String ratify(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Approve c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> coercions.ratify(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/refuseRatification")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    String refuseRatification(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Reason c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> coercions.refuseRatification(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/extend")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    String extend(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Days c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> coercions.extend(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/exclude")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String exclude(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Days c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> coercions.exclude(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/serve")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String serve(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Serve c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> coercions.serve(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/dispose")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String dispose(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Dispose c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> coercions.dispose(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/demand")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String demand(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Demand c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> coercions.demand(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/decide")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    String decide(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Decide c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> coercions.decide(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/execute")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String execute(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Execute c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> coercions.execute(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/applyToCourt")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    String applyToCourt(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.ApplyToCourt c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> coercions.applyToCourt(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/close")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String close(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Close c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> coercions.close(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/cancel")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String cancel(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Reason c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> coercions.cancel(id, c));
    }

    @PostMapping("/enforcement/coercions/{id}/evidence")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String evidence(@PathVariable long id, @Validated @ModelAttribute CoercionCommands.Evidence e, BindingResult errors,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> {
            if (file == null || file.isEmpty()) {
                throw UserFacingException.badRequest("cases.attachment.empty");
            }
            try {
                return coercions.recordEvidence(id, e, file.getOriginalFilename(), file.getInputStream());
            } catch (IOException ex) {
                throw new IllegalStateException("upload could not be read", ex);
            }
        });
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private String form(Model model, CoercionCommands.Register form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", CoercionKind.values());
        model.addAttribute("measureTypes", CoercionMeasureType.values());
        model.addAttribute("executionTypes", CoercionExecutionType.values());
        return "enforcement/coercion/form";
    }

    private String page(Model model, CoercionView v) {
        model.addAttribute("c", v);
        model.addAttribute("actions", coercions.actions(v));
        model.addAttribute("officers", coercions.officersFor(v));
        model.addAttribute("evidence", coercions.evidence(v.id()));
        model.addAttribute("timeline", timeline.of(Coercions.ref(v.id())));
        model.addAttribute("disposals", CoercionDisposal.values());
        model.addAttribute("stages", EvidenceStage.values());
        model.addAttribute("media", EvidenceMedia.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "enforcement/coercion/case";
    }

    private String step(long id, BindingResult errors, Model model, RedirectAttributes redirect, Supplier<Object> action) {
        CoercionView v = coercions.get(id);
        if (errors != null && errors.hasErrors()) {
            page(model, v);
            Pages.invalid(model, errors);
            return "enforcement/coercion/case";
        }
        try {
            action.get();
        } catch (UserFacingException e) {
            page(model, coercions.get(id));
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            Pages.errors(model).add(e);
            return "enforcement/coercion/case";
        }
        redirect.addFlashAttribute("noticeKey", "enforcement.coercion.notice.saved");
        return "redirect:/enforcement/coercions/" + id;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage("enforcement.coercion." + key, null, locale);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
