package cn.fazhi.supervision.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.supervision.Draws;
import cn.fazhi.supervision.PublicDraws;

/** The portal's verify page of a draw: the published data and the recomputation from it (phone-friendly, no login). */
@Controller
class PublicDrawPageController {

    private final PublicDraws draws;

    PublicDrawPageController(PublicDraws draws) {
        this.draws = draws;
    }

    @GetMapping("/public/random-inspections/draws")
    String index(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
        Draws.Status s = null;
        for (Draws.Status x : Draws.Status.values()) {
            if (x.name().equals(status)) {
                s = x;
            }
        }
        model.addAttribute("result", draws.index(s, page, 20));
        model.addAttribute("status", s);
        model.addAttribute("statuses", Draws.Status.values());
        model.addAttribute("pageLink", "/public/random-inspections/draws?" + (s == null ? "" : "status=" + s + "&"));
        return "supervision/public/draws";
    }

    @GetMapping("/public/random-inspections/draws/{id}")
    String draw(@PathVariable long id, Model model) {
        model.addAttribute("d", draws.view(id));
        model.addAttribute("verification", draws.verification(id).orElse(null));
        return "supervision/public/draw";
    }
}
