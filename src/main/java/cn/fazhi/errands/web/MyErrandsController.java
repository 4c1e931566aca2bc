package cn.fazhi.errands.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.errands.Authorisations;
import cn.fazhi.errands.Commands;
import cn.fazhi.errands.ErrandCallers;
import cn.fazhi.errands.ErrandKind;
import cn.fazhi.errands.ErrandStatus;
import cn.fazhi.errands.Errands;
import cn.fazhi.errands.Utility;
import cn.fazhi.errands.Views;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The agent's own pages, phone-sized: my beneficiaries (authorisations in force), my errands, recording an errand a
 * beneficiary asked for (the receipt for the beneficiary is shown once) and completing it with the amount.
 */
@Controller
@PreAuthorize("hasAuthority('errands:act')")
class MyErrandsController {

    static final String BASE = "/errands/my";

    private final Errands errands;
    private final Authorisations authorisations;
    private final ErrandCallers callers;
    private final Clock clock;

    MyErrandsController(Errands errands, Authorisations authorisations, ErrandCallers callers, Clock clock) {
        this.errands = errands;
        this.authorisations = authorisations;
        this.callers = callers;
        this.clock = clock;
    }

    private List<Views.Authorisation> mine() {
        Long own = callers.ownAgentId();
        return own == null || own < 0 ? List.of() : authorisations.inForceFor(own);
    }

    @GetMapping(BASE)
    String home(@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("grants", mine());
        model.addAttribute("open", errands.search(new Commands.Query(null, null, ErrandStatus.ASSIGNED.name(), null, null),
                0, 50).items());
        model.addAttribute("result", errands.search(Commands.Query.none(), page, 20));
        model.addAttribute("pageLink", Pages.pageLink());
        return "errands/my/home";
    }

    @GetMapping(BASE + "/new")
    String form(@RequestParam(name = "beneficiaryId", required = false) Long beneficiaryId, Model model) {
        model.addAttribute("form", new Commands.NewErrand(beneficiaryId, null, null, null, null, null, null,
                LocalDate.now(clock), null));
        return newForm(model);
    }

    private String newForm(Model model) {
        model.addAttribute("grants", mine());
        model.addAttribute("kinds", ErrandKind.values());
        model.addAttribute("utilities", Utility.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "errands/my/new";
    }

    @PostMapping(BASE + "/new")
    @SubmitOnce
    String create(@ModelAttribute("form") Commands.NewErrand form, BindingResult errors, Model model) {
        if (Pages.invalid(model, errors)) {
            return newForm(model);
        }
        try {
            Views.Recorded r = errands.create(new Commands.NewErrand(form.beneficiaryId(), form.kind(), form.utility(),
                    form.accountNo(), form.goods(), form.itemCode(), form.note(), form.requestedOn(), null));
            model.addAttribute("recorded", r);
            return "errands/my/recorded";
        } catch (UserFacingException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            Pages.errors(model).add(e);
            return newForm(model);
        }
    }

    @GetMapping(BASE + "/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, errands.get(id));
    }

    private String show(Model model, Views.Errand v) {
        model.addAttribute("e", v);
        model.addAttribute("actions", errands.actions(v));
        model.addAttribute("today", LocalDate.now(clock));
        return "errands/my/errand";
    }

    @PostMapping(BASE + "/{id}/complete")
    String complete(@PathVariable long id, @ModelAttribute Commands.Step c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Views.Errand v = errands.get(id);
        if (Pages.invalid(model, errors)) {
            return show(model, v);
        }
        try {
            errands.step(id, "complete", new Commands.Step(c.version(), c.on(), null, c.amount(), null, c.text()));
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            Pages.errors(model).add(e);
            return show(model, v);
        }
        redirect.addFlashAttribute("noticeKey", "errands.my.completed");
        return "redirect:" + BASE + "/" + id;
    }
}
