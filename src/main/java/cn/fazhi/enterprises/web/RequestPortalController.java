package cn.fazhi.enterprises.web;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
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
import cn.fazhi.cases.TimelineEntry;
import cn.fazhi.enterprises.DeskSessions;
import cn.fazhi.enterprises.EnterpriseRequests;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.RequestCommands;
import cn.fazhi.enterprises.RequestView;
import cn.fazhi.enterprises.SmeComplaints;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The enterprise's requests on the portal, phone-first, for the enterprise verified through its desk code in this
 * session (403 otherwise): file a request, follow the progress of its requests and complaints (each step with its
 * day, never who took it), read the answer and rate a closed request. Another enterprise's request is a 404.
 */
@Controller
class RequestPortalController {

    static final String BASE = "/public/enterprises/requests";

    private final DeskSessions sessions;
    private final EnterpriseRequests requests;
    private final SmeComplaints complaints;
    private final CaseTimeline timeline;

    RequestPortalController(DeskSessions sessions, EnterpriseRequests requests, SmeComplaints complaints,
            CaseTimeline timeline) {
        this.sessions = sessions;
        this.requests = requests;
        this.complaints = complaints;
        this.timeline = timeline;
    }

    @GetMapping(BASE)
    String progress(HttpSession session, Model model) {
        EnterpriseView e = sessions.require(session);
        model.addAttribute("enterprise", e);
        model.addAttribute("requests", requests.ofEnterprise(e.id()));
        model.addAttribute("complaints", complaints.ofEnterprise(e.id()));
        return "enterprises/requests/portal-list";
    }

    @GetMapping(BASE + "/new")
    String newForm(HttpSession session, Model model) {
        return form(sessions.require(session), model);
    }

    private String form(EnterpriseView e, Model model) {
        model.addAttribute("enterprise", e);
        model.addAttribute("categories", requests.categories());
        return "enterprises/requests/portal-new";
    }

    @PostMapping(BASE + "/new")
    @SubmitOnce
    String file(HttpSession session, @Validated @ModelAttribute("form") RequestCommands.File form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        EnterpriseView e = sessions.require(session);
        if (Pages.invalid(model, errors)) {
            return form(e, model);
        }
        try {
            RequestView v = requests.fileAsEnterprise(e.id(), new RequestCommands.File(null, form.category(),
                    form.title(), form.content(), null));
            redirect.addFlashAttribute("noticeKey", "enterprises.requests.portal.filed");
            return "redirect:" + BASE + "/" + v.id();
        } catch (UserFacingException ex) {
            if (ex.status() != HttpStatus.BAD_REQUEST) {
                throw ex;
            }
            Pages.errors(model).add(ex);
            model.addAttribute("errorKey", ex.messageKey());
            model.addAttribute("errorArgs", ex.args());
            return form(e, model);
        }
    }

    @GetMapping(BASE + "/{id}")
    String one(@PathVariable long id, HttpSession session, Model model) {
        EnterpriseView e = sessions.require(session);
        return show(model, requests.forEnterprise(e.id(), id)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound")));
    }

    @PostMapping(BASE + "/{id}/rate")
    String rate(@PathVariable long id, @RequestParam(name = "rating", required = false) String rating,
            @RequestParam(name = "note", required = false) String note, HttpSession session, Model model,
            RedirectAttributes redirect) {
        EnterpriseView e = sessions.require(session);
        RequestView v = requests.forEnterprise(e.id(), id)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (note != null && note.length() > 1000) {
            Pages.errors(model).add(UserFacingException.badRequest("enterprises.requests.error.tooLong", 1000));
            return show(model, v);
        }
        try {
            requests.rateAsEnterprise(e.id(), id, rating, note);
        } catch (UserFacingException ex) {
            if (ex.status() == HttpStatus.NOT_FOUND) {
                throw ex;
            }
            Pages.errors(model).add(ex);
            model.addAttribute("errorKey", ex.messageKey());
            model.addAttribute("errorArgs", ex.args());
            return show(model, requests.forEnterprise(e.id(), id).orElseThrow());
        }
        redirect.addFlashAttribute("noticeKey", "enterprises.requests.portal.rated");
        return "redirect:" + BASE + "/" + id;
    }

    private String show(Model model, RequestView v) {
        List<TimelineEntry> steps = timeline.of(EnterpriseRequests.ref(v.id()));
        model.addAttribute("r", v);
        model.addAttribute("steps", steps);
        model.addAttribute("scale", requests.ratingScale());
        return "enterprises/requests/portal-one";
    }
}
