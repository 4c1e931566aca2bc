package cn.fazhi.enterprises.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.enterprises.DeskRatings;
import cn.fazhi.enterprises.DeskSessions;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.Enterprises;
import cn.fazhi.enterprises.InspectedRecords;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The page a desk code (企业解忧码) opens on the portal, phone-first: the light verification (the legal
 * representative's phone), then the enterprise's six services. {@code /public/enterprises/desk} is the verified
 * enterprise's page without the code in the address; it lists the enterprise's items from every part of the desk
 * ({@link cn.fazhi.enterprises.DeskItems}, none at all is fine). "无事不扰" ({@code /public/enterprises/inspections}) and
 * the rating ({@code /public/enterprises/rating}) show and act for the verified enterprise only.
 */
@Controller
class DeskPortalController {

    private final Enterprises enterprises;
    private final DeskSessions sessions;
    private final DeskRatings ratings;
    private final InspectedRecords inspections;

    DeskPortalController(Enterprises enterprises, DeskSessions sessions, DeskRatings ratings,
            InspectedRecords inspections) {
        this.enterprises = enterprises;
        this.sessions = sessions;
        this.ratings = ratings;
        this.inspections = inspections;
    }

    @GetMapping("/public/enterprises/code/{token}")
    String code(@PathVariable String token, HttpSession session, Model model) {
        EnterpriseView coded = enterprises.findByToken(token)
                .orElseThrow(() -> UserFacingException.notFound("enterprises.desk.unknownCode"));
        if (sessions.current(session).filter(e -> e.id() == coded.id()).isPresent()) {
            return "redirect:/public/enterprises/desk";
        }
        model.addAttribute("token", token);
        model.addAttribute("enterpriseName", coded.name());
        return "enterprises/portal/verify";
    }

    @PostMapping("/public/enterprises/code/{token}")
    String verify(@PathVariable String token, @RequestParam(name = "phone", required = false) String phone,
            HttpSession session, Model model) {
        try {
            sessions.enter(session, token, phone);
            return "redirect:/public/enterprises/desk";
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
                throw e;
            }
            Pages.errors(model).add(e);
            model.addAttribute("token", token);
            model.addAttribute("enterpriseName", enterprises.findByToken(token).map(EnterpriseView::name).orElse(null));
            return "enterprises/portal/verify";
        }
    }

    @GetMapping("/public/enterprises/desk")
    String desk(HttpSession session, Model model) {
        EnterpriseView e = sessions.require(session);
        model.addAttribute("enterprise", e);
        model.addAttribute("items", ratings.itemsOf(e.id()));
        return "enterprises/portal/desk";
    }

    @GetMapping("/public/enterprises/inspections")
    String inspections(HttpSession session, Model model) {
        EnterpriseView e = sessions.require(session);
        model.addAttribute("enterprise", e);
        model.addAttribute("summary", inspections.of(e));
        return "enterprises/portal/inspections";
    }

    @GetMapping("/public/enterprises/rating")
    String rating(HttpSession session, Model model) {
        EnterpriseView e = sessions.require(session);
        return rating(e, model);
    }

    @PostMapping("/public/enterprises/rating")
    @cn.fazhi.platform.web.SubmitOnce
    String rate(@RequestParam(name = "caseType", required = false) String caseType,
            @RequestParam(name = "itemId", defaultValue = "0") long itemId,
            @RequestParam(name = "score", required = false) Integer score,
            @RequestParam(name = "comment", required = false) String comment, HttpSession session, Model model,
            RedirectAttributes redirect) {
        EnterpriseView e = sessions.require(session);
        try {
            ratings.rate(e, caseType == null ? DeskRatings.GENERAL : caseType, itemId, score, comment);
            redirect.addFlashAttribute("noticeKey", "enterprises.rating.thanks");
            return "redirect:/public/enterprises/rating";
        } catch (UserFacingException ex) {
            if (ex.status() == HttpStatus.FORBIDDEN) {
                throw ex;
            }
            Pages.errors(model).add(ex);
            return rating(e, model);
        }
    }

    private String rating(EnterpriseView e, Model model) {
        var rated = ratings.of(e.id());
        model.addAttribute("enterprise", e);
        model.addAttribute("items", ratings.itemsOf(e.id()).stream().filter(i -> i.finished()).toList());
        model.addAttribute("rated", rated);
        model.addAttribute("ratedKeys", rated.stream().map(r -> r.caseType() + ":" + r.itemId()).toList());
        model.addAttribute("generalRated", ratings.generalRatedThisYear(e.id()));
        return "enterprises/portal/rating";
    }

    @PostMapping("/public/enterprises/desk/leave")
    String leave(HttpSession session) {
        sessions.leave(session);
        return "redirect:/public";
    }
}
