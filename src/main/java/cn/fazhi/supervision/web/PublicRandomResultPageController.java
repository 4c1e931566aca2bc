package cn.fazhi.supervision.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.platform.web.Pages;
import cn.fazhi.supervision.RandomPublications;

/** 一公开: the published results of random inspections (no login, phone-friendly). */
@Controller
class PublicRandomResultPageController {

    private final RandomPublications publications;

    PublicRandomResultPageController(RandomPublications publications) {
        this.publications = publications;
    }

    @GetMapping("/public/random-inspections/results")
    String results(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", publications.search(q, page, 10));
        model.addAttribute("pageLink", Pages.pageLink());
        return "supervision/public/results";
    }
}
