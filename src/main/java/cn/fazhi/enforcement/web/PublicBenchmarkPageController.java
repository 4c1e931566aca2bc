package cn.fazhi.enforcement.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.enforcement.Benchmarks;
import cn.fazhi.enforcement.LenientKind;
import cn.fazhi.enforcement.LenientLists;
import cn.fazhi.platform.web.Pages;

/**
 * The portal's discretion pages, without login and readable on a phone: the published benchmarks (行政处罚法 Art. 34:
 * 裁量基准应当向社会公布; 国办发〔2022〕27号 一(二)) with search and pages, one benchmark with its levels, and the
 * published lenient lists. Unpublished ones answer 404.
 */
@Controller
class PublicBenchmarkPageController {

    private static final int PAGE_SIZE = 20;

    private final Benchmarks benchmarks;
    private final LenientLists lists;

    PublicBenchmarkPageController(Benchmarks benchmarks, LenientLists lists) {
        this.benchmarks = benchmarks;
        this.lists = lists;
    }

    @GetMapping("/public/enforcement/benchmarks")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", benchmarks.search(q, true, page, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("lists", lists.lists().stream().filter(l -> l.published()).toList());
        return "enforcement/discretion/public-benchmarks";
    }

    @GetMapping("/public/enforcement/benchmarks/{id}")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("b", benchmarks.published(id));
        return "enforcement/discretion/public-benchmark";
    }

    @GetMapping("/public/enforcement/lenient-lists/{slug}")
    String lenient(@PathVariable String slug, Model model) {
        LenientKind kind = LenientKind.ofSlug(slug);
        var list = lists.list(kind);
        if (!list.published()) {
            throw cn.fazhi.platform.web.UserFacingException.notFound("enforcement.discretion.lenient.notFound");
        }
        model.addAttribute("list", list);
        model.addAttribute("items", lists.publishedItems(kind));
        return "enforcement/discretion/public-lenient-list";
    }
}
