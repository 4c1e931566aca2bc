package cn.fazhi.responsibilities.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.organisation.UnitType;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.responsibilities.Powers;

/** The published 权责清单 on the portal: by unit and type, searchable; one power with its basis and duties. */
@Controller
class PublicPowerPageController {

    private final Powers powers;
    private final Units units;
    private final Clock clock;

    PublicPowerPageController(Powers powers, Units units, Clock clock) {
        this.powers = powers;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/public/responsibilities")
    String list(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String words = q == null ? null : q.strip();
        if (words != null && words.length() > 100) {
            words = words.substring(0, 100);
        }
        String t = type != null && powers.types().contains(type) ? type : null;
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("q", words);
        model.addAttribute("unitId", unitId);
        model.addAttribute("type", t);
        model.addAttribute("types", powers.types());
        model.addAttribute("units", units.all().stream().filter(u -> u.type() == UnitType.DEPARTMENT
                || u.type() == UnitType.TOWNSHIP_GOVERNMENT).toList());
        model.addAttribute("result", powers.published(words, unitId, t, today, page, 20));
        model.addAttribute("today", today);
        model.addAttribute("pageLink", Pages.pageLink());
        return "responsibilities/public-list";
    }

    @GetMapping("/public/responsibilities/{id:\\d+}")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("p", powers.findPublished(id)
                .orElseThrow(() -> UserFacingException.notFound("responsibilities.error.unknown")));
        return "responsibilities/public-power";
    }
}
