package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.enforcement.PublicationCommands;
import cn.fazhi.enforcement.PublicationStatus;
import cn.fazhi.enforcement.PublicationView;
import cn.fazhi.enforcement.Publications;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.platform.web.Paged;

/** Staff pages of 事后公开: the publication records in scope (overdue first), one record, publish and withdraw. */
@Controller
@PreAuthorize("hasAuthority('enforcement:view')")
class PublicationPageController {

    static final int PAGE_SIZE = 20;
    private static final String[] HEADERS = {"enforcement.publication.field.caseNumber",
            "enforcement.publication.field.decisionNumber", "enforcement.publication.field.unit",
            "enforcement.publication.field.category", "enforcement.publication.field.decidedOn",
            "enforcement.publication.field.party", "enforcement.publication.field.violation",
            "enforcement.publication.field.status", "enforcement.publication.field.dueOn",
            "enforcement.publication.field.publishedOn", "enforcement.publication.field.withdrawalDueOn",
            "enforcement.publication.field.withdrawnOn"};

    private final Publications publications;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final AuditTrail audit;

    PublicationPageController(Publications publications, CurrentUsers currentUsers, MessageSource messages,
            AuditTrail audit) {
        this.publications = publications;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/enforcement/publications")
    String list(@ModelAttribute("query") PublicationCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        PublicationCommands.Query q = errors.hasErrors() ? new PublicationCommands.Query(null, null, null, null) : query;
        model.addAttribute("query", q);
        model.addAttribute("result", publications.search(q, currentUsers.require().scope(), page, PAGE_SIZE));
        model.addAttribute("statuses", PublicationStatus.values());
        model.addAttribute("pageLink", Pages.pageLink());
        return "enforcement/publicity/publications";
    }

    @GetMapping("/enforcement/publications/export")
    void export(@ModelAttribute("query") PublicationCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        PublicationCommands.Query q = errors.hasErrors() ? new PublicationCommands.Query(null, null, null, null) : query;
        Paged<PublicationView> found = publications.search(q, currentUsers.require().scope(), 0, 500);
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (PublicationView p : found.items()) {
            rows.add(List.of(p.caseNumber(), text(p.decisionNumber()), p.unitName(),
                    messages.getMessage("enforcement.publication.category." + p.category(), null, locale),
                    p.decidedOn().toString(), text(p.party()), text(p.violation()),
                    messages.getMessage("enforcement.publication.status." + p.status(), null, locale),
                    p.dueOn().toString(), text(p.publishedOn()), text(p.withdrawalDueOn()), text(p.withdrawnOn())));
        }
        PublicationXlsx.write(messages, response, "enforcement.publication.export.file",
                "enforcement.publication.export.sheet", HEADERS, rows, audit,
                AuditEntry.of("enforcement.publication.exported", "enforcement_publication", null,
                        rows.size() + " rows, status=" + q.status() + " overdue=" + q.overdue() + " year=" + q.year()));
    }

    @GetMapping("/enforcement/publications/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, publications.get(id));
    }

    @PostMapping("/enforcement/publications/{id}/publish")
    @PreAuthorize("hasAuthority('enforcement:handle') or hasAuthority('enforcement:manage')")
    String publish(@PathVariable long id, @Validated @ModelAttribute("publish") PublicationCommands.Publish c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, "enforcement.publication.notice.published",
                () -> publications.publish(id, c));
    }

    @PostMapping("/enforcement/publications/{id}/withdraw")
    @PreAuthorize("hasAuthority('enforcement:handle') or hasAuthority('enforcement:manage')")
    String withdraw(@PathVariable long id, @Validated @ModelAttribute("withdraw") PublicationCommands.Withdraw c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, "enforcement.publication.notice.withdrawn",
                () -> publications.withdraw(id, c));
    }

    private String step(long id, BindingResult errors, Model model, RedirectAttributes redirect, String notice,
            Runnable action) {
        PublicationView p = publications.get(id);
        if (Pages.invalid(model, errors)) {
            return show(model, p);
        }
        try {
            action.run();
        } catch (UserFacingException e) {
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, publications.get(id));
        }
        redirect.addFlashAttribute("noticeKey", notice);
        return "redirect:/enforcement/publications/" + id;
    }

    private String show(Model model, PublicationView p) {
        model.addAttribute("p", p);
        var me = currentUsers.require();
        model.addAttribute("canAct", me.can("enforcement:handle") || me.can("enforcement:manage"));
        return "enforcement/publicity/publication";
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
