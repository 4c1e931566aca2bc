package cn.fazhi.enterprises.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.enterprises.DeskSessions;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.SmeComplaintCommands;
import cn.fazhi.enterprises.SmeComplaintView;
import cn.fazhi.enterprises.SmeComplaints;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;

/**
 * An SME's payment complaint on the portal, for the enterprise verified in this session: file one against a district
 * body and follow it (the clocks of Arts. 24, 25 and the no-retaliation rule shown). Another enterprise's complaint is
 * a 404.
 */
@Controller
class SmeComplaintPortalController {

    static final String BASE = "/public/enterprises/complaints";

    private final DeskSessions sessions;
    private final SmeComplaints complaints;
    private final CaseTimeline timeline;
    private final Units units;

    SmeComplaintPortalController(DeskSessions sessions, SmeComplaints complaints, CaseTimeline timeline, Units units) {
        this.sessions = sessions;
        this.complaints = complaints;
        this.timeline = timeline;
        this.units = units;
    }

    @GetMapping(BASE + "/new")
    String newForm(HttpSession session, Model model) {
        return form(sessions.require(session), model);
    }

    private String form(EnterpriseView e, Model model) {
        model.addAttribute("enterprise", e);
        model.addAttribute("units", units.all());
        return "enterprises/complaints/portal-new";
    }

    @PostMapping(BASE + "/new")
    @SubmitOnce
    String file(HttpSession session, @Validated @ModelAttribute("form") SmeComplaintCommands.File form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        EnterpriseView e = sessions.require(session);
        if (Pages.invalid(model, errors)) {
            return form(e, model);
        }
        try {
            SmeComplaintView v = complaints.fileAsEnterprise(e.id(), new SmeComplaintCommands.File(null,
                    form.respondentUnitId(), form.amount(), form.paymentDue(), form.contractRef(), form.content(), null));
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
        SmeComplaintView v = complaints.forEnterprise(e.id(), id)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        model.addAttribute("c", v);
        model.addAttribute("steps", timeline.of(SmeComplaints.ref(v.id())));
        return "enterprises/complaints/portal-one";
    }
}
