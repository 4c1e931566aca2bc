package cn.fazhi.legality.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.fazhi.legality.ListKind;
import cn.fazhi.legality.MajorDecisions;
import cn.fazhi.legality.PublicLists;

/** Public portal pages (no login): the published lists and the published catalogues of major decisions. */
@Controller
class PublicLegalityPageController {

    private final PublicLists lists;
    private final MajorDecisions decisions;

    PublicLegalityPageController(PublicLists lists, MajorDecisions decisions) {
        this.lists = lists;
        this.decisions = decisions;
    }

    @GetMapping("/public/lists")
    String lists(Model model) {
        model.addAttribute("lists", lists.lists().stream().filter(l -> l.published()).toList());
        return "legality/public-lists";
    }

    @GetMapping("/public/lists/{slug}")
    String list(@PathVariable String slug, Model model) {
        if (ListKind.movedToServices(slug)) {
            return "redirect:/public/services/catalogues/" + slug;
        }
        ListKind kind = ListKind.ofSlug(slug);
        model.addAttribute("items", lists.publishedItems(kind));
        model.addAttribute("list", lists.list(kind));
        return "legality/public-list";
    }

    @GetMapping("/public/decisions")
    String decisions(Model model) {
        model.addAttribute("catalogues", decisions.publishedCatalogues());
        return "legality/public-decisions";
    }

    @GetMapping("/public/decisions/{year}")
    String catalogue(@PathVariable int year, Model model) {
        model.addAttribute("items", decisions.publishedMatters(year));
        model.addAttribute("catalogue", decisions.catalogue(year).orElseThrow());
        return "legality/public-decision-catalogue";
    }
}
