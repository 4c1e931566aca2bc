package cn.fazhi.portal.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.fazhi.platform.web.PublicEntry;

/** The public portal shell: no login; modules add their public pages under /public. */
@Controller
class PublicPortalController {

    private final List<PublicEntry> entries;

    PublicPortalController(List<PublicEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(PublicEntry::order)).toList();
    }

    @GetMapping("/public")
    String index(Model model) {
        model.addAttribute("entries", entries);
        return "portal/public";
    }
}
