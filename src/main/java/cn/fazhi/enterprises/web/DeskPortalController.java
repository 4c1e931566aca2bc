package cn.fazhi.enterprises.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.enterprises.DeskSessions;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.Enterprises;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The page a desk code (企业解忧码) opens on the portal, phone-first: the light verification (the legal
 * representative's phone), then the enterprise's six services. {@code /public/enterprises/desk} is the verified
 * enterprise's page without the code in the address.
 */
@Controller
class DeskPortalController {

    private final Enterprises enterprises;
    private final DeskSessions sessions;

    DeskPortalController(Enterprises enterprises, DeskSessions sessions) {
        this.enterprises = enterprises;
        this.sessions = sessions;
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
        model.addAttribute("enterprise", sessions.require(session));
        return "enterprises/portal/desk";
    }

    @PostMapping("/public/enterprises/desk/leave")
    String leave(HttpSession session) {
        sessions.leave(session);
        return "redirect:/public";
    }
}
