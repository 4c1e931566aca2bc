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
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.enforcement.EnforcementCaseView;
import cn.fazhi.enforcement.EnforcementCases;
import cn.fazhi.enforcement.EvidenceMedia;
import cn.fazhi.enforcement.EvidenceStage;
import cn.fazhi.enforcement.PenaltyActKind;
import cn.fazhi.enforcement.PenaltyAnnulGround;
import cn.fazhi.enforcement.PenaltyCommands;
import cn.fazhi.enforcement.PenaltyKind;
import cn.fazhi.enforcement.PenaltyPartyKind;
import cn.fazhi.enforcement.PenaltyReviewOutcome;
import cn.fazhi.enforcement.PenaltyServiceMethod;
import cn.fazhi.enforcement.PenaltyStatus;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff pages of 行政处罚 cases: the list (search, filters, pages, .xlsx export), the registration form and the case
 * page with a form for every step the caller may take now (from the transition table), its evidence and the kernel's
 * timeline, attachments and actions fragments. A refused step re-renders the page with the Chinese reason; nothing is
 * saved.
 */
@Controller
@PreAuthorize("hasAuthority('enforcement:view')")
class EnforcementCasePageController {

    static final int PAGE_SIZE = 20;
    private static final String[] HEADERS = {"enforcement.cases.field.caseNumber", "enforcement.cases.field.procedure",
            "enforcement.cases.field.status", "enforcement.cases.field.unit", "enforcement.cases.field.partyName",
            "enforcement.cases.field.violationName", "enforcement.cases.field.filedOn",
            "enforcement.cases.field.decisionDueOn", "enforcement.cases.field.decidedOn", "enforcement.cases.field.fine",
            "enforcement.cases.field.overdue"};

    private final EnforcementCases cases;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final cn.fazhi.enforcement.LenientLists lenientLists;
    private final CaseAttachments attachments;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    EnforcementCasePageController(EnforcementCases cases, CurrentUsers currentUsers, CaseTimeline timeline,
            CaseAttachments attachments, MessageSource messages, AuditTrail audit, Clock clock,
            cn.fazhi.enforcement.LenientLists lenientLists) {
        this.lenientLists = lenientLists;
        this.cases = cases;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.attachments = attachments;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/enforcement/cases")
    String list(@ModelAttribute("query") PenaltyCommands.Query query, BindingResult errors,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser me = currentUsers.require();
        PenaltyCommands.Query q = errors.hasErrors() ? new PenaltyCommands.Query(null, null, null, null) : query;
        long total = cases.count(q, me.scope());
        int p = Math.max(0, page);
        model.addAttribute("query", q);
        model.addAttribute("items", cases.search(q, me.scope(), p * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", p);
        model.addAttribute("pages", (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("link", link(q));
        model.addAttribute("statuses", PenaltyStatus.values());
        return "enforcement/cases/list";
    }

    @GetMapping("/enforcement/cases/export")
    void export(@ModelAttribute("query") PenaltyCommands.Query query, BindingResult errors, HttpServletResponse response)
            throws IOException {
        CurrentUser me = currentUsers.require();
        PenaltyCommands.Query q = errors.hasErrors() ? new PenaltyCommands.Query(null, null, null, null) : query;
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (EnforcementCaseView.Row r : cases.search(q, me.scope(), 0, 5000)) {
            rows.add(List.of(r.caseNumber(), text("enforcement.cases.procedure." + r.procedureKind(), locale),
                    text("enforcement.cases.status." + r.status(), locale), r.unitName(), r.partyName(),
                    r.violationName(), String.valueOf(r.filedOn()), String.valueOf(r.decisionDueOn()),
                    r.decidedOn() == null ? "" : r.decidedOn().toString(),
                    r.fineAmount() == null ? "" : r.fineAmount().toPlainString(),
                    r.overdue() ? text("enforcement.cases.overdue", locale) : ""));
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(text("enforcement.cases.export.fileName", locale) + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
                .build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : HEADERS) {
            head.add(List.of(text(key, locale)));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, text("enforcement.cases.title", locale)).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
        audit.record(AuditEntry.of("enforcement.cases.exported", "enforcement", null, rows.size() + ""));
    }

    @GetMapping("/enforcement/cases/new")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String newCase(Model model) {
        return form(model, new PenaltyCommands.Register(null, null, null, null, null, null, null, null, null, null,
                false, LocalDate.now(clock), null, false, false));
    }

    @PostMapping("/enforcement/cases")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @cn.fazhi.platform.web.SubmitOnce
    String register(@Validated @ModelAttribute("form") PenaltyCommands.Register form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form(model, form);
        if (Pages.invalid(model, errors)) {
            return "enforcement/cases/form";
        }
        try {
            EnforcementCaseView created = cases.register(form, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "enforcement.cases.notice.registered");
            return "redirect:/enforcement/cases/" + created.id();
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "enforcement/cases/form";
        }
    }

    @GetMapping("/enforcement/cases/{id}")
    String show(@PathVariable long id, Model model) {
        return page(model, cases.get(id));
    }

    @PostMapping("/enforcement/cases/{id}/acts")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String act(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.Act c, BindingResult e, Model m,
            RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.recordAct(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/extend")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    String extend(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.Extend c, BindingResult e, Model m,
            RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.extend(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/notify")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String notifyParty(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.Notify c, BindingResult e,
            Model m, RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.notifyParty(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/statement")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String statement(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.Statement c, BindingResult e,
            Model m, RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.recordStatement(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/hearing/request")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String requestHearing(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.HearingRequest c,
            BindingResult e, Model m, RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.requestHearing(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/hearing/notice")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String noticeHearing(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.HearingNotice c,
            BindingResult e, Model m, RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.noticeHearing(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/hearing/held")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String holdHearing(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.HearingHeld c, BindingResult e,
            Model m, RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.holdHearing(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/review/submit")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String submitReview(@PathVariable long id, @ModelAttribute PenaltyCommands.Step c, BindingResult e, Model m,
            RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.submitReview(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/review")
    @PreAuthorize("hasAuthority('enforcement:review')")
    String review(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.Review c, BindingResult e, Model m,
            RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.review(id, c, currentUsers.require()));
    }

    @PostMapping("/enforcement/cases/{id}/discussion")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    String discussion(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.Discussion c, BindingResult e,
            Model m, RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.recordDiscussion(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/deviation")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    String deviation(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.Deviation c, BindingResult e,
            Model m, RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.approveDeviation(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/decide")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String decide(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.Decide c, BindingResult e, Model m,
            RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.decide(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/serve")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String serve(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.Serve c, BindingResult e, Model m,
            RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.serve(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/pay")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String pay(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.Pay c, BindingResult e, Model m,
            RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.pay(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/close")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String close(@PathVariable long id, @ModelAttribute PenaltyCommands.Step c, BindingResult e, Model m,
            RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.close(id, c));
    }

    @PostMapping("/enforcement/cases/{id}/annul")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    String annul(@PathVariable long id, @Validated @ModelAttribute PenaltyCommands.Annul c, BindingResult e, Model m,
            RedirectAttributes r) {
        return step(id, e, m, r, () -> cases.annul(id, c));
    }

    /** 全过程记录: an evidence file with its stage, media, the act it records and its date. */
    @PostMapping("/enforcement/cases/{id}/evidence")
    @PreAuthorize("hasAuthority('enforcement:handle') or hasAuthority('enforcement:review')")
    String evidence(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) EvidenceStage stage, @RequestParam(required = false) EvidenceMedia media,
            @RequestParam(required = false) String act, @RequestParam(required = false) String title,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate recordedOn,
            Model m, RedirectAttributes r) {
        return step(id, null, m, r, () -> {
            if (file == null || file.isEmpty()) {
                throw UserFacingException.badRequest("cases.attachment.empty");
            }
            try {
                return cases.addEvidence(id, stage, media, act, title, recordedOn, file.getOriginalFilename(),
                        file.getInputStream());
            } catch (IOException ex) {
                throw new IllegalStateException("upload could not be read", ex);
            }
        });
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private String form(Model model, PenaltyCommands.Register form) {
        model.addAttribute("form", form);
        model.addAttribute("partyKinds", PenaltyPartyKind.values());
        return "enforcement/cases/form";
    }

    private String page(Model model, EnforcementCaseView c) {
        model.addAttribute("c", c);
        // before the decision the handler sees the lenient-list items this violation is on, with their conditions
        // (the facts — first offence, minor harm, corrected — are the handler's to verify; 处罚法 Art. 33)
        model.addAttribute("lenientMatches", c.status().isOpen() && !c.status().isDecided()
                ? lenientLists.matches(c.violationCode(), true, true, true).stream()
                        .map(m -> new cn.fazhi.enforcement.LenientMatch(m.item(), List.of())).toList()
                : List.of());
        model.addAttribute("actions", cases.actions(c, currentUsers));
        model.addAttribute("timeline", timeline.of(EnforcementCases.ref(c.id())));
        model.addAttribute("attachments", attachments.of(EnforcementCases.ref(c.id())));
        model.addAttribute("evidence", cases.evidence(c.id()));
        model.addAttribute("officers", c.status().isOpen() ? cases.officerChoices(c.id()) : List.of());
        model.addAttribute("levels", c.status().isOpen() ? cases.levelChoices(c.id()) : List.of());
        model.addAttribute("kinds", PenaltyKind.values());
        model.addAttribute("actKinds", PenaltyActKind.values());
        model.addAttribute("methods", PenaltyServiceMethod.values());
        model.addAttribute("outcomes", PenaltyReviewOutcome.values());
        model.addAttribute("grounds", PenaltyAnnulGround.values());
        model.addAttribute("stages", EvidenceStage.values());
        model.addAttribute("medias", EvidenceMedia.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canEvidence", c.status().isOpen() && (currentUsers.can("enforcement:handle")
                || currentUsers.can("enforcement:review")));
        return "enforcement/cases/case";
    }

    private String step(long id, BindingResult errors, Model model, RedirectAttributes redirect, Supplier<Object> action) {
        EnforcementCaseView c = cases.get(id);
        if (errors != null && errors.hasErrors()) {
            page(model, c);
            Pages.invalid(model, errors);
            return "enforcement/cases/case";
        }
        try {
            action.get();
        } catch (UserFacingException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            page(model, cases.get(id));
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "enforcement/cases/case";
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:/enforcement/cases/" + id;
    }

    private static String link(PenaltyCommands.Query q) {
        StringBuilder b = new StringBuilder("/enforcement/cases?");
        if (q.status() != null) {
            b.append("status=").append(q.status()).append('&');
        }
        if (q.keyword() != null && !q.keyword().isBlank()) {
            b.append("keyword=").append(java.net.URLEncoder.encode(q.keyword(), java.nio.charset.StandardCharsets.UTF_8))
                    .append('&');
        }
        if (q.year() != null) {
            b.append("year=").append(q.year()).append('&');
        }
        return b.toString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
