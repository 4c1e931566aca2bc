package cn.fazhi.enforcement.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.enforcement.Publications;
import cn.fazhi.platform.web.Pages;

/** The public page of published enforcement decisions (no login, phone-readable): search, filter, page, open one. */
@Controller
class PublicDecisionPageController {

    static final java.util.List<String> CATEGORIES = java.util.List.of("PENALTY", "LICENCE", "COERCION", "INSPECTION",
            "LEVY", "OTHER");

    private final Publications publications;

    PublicDecisionPageController(Publications publications) {
        this.publications = publications;
    }

    @GetMapping("/public/enforcement/decisions")
    String list(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "category", required = false) String category,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String c = category != null && CATEGORIES.contains(category) ? category : null;
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("category", c);
        model.addAttribute("categories", CATEGORIES);
        model.addAttribute("units", publications.publishingUnits());
        model.addAttribute("result", publications.published(q, unitId, c, page, 20));
        model.addAttribute("pageLink", Pages.pageLink());
        return "enforcement/publicity/public-decisions";
    }

    @GetMapping("/public/enforcement/decisions/{id}")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("d", publications.publishedOne(id));
        return "enforcement/publicity/public-decision";
    }
}
