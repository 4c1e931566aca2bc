package cn.fazhi.services.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.services.ApplicationCommands;
import cn.fazhi.services.ApplicationIntake;
import cn.fazhi.services.ApplicationStatus;
import cn.fazhi.services.ApplicationView;
import cn.fazhi.services.Applications;
import cn.fazhi.services.Ratings;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff pages of applications: the window's intake screen (find the item, the applicant, the materials checklist,
 * then receive — and accept, or decide a 即办 item on the spot — in one submission) with its queue; the list
 * (filters, paging, .xlsx); one application with its clocks and steps.
 */
@Controller
@PreAuthorize("hasAuthority('services:view')")
class ApplicationPageController {

    static final String BASE = "/services/applications";

    private final Applications applications;
    private final ApplicationIntake intake;
    private final Ratings ratings;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseLinks links;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    ApplicationPageController(Applications applications, ApplicationIntake intake, Ratings ratings,
            CurrentUsers currentUsers, CaseTimeline timeline, CaseLinks links, MessageSource messages, AuditTrail audit,
            Clock clock) {
        this.applications = applications;
        this.intake = intake;
        this.ratings = ratings;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.links = links;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The intake form as posted: the receive command's fields plus what to do next (receive, accept, instant). */
    record IntakeForm(Long itemId, String channel, String applicantKind, String applicantName, String applicantId,
            String phone, String agentName, String agentId, List<String> materials, String then) {}

    @GetMapping(BASE + "/intake")
    @PreAuthorize("hasAuthority('services:intake')")
    String intakeScreen(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "itemId", required = false) Long itemId, Model model) {
        return screen(model, q, itemId, null);
    }

    private String screen(Model model, String q, Long itemId, IntakeForm form) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("q", q);
        model.addAttribute("found", intake.search(q, today, 20));
        model.addAttribute("form", form);
        if (itemId != null) {
            var item = applications.item(itemId, today);
            model.addAttribute("item", item);
            model.addAttribute("materials", item == null ? List.of() : intake.materials(item.versionId()));
        }
        model.addAttribute("channels", List.of("WINDOW", "SELF_SERVICE", "AGENT"));
        model.addAttribute("queue", applications.search(new ApplicationCommands.Query(null, ApplicationStatus.RECEIVED,
                null, null, null, null), currentUsers.require().scope(), 0, 20));
        return "services/applications/intake";
    }

    @PostMapping(BASE + "/intake")
    @PreAuthorize("hasAuthority('services:intake')")
    @SubmitOnce
    String receive(@ModelAttribute IntakeForm f, Model model, RedirectAttributes redirect) {
        ApplicationView v;
        try {
            v = applications.receiveAtWindow(new ApplicationCommands.Receive(f.itemId(), f.channel(), f.applicantKind(),
                    f.applicantName(), f.applicantId(), f.phone(), f.agentName(), f.agentId(), f.materials(), null, null,
                    null), f.then());
        } catch (UserFacingException e) {
            if (e.status() == org.springframework.http.HttpStatus.FORBIDDEN) {
                throw e;
            }
            Pages.errors(model).add(e);
            return screen(model, null, f.itemId(), f);
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + v.id();
    }

    @GetMapping(BASE)
    String list(@ModelAttribute("query") ApplicationCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", applications.search(query, currentUsers.require().scope(), page, 20));
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("channels", Applications.CHANNELS);
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        return "services/applications/list";
    }

    @GetMapping(BASE + ".xlsx")
    void export(@ModelAttribute("query") ApplicationCommands.Query query, HttpServletResponse response)
            throws IOException {
        List<ApplicationView> items = applications.search(query, currentUsers.require().scope(), 0, 5000).items();
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (ApplicationView a : items) {
            rows.add(List.of(a.caseNumber(), a.itemName(), a.unitName(),
                    messages.getMessage("services.application.channel." + a.channel(), null, locale), a.applicantName(),
                    a.receivedOn().toString(), a.acceptedOn() == null ? "" : a.acceptedOn().toString(),
                    a.promisedDue() == null ? "" : a.promisedDue().toString(),
                    a.legalDue() == null ? "" : a.legalDue().toString(),
                    a.decidedOn() == null ? "" : a.decidedOn().toString(),
                    messages.getMessage("services.application.status." + a.status(), null, locale),
                    messages.getMessage(a.overdue() ? "common.yes" : "common.no", null, locale)));
        }
        ApplicationXlsx.write(messages, response, rows);
        audit.record(AuditEntry.of("services.application.exported", Applications.CASE_TYPE, "list", items.size() + " rows"));
    }

    @GetMapping(BASE + "/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, applications.get(id));
    }

    @PostMapping(BASE + "/{id}/steps/{step}")
    String step(@PathVariable long id, @PathVariable String step, @ModelAttribute ApplicationCommands.Step c, Model model,
            RedirectAttributes redirect) {
        applications.get(id);
        try {
            applications.step(id, step, c);
        } catch (UserFacingException e) {
            return failed(model, e, id);
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping(BASE + "/{id}/rating")
    String rate(@PathVariable long id, @ModelAttribute ApplicationCommands.Rate c, Model model,
            RedirectAttributes redirect) {
        try {
            ratings.rate(id, c);
        } catch (UserFacingException e) {
            return failed(model, e, id);
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping(BASE + "/{id}/rating/visit")
    String visit(@PathVariable long id, @ModelAttribute ApplicationCommands.Visit c, Model model,
            RedirectAttributes redirect) {
        try {
            ratings.visit(id, c);
        } catch (UserFacingException e) {
            return failed(model, e, id);
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    private String failed(Model model, UserFacingException e, long id) {
        if (e.status() == org.springframework.http.HttpStatus.NOT_FOUND
                || e.status() == org.springframework.http.HttpStatus.FORBIDDEN) {
            throw e;
        }
        Pages.errors(model).add(e);
        return show(model, applications.get(id));
    }

    private String show(Model model, ApplicationView v) {
        model.addAttribute("a", v);
        model.addAttribute("actions", applications.actions(v));
        model.addAttribute("suspensions", applications.suspensions(v.id()));
        model.addAttribute("suspensionKinds", Applications.SUSPENSION_KINDS);
        model.addAttribute("rating", ratings.find(v.id()).orElse(null));
        model.addAttribute("timeline", timeline.of(Applications.ref(v.id())));
        model.addAttribute("links", links.of(Applications.ref(v.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "services/applications/detail";
    }
}
