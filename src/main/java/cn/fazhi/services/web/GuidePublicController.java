package cn.fazhi.services.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.services.ItemCatalogue;
import cn.fazhi.services.ItemQuery;
import cn.fazhi.services.ServiceItems;
import cn.fazhi.services.ServiceLevel;

/**
 * The portal's service pages (no login): the published guides (办事指南) with a search box and filters by department,
 * level, online and 即办; one guide (phone-readable, print-ready); and the three catalogues.
 */
@Controller
class GuidePublicController {

    private final ServiceItems items;
    private final Units units;
    private final Clock clock;

    GuidePublicController(ServiceItems items, Units units, Clock clock) {
        this.items = items;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/public/services/guides")
    String guides(@Validated @ModelAttribute("query") ItemQuery query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        ItemQuery q = errors.hasErrors() ? ItemQuery.none() : query;
        filters(model, q);
        model.addAttribute("result", items.search(q, null, LocalDate.now(clock), page, 20));
        return "services/public/guides";
    }

    @GetMapping("/public/services/guides/{code}")
    String guide(@PathVariable String code, Model model) {
        model.addAttribute("d", items.guide(code, LocalDate.now(clock))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound")));
        return "services/public/guide";
    }

    @GetMapping("/public/services/catalogues/{slug}")
    String catalogue(@PathVariable String slug, @Validated @ModelAttribute("query") ItemQuery query,
            BindingResult errors, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        ItemCatalogue c = ItemCatalogue.ofSlug(slug);
        ItemQuery q = (errors.hasErrors() ? ItemQuery.none() : query).inCatalogue(c);
        filters(model, q);
        model.addAttribute("catalogue", c);
        model.addAttribute("catalogues", ItemCatalogue.values());
        model.addAttribute("result", items.search(q, null, LocalDate.now(clock), page, 50));
        return "services/public/catalogue";
    }

    private void filters(Model model, ItemQuery q) {
        model.addAttribute("query", q);
        model.addAttribute("levels", ServiceLevel.values());
        model.addAttribute("units", units.all().stream().filter(u -> u.active()).toList());
        model.addAttribute("pageLink", Pages.pageLink());
    }
}
