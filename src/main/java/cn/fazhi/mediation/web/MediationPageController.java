package cn.fazhi.mediation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.documents.Documents;
import cn.fazhi.documents.OfficialDocument;
import cn.fazhi.mediation.PartyDetails;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.mediation.AgreementForm;
import cn.fazhi.mediation.ConfirmationResult;
import cn.fazhi.mediation.DisputeCategory;
import cn.fazhi.mediation.DisputeCommands;
import cn.fazhi.mediation.DisputeQuery;
import cn.fazhi.mediation.DisputeStatus;
import cn.fazhi.mediation.DisputeView;
import cn.fazhi.mediation.Disputes;
import cn.fazhi.mediation.IntakeChannel;
import cn.fazhi.mediation.MediationCommittees;
import cn.fazhi.mediation.domain.DisputeSteps;
import cn.fazhi.mediation.PartyKind;
import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.cases.Lookalike;
import cn.fazhi.mediation.DisputeLookalikes;
import cn.fazhi.platform.web.UserFacingException;
import jakarta.validation.Valid;

/** Staff pages for disputes: list, registration, the dispute page with its steps, attachments. */
@Controller
@PreAuthorize("hasAuthority('mediation:view')")
class MediationPageController {

    static final List<String> ATTACHMENT_KINDS = List.of("APPLICATION", "SESSION_RECORD", "AGREEMENT", "EVIDENCE", "OTHER");

    private final Disputes disputes;
    private final MediationCommittees committees;
    private final Regions regions;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseAttachments attachments;
    private final Clock clock;
    private final Documents documents;
    private final DisputeDocuments documentTexts;
    private final DisputeLookalikes lookalikes;

    MediationPageController(Disputes disputes, MediationCommittees committees, Regions regions,
            CurrentUsers currentUsers, CaseTimeline timeline, CaseAttachments attachments, Clock clock,
            Documents documents, DisputeDocuments documentTexts, DisputeLookalikes lookalikes) {
        this.lookalikes = lookalikes;
        this.documents = documents;
        this.documentTexts = documentTexts;
        this.disputes = disputes;
        this.committees = committees;
        this.regions = regions;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.attachments = attachments;
        this.clock = clock;
    }

    @GetMapping("/mediation")
    String list(@ModelAttribute("query") DisputeQuery query, BindingResult errors, Model model) {
        CurrentUser me = currentUsers.require();
        DisputeQuery q = errors.hasErrors() ? new DisputeQuery(null, null, null, null, 0, 20) : query;
        model.addAttribute("query", q);
        model.addAttribute("result", disputes.search(q, me.scope()));
        model.addAttribute("townships", townships(me));
        model.addAttribute("statuses", DisputeStatus.values());
        model.addAttribute("categories", DisputeCategory.values());
        return "mediation/list";
    }

    @GetMapping("/mediation/new")
    @PreAuthorize("hasAuthority('mediation:register')")
    String newForm(Model model) {
        return form(model, DisputeForm.empty(LocalDate.now(clock)));
    }

    @PostMapping("/mediation")
    @PreAuthorize("hasAuthority('mediation:register')")
    @SubmitOnce
    String create(@Validated @ModelAttribute("form") DisputeForm form, BindingResult errors,
            @RequestParam(defaultValue = "false") boolean confirmDuplicate, Model model, RedirectAttributes redirect) {
        form(model, form);
        Pages.invalid(model, errors);
        form.check(Pages.errors(model));
        if (!Pages.errors(model).isEmpty()) {
            return "mediation/form";
        }
        List<Lookalike> lookalikes = confirmDuplicate ? List.of() : this.lookalikes.of(form.command(), scope());
        if (!lookalikes.isEmpty()) {
            model.addAttribute("lookalikes", lookalikes);
            return "mediation/form";
        }
        return Pages.attempt(model, "mediation/form", () -> {
            DisputeView created = disputes.register(form.command(), currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "mediation.notice.registered");
            return "redirect:/mediation/" + created.id();
        });
    }

    @GetMapping("/mediation/{id}")
    String show(@PathVariable long id, Model model) {
        return show(model, visible(id));
    }

    @PostMapping("/mediation/{id}/accept")
    @PreAuthorize("hasAuthority('mediation:handle')")
    String accept(@PathVariable long id, @Valid @ModelAttribute DisputeCommands.Accept c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return step(id, DisputeSteps.ACCEPT, errors, model, redirect, () -> disputes.accept(id, c));
    }

    @PostMapping("/mediation/{id}/decline")
    @PreAuthorize("hasAuthority('mediation:handle')")
    String decline(@PathVariable long id, @Valid @ModelAttribute DisputeCommands.Decline c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return step(id, DisputeSteps.DECLINE, errors, model, redirect, () -> disputes.decline(id, c));
    }

    @PostMapping("/mediation/{id}/session")
    @PreAuthorize("hasAuthority('mediation:handle')")
    String session(@PathVariable long id, @Valid @ModelAttribute DisputeCommands.Session c, BindingResult errors,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        return step(id, DisputeSteps.SESSION, errors, model, redirect, () -> {
            DisputeView view = disputes.recordSession(id, c);
            store(id, file, "SESSION_RECORD");
            return view;
        });
    }

    @PostMapping("/mediation/{id}/agreement")
    @PreAuthorize("hasAuthority('mediation:handle')")
    String agreement(@PathVariable long id, @Valid @ModelAttribute DisputeCommands.Agreement c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, DisputeSteps.AGREEMENT, errors, model, redirect, () -> disputes.reachAgreement(id, c));
    }

    @PostMapping("/mediation/{id}/fail")
    @PreAuthorize("hasAuthority('mediation:handle')")
    String fail(@PathVariable long id, @Valid @ModelAttribute DisputeCommands.Failure c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return step(id, DisputeSteps.FAIL, errors, model, redirect, () -> disputes.fail(id, c));
    }

    @PostMapping("/mediation/{id}/withdraw")
    @PreAuthorize("hasAuthority('mediation:handle')")
    String withdraw(@PathVariable long id, @Valid @ModelAttribute DisputeCommands.Withdrawal c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, DisputeSteps.WITHDRAW, errors, model, redirect, () -> disputes.withdraw(id, c));
    }

    @PostMapping("/mediation/{id}/performance")
    @PreAuthorize("hasAuthority('mediation:handle')")
    String performance(@PathVariable long id, @Valid @ModelAttribute DisputeCommands.PerformanceCheck c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, DisputeSteps.PERFORMANCE, errors, model, redirect, () -> disputes.checkPerformance(id, c));
    }

    @PostMapping("/mediation/{id}/close")
    @PreAuthorize("hasAuthority('mediation:handle')")
    String close(@PathVariable long id, @Valid @ModelAttribute DisputeCommands.Closing c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return step(id, DisputeSteps.CLOSE, errors, model, redirect, () -> disputes.close(id, c));
    }

    @PostMapping("/mediation/{id}/return-visit")
    @PreAuthorize("hasAuthority('mediation:handle')")
    String returnVisit(@PathVariable long id, @Valid @ModelAttribute DisputeCommands.ReturnVisit c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, DisputeSteps.RETURN_VISIT, errors, model, redirect, () -> disputes.recordReturnVisit(id, c));
    }

    @PostMapping("/mediation/{id}/confirmation")
    @PreAuthorize("hasAuthority('mediation:handle')")
    String confirmation(@PathVariable long id, @Valid @ModelAttribute DisputeCommands.ConfirmationApplication c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, DisputeSteps.CONFIRMATION_APPLY, errors, model, redirect, () -> disputes.applyForConfirmation(id, c));
    }

    @PostMapping("/mediation/{id}/confirmation-result")
    @PreAuthorize("hasAuthority('mediation:handle')")
    String confirmationResult(@PathVariable long id, @Valid @ModelAttribute DisputeCommands.ConfirmationDecision c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, DisputeSteps.CONFIRMATION_RESULT, errors, model, redirect, () -> disputes.recordConfirmationResult(id, c));
    }

    @PostMapping("/mediation/{id}/deliberation")
    @PreAuthorize("hasAuthority('mediation:handle')")
    String deliberation(@PathVariable long id, @Valid @ModelAttribute DisputeCommands.Deliberation c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, DisputeSteps.DELIBERATION, errors, model, redirect, () -> disputes.recordDeliberation(id, c));
    }

    @PostMapping("/mediation/{id}/attachments")
    @PreAuthorize("hasAuthority('mediation:handle')")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind, Model model, RedirectAttributes redirect) {
        DisputeView dispute = visible(id);
        if (!dispute.status().isOpen()) {
            throw UserFacingException.conflict("mediation.error.closedForAttachments");
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("errorKey", "mediation.error.fileRequired");
            model.addAttribute("errorArgs", new Object[0]);
            return show(model, dispute);
        }
        String checkedKind = ATTACHMENT_KINDS.contains(kind) ? kind : "OTHER";
        return Pages.attempt(model, show(model, dispute), () -> {
            store(id, file, checkedKind);
            redirect.addFlashAttribute("noticeKey", "mediation.notice.attached");
            return "redirect:/mediation/" + id;
        });
    }

    /** 人民调解申请书 or 人民调解协议书 as DOCX or PDF; the parties are printed in full, so reading is audited. */
    @GetMapping("/mediation/{id}/documents/{kind}/{format}")
    @PreAuthorize("hasAuthority('mediation:handle')")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String kind, @PathVariable String format) {
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"docx".equals(format) || !"application".equals(kind) && !"agreement".equals(kind)) {
            throw UserFacingException.notFound("error.notFound");
        }
        DisputeView dispute = visible(id);
        if ("agreement".equals(kind) && (dispute.agreementEffectiveOn() == null
                || dispute.agreementForm() != AgreementForm.WRITTEN)) {
            throw UserFacingException.conflict("mediation.error.noWrittenAgreement");
        }
        List<PartyDetails> parties = disputes.partiesForPrint(id, kind + "." + format);
        OfficialDocument document = "application".equals(kind) ? documentTexts.application(dispute, parties)
                : documentTexts.agreement(dispute, parties);
        byte[] body = pdf ? documents.pdf(document) : documents.docx(document);
        String fileName = dispute.caseNumber() + "-" + document.title() + (pdf ? ".pdf" : ".docx");
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private void store(long id, MultipartFile file, String kind) {
        if (file == null || file.isEmpty()) {
            return;
        }
        try {
            attachments.attach(Disputes.ref(id), file.getOriginalFilename(), file.getInputStream(), kind);
        } catch (IOException e) {
            throw new IllegalStateException("upload could not be read", e);
        }
    }

    /**
     * Takes a step from its form: every invalid field at once (the form shown again, open, with the errors listed),
     * else the step, whose refusal is shown on the page.
     */
    private String step(long id, String stepName, BindingResult errors, Model model, RedirectAttributes redirect,
            Supplier<DisputeView> action) {
        DisputeView dispute = visible(id);
        model.addAttribute("failedStep", stepName);
        if (Pages.invalid(model, errors)) {
            return show(model, dispute);
        }
        try {
            action.get();
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, visible(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:/mediation/" + id;
    }

    private String show(Model model, DisputeView dispute) {
        CurrentUser me = currentUsers.require();
        model.addAttribute("d", dispute);
        model.addAttribute("canHandle", me.can("mediation:handle"));
        model.addAttribute("steps", List.copyOf(dispute.actions()));
        model.addAttribute("shownParties", dispute.parties().stream().map(p -> new CaseParties.Shown(p.id(),
                p.role().name(), p.kind().name(), p.name(), blankAsNull(p.identifierMasked()),
                blankAsNull(p.phoneMasked()))).toList());
        model.addAttribute("uploadUrl", me.can("mediation:handle") && dispute.status().isOpen()
                ? "/mediation/" + dispute.id() + "/attachments" : null);
        model.addAttribute("timeline", timeline.of(Disputes.ref(dispute.id())));
        model.addAttribute("attachments", attachments.of(Disputes.ref(dispute.id())));
        model.addAttribute("clock", disputes.confirmationClock(dispute).orElse(null));
        model.addAttribute("mediators", committees.mediatorsFor(dispute.townshipCode()));
        model.addAttribute("agreementForms", AgreementForm.values());
        model.addAttribute("results", ConfirmationResult.values());
        model.addAttribute("attachmentKinds", ATTACHMENT_KINDS);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("lookalikes", lookalikes.of(dispute.id(), dispute.receivedOn(), me.scope()));
        return "mediation/dispute";
    }

    private static String blankAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** The village select for a township (htmx swaps it in when the township changes). */
    @GetMapping("/mediation/villages")
    @PreAuthorize("hasAuthority('mediation:register')")
    String villages(@RequestParam(required = false) String townshipCode, Model model) {
        model.addAttribute("villages", villagesOf(townshipCode));
        model.addAttribute("townshipChosen", townshipCode != null && !townshipCode.isBlank());
        model.addAttribute("selectedVillage", null);
        return "mediation/form :: villageField";
    }

    private List<RegionView> villagesOf(String townshipCode) {
        if (townshipCode == null || townshipCode.isBlank()) {
            return List.of();
        }
        return regions.children(townshipCode.strip()).stream()
                .filter(r -> r.level() == cn.fazhi.organisation.RegionLevel.VILLAGE).toList();
    }

    private String form(Model model, DisputeForm form) {
        CurrentUser me = currentUsers.require();
        model.addAttribute("form", form);
        model.addAttribute("townships", townships(me));
        model.addAttribute("villages", villagesOf(form.townshipCode()));
        model.addAttribute("townshipChosen", form.townshipCode() != null && !form.townshipCode().isBlank());
        model.addAttribute("selectedVillage", form.villageCode());
        model.addAttribute("committees", committees.visible(me.scope()));
        model.addAttribute("mediators", committees.mediators(me.scope()));
        model.addAttribute("channels", java.util.Arrays.stream(IntakeChannel.values())
                .filter(c -> c != IntakeChannel.ONLINE_PORTAL).toList());
        model.addAttribute("categories", DisputeCategory.values());
        model.addAttribute("partyKinds", PartyKind.values());
        return "mediation/form";
    }

    private List<RegionView> townships(CurrentUser me) {
        return regions.townships().stream().filter(r -> r.code().startsWith(me.scope().regionCode())
                || me.scope().regionCode().startsWith(r.code())).toList();
    }

    /** The dispute if the caller may read it (the kernel's scoped load), else 404. */
    private DisputeView visible(long id) {
        return disputes.find(id);
    }

    private cn.fazhi.platform.scope.DataScope scope() {
        return currentUsers.require().scope();
    }
}
