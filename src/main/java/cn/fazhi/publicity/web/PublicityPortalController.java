package cn.fazhi.publicity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.platform.web.Pages;
import cn.fazhi.publicity.PublicityDutyLists;
import cn.fazhi.publicity.Schools;

/**
 * The portal's 普法 pages for citizens (phone-first, no sign-in): the published 普法责任清单 by unit, and each school's
 * 法治副校长 (name and sending body only — no phone or other personal data).
 */
@Controller
class PublicityPortalController {

    private static final int SIZE = 10;

    private final PublicityDutyLists lists;
    private final Schools schools;

    PublicityPortalController(PublicityDutyLists lists, Schools schools) {
        this.lists = lists;
        this.schools = schools;
    }

    @GetMapping("/public/publicity/duties")
    String duties(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String query = q == null ? null : q.length() > 50 ? q.substring(0, 50) : q;
        model.addAttribute("q", query);
        model.addAttribute("result", lists.published(query, null, Math.max(page, 0), SIZE));
        model.addAttribute("pageLink", Pages.pageLink());
        return "publicity/public/duties";
    }

    @GetMapping("/public/publicity/vice-principals")
    String vicePrincipals(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String query = q == null ? null : q.length() > 50 ? q.substring(0, 50) : q;
        model.addAttribute("q", query);
        model.addAttribute("result", schools.portal(query, Math.max(page, 0), SIZE));
        model.addAttribute("pageLink", Pages.pageLink());
        return "publicity/public/vice-principals";
    }
}
