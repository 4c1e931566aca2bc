package cn.fazhi.reconsideration.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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

import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Regions;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.reconsideration.ApplicationLookalikes;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reconsideration.ReconsiderationCaseView;
import cn.fazhi.reconsideration.ReconsiderationCases;
import cn.fazhi.reconsideration.ReconsiderationForms.AcceptApplication;
import cn.fazhi.reconsideration.ReconsiderationForms.CaseVersion;
import cn.fazhi.reconsideration.ReconsiderationForms.DeclineApplication;
import cn.fazhi.reconsideration.ReconsiderationForms.DismissApplication;
import cn.fazhi.reconsideration.ReconsiderationForms.ExtendDecisionPeriod;
import cn.fazhi.reconsideration.ReconsiderationForms.IssueDecision;
import cn.fazhi.reconsideration.ReconsiderationForms.IssueOpinionLetter;
import cn.fazhi.reconsideration.ReconsiderationForms.RecordDate;
import cn.fazhi.reconsideration.ReconsiderationForms.RecordHearing;
import cn.fazhi.reconsideration.ReconsiderationForms.RegisterApplication;
import cn.fazhi.reconsideration.ReconsiderationForms.RegisterConsultation;
import cn.fazhi.reconsideration.ReconsiderationForms.RequestCorrection;
import cn.fazhi.reconsideration.ReconsiderationForms.ResumeCase;
import cn.fazhi.reconsideration.ReconsiderationForms.ScheduleHearing;
import cn.fazhi.reconsideration.ReconsiderationForms.SuspendCase;
import cn.fazhi.reconsideration.ReconsiderationForms.SwitchToOrdinary;
import cn.fazhi.reconsideration.ReconsiderationForms.TerminateCase;
import cn.fazhi.reconsideration.domain.ActCategory;
import cn.fazhi.reconsideration.domain.Channel;
import cn.fazhi.reconsideration.domain.DecisionType;
import cn.fazhi.reconsideration.domain.PartyKind;
import cn.fazhi.reconsideration.domain.Procedure;
import cn.fazhi.reconsideration.domain.Status;
import cn.fazhi.reconsideration.domain.TerminationGround;

/** Staff pages of reconsideration: list, registration, the case page with its steps, consultations. */
@Controller
@PreAuthorize("hasAuthority('reconsideration:view')")
class ReconsiderationPageController {

    private static final String CASE_VIEW = "reconsideration/case";

    private final ReconsiderationCases cases;
    private final CurrentUsers currentUsers;
    private final Units units;
    private final Regions regions;
    private final cn.fazhi.documents.Documents documents;
    private final ReconsiderationDocuments documentTexts;
    private final ApplicationLookalikes lookalikes;

    private final cn.fazhi.cases.CaseLinks links;

    ReconsiderationPageController(ReconsiderationCases cases, CurrentUsers currentUsers, Units units, Regions regions,
            cn.fazhi.documents.Documents documents, ReconsiderationDocuments documentTexts,
            ApplicationLookalikes lookalikes, cn.fazhi.cases.CaseLinks links) {
        this.links = links;
        this.lookalikes = lookalikes;
        this.documents = documents;
        this.documentTexts = documentTexts;
        this.cases = cases;
        this.currentUsers = currentUsers;
        this.units = units;
        this.regions = regions;
    }

    @GetMapping("/reconsideration")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String township,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean mine, Model model) {
        Status s = Arrays.stream(Status.values()).filter(v -> v.name().equals(status)).findFirst().orElse(null);
        model.addAttribute("cases", mine ? cases.searchMine(s, township, overdue, q) : cases.search(s, township, overdue, q));
        model.addAttribute("mine", mine);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("townships", regions.townships());
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("township", township == null ? "" : township);
        model.addAttribute("q", q);
        model.addAttribute("overdue", overdue);
        return "reconsideration/list";
    }

    @GetMapping("/reconsideration/new")
    @PreAuthorize("hasAuthority('reconsideration:register')")
    String newForm(Model model) {
        return form(model, null);
    }

    @PostMapping("/reconsideration")
    @PreAuthorize("hasAuthority('reconsideration:register')")
    @SubmitOnce
    String register(@ModelAttribute("form") RegisterApplication form, BindingResult binding,
            @RequestParam(defaultValue = "false") boolean confirmDuplicate, Model model, RedirectAttributes redirect) {
        form(model, form);
        Pages.invalid(model, binding);
        if (!ApplicationFormCheck.check(cases, form, Pages.errors(model)).isEmpty()) {
            return "reconsideration/form";
        }
        var similar = confirmDuplicate ? java.util.List.of() : lookalikes.of(form, currentUsers.require().scope());
        if (!similar.isEmpty()) {
            model.addAttribute("lookalikes", similar);
            return "reconsideration/form";
        }
        return CasePages.attempt(model, "reconsideration/form", () -> {
            ReconsiderationCaseView created = cases.register(form);
            redirect.addFlashAttribute("noticeKey", "reconsideration.registered");
            return "redirect:/reconsideration/" + created.id();
        });
    }

    private String form(Model model, RegisterApplication form) {
        model.addAttribute("form", form);
        model.addAttribute("units", units.all().stream().filter(u -> u.active()).toList());
        model.addAttribute("townships", regions.townships());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("kinds", PartyKind.values());
        model.addAttribute("categories", ActCategory.values());
        model.addAttribute("actKinds", cn.fazhi.reconsideration.domain.ActKind.values());
        return "reconsideration/form";
    }

    @GetMapping("/reconsideration/{id}")
    String show(@PathVariable long id, Model model) {
        populate(id, model);
        return CASE_VIEW;
    }

    private void populate(long id, Model model) {
        CurrentUser me = currentUsers.require();
        ReconsiderationCases.CasePage page = cases.page(id);
        model.addAttribute("c", page.c());
        model.addAttribute("timeline", page.timeline());
        model.addAttribute("links", links.of(new cn.fazhi.cases.CaseRef(ReconsiderationCases.TYPE, id)));
        model.addAttribute("attachments", page.attachments());
        model.addAttribute("parties", page.parties());
        model.addAttribute("canRegister", me.can(ReconsiderationCases.REGISTER));
        model.addAttribute("canReview", me.can(ReconsiderationCases.REVIEW));
        model.addAttribute("canHandle", me.can(ReconsiderationCases.HANDLE));
        model.addAttribute("assignees", page.assignees());
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("decisionTypes", Arrays.stream(DecisionType.values()).filter(t -> !t.procedural()).toList());
        model.addAttribute("grounds", TerminationGround.values());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("lookalikes", lookalikes.of(id, me.scope()));
    }

    private String act(long id, Model model, RedirectAttributes redirect, Supplier<Object> action) {
        populate(id, model);
        return CasePages.attempt(model, CASE_VIEW, () -> {
            action.get();
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/reconsideration/" + id;
        });
    }

    @PostMapping("/reconsideration/{id}/acceptance")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    String accept(@PathVariable long id, @ModelAttribute AcceptApplication form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.accept(id, form));
    }

    @PostMapping("/reconsideration/{id}/non-acceptance")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    String decline(@PathVariable long id, @ModelAttribute DeclineApplication form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.decline(id, form));
    }

    @PostMapping("/reconsideration/{id}/correction-notice")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    String correction(@PathVariable long id, @ModelAttribute RequestCorrection form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.requestCorrection(id, form));
    }

    @PostMapping("/reconsideration/{id}/correction-reply")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    String correctionReply(@PathVariable long id, @ModelAttribute RecordDate form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.correctionReceived(id, form));
    }

    @PostMapping("/reconsideration/{id}/abandonment")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    String abandon(@PathVariable long id, @ModelAttribute CaseVersion form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.abandon(id, form.version()));
    }

    @PostMapping("/reconsideration/{id}/deemed-acceptance")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    String deemAccepted(@PathVariable long id, @ModelAttribute CaseVersion form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.deemAccepted(id, form.version()));
    }

    @PostMapping("/reconsideration/{id}/copy-served")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    String serve(@PathVariable long id, @ModelAttribute RecordDate form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.serveCopy(id, form));
    }

    @PostMapping("/reconsideration/{id}/answer")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    String answer(@PathVariable long id, @ModelAttribute RecordDate form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.answerReceived(id, form));
    }

    @PostMapping("/reconsideration/{id}/hearing")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    String hearing(@PathVariable long id, @ModelAttribute ScheduleHearing form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.scheduleHearing(id, form));
    }

    @PostMapping("/reconsideration/{id}/hearing-record")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    String hearingRecord(@PathVariable long id, @ModelAttribute RecordHearing form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.recordHearing(id, form));
    }

    @PostMapping("/reconsideration/{id}/procedure-switch")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    String switchProcedure(@PathVariable long id, @ModelAttribute SwitchToOrdinary form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.switchToOrdinary(id, form));
    }

    @PostMapping("/reconsideration/{id}/extension")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    String extend(@PathVariable long id, @ModelAttribute ExtendDecisionPeriod form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.extendDecisionPeriod(id, form));
    }

    @PostMapping("/reconsideration/{id}/suspension")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    String suspend(@PathVariable long id, @ModelAttribute SuspendCase form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.suspend(id, form));
    }

    @PostMapping("/reconsideration/{id}/resumption")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    String resume(@PathVariable long id, @ModelAttribute ResumeCase form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.resume(id, form));
    }

    @PostMapping("/reconsideration/{id}/decision")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    String decide(@PathVariable long id, @ModelAttribute IssueDecision form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.decide(id, form));
    }

    @PostMapping("/reconsideration/{id}/termination")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    String terminate(@PathVariable long id, @ModelAttribute TerminateCase form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.terminate(id, form));
    }

    @PostMapping("/reconsideration/{id}/dismissal")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    String dismiss(@PathVariable long id, @ModelAttribute DismissApplication form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.dismiss(id, form));
    }

    @PostMapping("/reconsideration/{id}/opinion-letter")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    String opinion(@PathVariable long id, @ModelAttribute IssueOpinionLetter form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.issueOpinionLetter(id, form));
    }

    @PostMapping("/reconsideration/{id}/opinion-reply")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    String opinionReply(@PathVariable long id, @ModelAttribute RecordDate form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.opinionReplied(id, form));
    }

    @PostMapping("/reconsideration/{id}/third-parties")
    @PreAuthorize("hasAnyAuthority('reconsideration:register', 'reconsideration:handle')")
    String thirdParty(@PathVariable long id, @ModelAttribute cn.fazhi.reconsideration.ReconsiderationForms.ThirdParty form,
            Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.addThirdParty(id, form));
    }

    @PostMapping("/reconsideration/{id}/assignment")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    String assign(@PathVariable long id, @ModelAttribute cn.fazhi.reconsideration.ReconsiderationForms.AssignHandler form,
            Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.assign(id, form));
    }

    @PostMapping("/reconsideration/{id}/decision-served")
    @PreAuthorize("hasAnyAuthority('reconsideration:review', 'reconsideration:handle')")
    String decisionServed(@PathVariable long id, @ModelAttribute RecordDate form, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> cases.decisionServed(id, form));
    }

    @PostMapping("/reconsideration/{id}/attachments")
    @PreAuthorize("hasAnyAuthority('reconsideration:register', 'reconsideration:handle')")
    String attach(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model, RedirectAttributes r) {
        return act(id, model, r, () -> {
            if (file == null || file.isEmpty()) {
                throw UserFacingException.badRequest("reconsideration.error.file");
            }
            try {
                return cases.attach(id, file.getOriginalFilename(), file.getInputStream(), "material");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** 行政复议决定书 ({@code decision}) or 意见书 ({@code opinion}) as DOCX or PDF. */
    @GetMapping("/reconsideration/{id}/documents/{kind}/{format}")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    org.springframework.http.ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String kind,
            @PathVariable String format) {
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"docx".equals(format) || !"decision".equals(kind) && !"opinion".equals(kind)) {
            throw UserFacingException.notFound("error.notFound");
        }
        ReconsiderationCaseView c = cases.get(id);
        cn.fazhi.documents.OfficialDocument document = "decision".equals(kind) ? documentTexts.decision(c)
                : documentTexts.opinion(c);
        byte[] body = pdf ? documents.pdf(document) : documents.docx(document);
        documentTexts.downloaded(c, kind, format);
        String fileName = c.caseNumber() + "-" + document.title() + (pdf ? ".pdf" : ".docx");
        return org.springframework.http.ResponseEntity.ok()
                .contentType(pdf ? org.springframework.http.MediaType.APPLICATION_PDF
                        : org.springframework.http.MediaType.parseMediaType(
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @GetMapping("/reconsideration/consultations")
    String consultations(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to, Model model) {
        LocalDate today = LocalDate.now();
        LocalDate f = from == null ? today.withDayOfYear(1) : from;
        LocalDate t = to == null ? today : to;
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("canRegister", currentUsers.require().can(ReconsiderationCases.REGISTER));
        return Pages.attempt(model, "reconsideration/consultations", () -> {
            model.addAttribute("counts", cases.consultationCounts(f, t));
            return "reconsideration/consultations";
        });
    }

    @PostMapping("/reconsideration/consultations")
    @PreAuthorize("hasAuthority('reconsideration:register')")
    String consult(@ModelAttribute RegisterConsultation form, Model model, RedirectAttributes redirect) {
        LocalDate today = LocalDate.now();
        model.addAttribute("from", today.withDayOfYear(1));
        model.addAttribute("to", today);
        model.addAttribute("canRegister", true);
        model.addAttribute("counts", cases.consultationCounts(today.withDayOfYear(1), today));
        return CasePages.attempt(model, "reconsideration/consultations", () -> {
            cases.registerConsultation(form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/reconsideration/consultations";
        });
    }
}
