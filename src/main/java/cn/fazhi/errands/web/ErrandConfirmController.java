package cn.fazhi.errands.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.errands.Errands;
import cn.fazhi.errands.Views;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The beneficiary's (or family's) confirmation on a phone: the receipt's code and secret open the errand — what was
 * done and the amount recorded — which they confirm (optionally rating it) or dispute with a note.
 */
@Controller
class ErrandConfirmController {

    static final String FORM = "errands/public/confirm";
    static final String SHOWN = "errands/public/confirmed";

    private final Errands errands;

    ErrandConfirmController(Errands errands) {
        this.errands = errands;
    }

    @GetMapping("/public/errands/confirm")
    String form() {
        return FORM;
    }

    @PostMapping("/public/errands/confirm")
    String open(@RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "secret", required = false) String secret, Model model) {
        try {
            return shown(model, errands.byReceipt(code, secret), code, secret);
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
                throw e;
            }
            Pages.errors(model).add(e);
            return FORM;
        }
    }

    @PostMapping("/public/errands/confirm/answer")
    String answer(@RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "secret", required = false) String secret,
            @RequestParam(name = "answer", required = false) String answer,
            @RequestParam(name = "satisfaction", required = false) Integer satisfaction,
            @RequestParam(name = "note", required = false) String note, Model model) {
        try {
            if (!"confirm".equals(answer) && !"dispute".equals(answer)) {
                throw UserFacingException.badRequest("errands.portal.answerRequired");
            }
            Views.Errand v = errands.answerByReceipt(code, secret, "confirm".equals(answer), satisfaction, note);
            model.addAttribute("noticeKey", "confirm".equals(answer) ? "errands.portal.thanks" : "errands.portal.disputed");
            return shown(model, v, code, secret);
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
                throw e;
            }
            Pages.errors(model).add(e);
            if (e.status() == HttpStatus.NOT_FOUND) {
                return FORM;
            }
            return shown(model, errands.byReceipt(code, secret), code, secret);
        }
    }

    private String shown(Model model, Views.Errand v, String code, String secret) {
        model.addAttribute("e", v);
        model.addAttribute("code", code);
        model.addAttribute("secret", secret);
        return SHOWN;
    }
}
