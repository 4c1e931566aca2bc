package cn.fazhi.services.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.services.ApplicationCommands;
import cn.fazhi.services.ApplicationIntake;
import cn.fazhi.services.ApplicationView;
import cn.fazhi.services.Applications;
import cn.fazhi.services.Ratings;
import cn.fazhi.services.ServiceItemView;
import cn.fazhi.services.ServiceItems;

/**
 * The portal's applications, phone-first: apply online for an item marked online (the guide links here), the receipt
 * shown once; track with the code and the secret; rate once finished; the published reasons of overdue applications.
 */
@Controller
class ApplicationPortalController {

    private final Applications applications;
    private final ApplicationIntake intake;
    private final Ratings ratings;
    private final ServiceItems items;
    private final Clock clock;

    ApplicationPortalController(Applications applications, ApplicationIntake intake, Ratings ratings, ServiceItems items,
            Clock clock) {
        this.applications = applications;
        this.intake = intake;
        this.ratings = ratings;
        this.items = items;
        this.clock = clock;
    }

    record ApplyForm(String applicantKind, String applicantName, String applicantId, String phone,
            List<String> materials) {}

    @GetMapping("/public/services/apply/{code}")
    String applyForm(@PathVariable String code, Model model) {
        return form(model, code, null);
    }

    private String form(Model model, String code, ApplyForm f) {
        ServiceItemView item = items.findByCode(code, LocalDate.now(clock))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        model.addAttribute("item", item);
        model.addAttribute("materials", intake.materials(item.versionId()));
        model.addAttribute("form", f);
        return "services/portal/apply";
    }

    @PostMapping("/public/services/apply/{code}")
    @SubmitOnce
    String apply(@PathVariable String code, @ModelAttribute ApplyForm f, Model model) {
        ServiceItemView item = items.findByCode(code, LocalDate.now(clock))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        try {
            Applications.OnlineReceipt r = applications.receiveOnline(new ApplicationCommands.Receive(item.id(), "ONLINE",
                    f.applicantKind(), f.applicantName(), f.applicantId(), f.phone(), null, null, f.materials(), null,
                    null, null));
            model.addAttribute("receipt", r);
            return "services/portal/filed";
        } catch (UserFacingException e) {
            Pages.errors(model).add(e);
            return form(model, code, f);
        }
    }

    @GetMapping("/public/services/track")
    String trackForm() {
        return "services/portal/track";
    }

    @PostMapping("/public/services/track")
    String track(@RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "secret", required = false) String secret, Model model) {
        try {
            return tracked(model, applications.track(code, secret), code, secret);
        } catch (UserFacingException e) {
            if (e.status() == org.springframework.http.HttpStatus.TOO_MANY_REQUESTS) {
                throw e;
            }
            Pages.errors(model).add(e);
            return "services/portal/track";
        }
    }

    @PostMapping("/public/services/track/rating")
    String rate(@RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "secret", required = false) String secret,
            @RequestParam(name = "score", required = false) Integer score,
            @RequestParam(name = "realName", defaultValue = "false") boolean realName,
            @RequestParam(name = "comment", required = false) String comment, Model model) {
        try {
            ratings.rateByReceipt(code, secret, new ApplicationCommands.Rate(score, "ONLINE", realName, comment));
            model.addAttribute("noticeKey", "services.portal.rated");
        } catch (UserFacingException e) {
            if (e.status() == org.springframework.http.HttpStatus.NOT_FOUND) {
                Pages.errors(model).add(e);
                return "services/portal/track";
            }
            Pages.errors(model).add(e);
        }
        return tracked(model, applications.track(code, secret), code, secret);
    }

    private String tracked(Model model, ApplicationView a, String code, String secret) {
        model.addAttribute("a", a);
        model.addAttribute("rating", ratings.find(a.id()).orElse(null));
        model.addAttribute("code", code);
        model.addAttribute("secret", secret);
        return "services/portal/tracked";
    }

    @GetMapping("/public/services/overdue")
    String overdue(@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("result", applications.publishedOverdue(page, 20));
        model.addAttribute("pageLink", Pages.pageLink());
        return "services/portal/overdue";
    }
}
