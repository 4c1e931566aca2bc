package cn.fazhi.enforcement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.enforcement.Inspections;
import cn.fazhi.enforcement.TransferAttachment;
import cn.fazhi.enforcement.TransferCommands;
import cn.fazhi.enforcement.TransferStatus;
import cn.fazhi.enforcement.TransferView;
import cn.fazhi.enforcement.Transfers;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;

/** Staff pages of 两法衔接: list, report form, one transfer with its steps and deadlines. */
@Controller
@PreAuthorize("hasAuthority('enforcement:view')")
class TransferPageController {

    private final Transfers transfers;
    private final Inspections inspections;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final Clock clock;

    TransferPageController(Transfers transfers, Inspections inspections, CurrentUsers currentUsers, CaseTimeline timeline,
            Clock clock) {
        this.transfers = transfers;
        this.inspections = inspections;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.clock = clock;
    }

    @GetMapping("/enforcement/transfers")
    String list(@ModelAttribute("query") TransferCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        TransferCommands.Query q = errors.hasErrors() ? new TransferCommands.Query(null, null, null) : query;
        model.addAttribute("query", q);
        model.addAttribute("result", transfers.search(q, currentUsers.require().scope(), page, 20));
        model.addAttribute("statuses", TransferStatus.values());
        model.addAttribute("pageLink", Pages.pageLink());
        return "enforcement/publicity/transfers";
    }

    @GetMapping("/enforcement/transfers/new")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String form(@RequestParam(name = "penaltyCaseId", required = false) Long penaltyCaseId, Model model) {
        return form(model, new TransferCommands.Report(penaltyCaseId, null, null, List.of(), LocalDate.now(clock)));
    }

    @PostMapping("/enforcement/transfers")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @SubmitOnce
    String report(@Validated @ModelAttribute("form") TransferCommands.Report form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form(model, form);
        if (Pages.invalid(model, errors)) {
            return "enforcement/publicity/transfer-form";
        }
        return Pages.attempt(model, "enforcement/publicity/transfer-form", () -> {
            TransferView created = transfers.report(form, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "enforcement.transfer.notice.reported");
            return "redirect:/enforcement/transfers/" + created.id();
        });
    }

    @GetMapping("/enforcement/transfers/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, transfers.get(id));
    }

    @PostMapping("/enforcement/transfers/{id}/approve")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    String approve(@PathVariable long id, @Validated @ModelAttribute TransferCommands.Decide c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> transfers.approve(id, c));
    }

    @PostMapping("/enforcement/transfers/{id}/reject")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    String reject(@PathVariable long id, @Validated @ModelAttribute TransferCommands.Decide c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> transfers.reject(id, c));
    }

    @PostMapping("/enforcement/transfers/{id}/transfer")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String send(@PathVariable long id, @Validated @ModelAttribute TransferCommands.Send c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> transfers.send(id, c));
    }

    @PostMapping("/enforcement/transfers/{id}/receipt")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String receipt(@PathVariable long id, @Validated @ModelAttribute TransferCommands.Receipt c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> transfers.receipt(id, c));
    }

    @PostMapping("/enforcement/transfers/{id}/policeAccept")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String policeAccept(@PathVariable long id, @Validated @ModelAttribute TransferCommands.PoliceDecision c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> transfers.policeAccept(id, c));
    }

    @PostMapping("/enforcement/transfers/{id}/policeRefuse")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String policeRefuse(@PathVariable long id, @Validated @ModelAttribute TransferCommands.PoliceDecision c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> transfers.policeRefuse(id, c));
    }

    @PostMapping("/enforcement/transfers/{id}/reconsider")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String reconsider(@PathVariable long id, @Validated @ModelAttribute TransferCommands.Reconsider c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> transfers.reconsider(id, c));
    }

    @PostMapping("/enforcement/transfers/{id}/reconsiderAccept")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String reconsiderAccept(@PathVariable long id, @Validated @ModelAttribute TransferCommands.PoliceDecision c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> transfers.reconsiderAccept(id, c));
    }

    @PostMapping("/enforcement/transfers/{id}/reconsiderUphold")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    String reconsiderUphold(@PathVariable long id, @Validated @ModelAttribute TransferCommands.PoliceDecision c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> transfers.reconsiderUphold(id, c));
    }

    private String step(long id, BindingResult errors, Model model, RedirectAttributes redirect, Supplier<Object> action) {
        TransferView v = transfers.get(id);
        if (errors != null && Pages.invalid(model, errors)) {
            return show(model, v);
        }
        try {
            action.get();
        } catch (UserFacingException e) {
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, transfers.get(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:/enforcement/transfers/" + id;
    }

    private String form(Model model, TransferCommands.Report form) {
        model.addAttribute("form", form);
        model.addAttribute("officers", inspections.officerChoices(currentUsers.require().unitId()));
        return "enforcement/publicity/transfer-form";
    }

    private String show(Model model, TransferView v) {
        model.addAttribute("t", v);
        model.addAttribute("actions", transfers.actions(v));
        model.addAttribute("attachmentKinds", TransferAttachment.values());
        model.addAttribute("timeline", timeline.of(Transfers.ref(v.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "enforcement/publicity/transfer";
    }
}
