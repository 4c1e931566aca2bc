package cn.fazhi.supervision.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.supervision.RandomItems;

/** The portal's page of the published random-inspection list, by department (phone-friendly, no login). */
@Controller
class PublicRandomItemPageController {

    private final RandomItems items;

    PublicRandomItemPageController(RandomItems items) {
        this.items = items;
    }

    @GetMapping("/public/random-inspections/items")
    String items(@RequestParam(name = "unitId", required = false) Long unitId, Model model) {
        List<cn.fazhi.supervision.RandomItemView> published = items.published(null);
        Map<String, List<PublicRandomItemView>> byDepartment = new LinkedHashMap<>();
        Map<Long, String> departments = new LinkedHashMap<>();
        for (cn.fazhi.supervision.RandomItemView i : published) {
            departments.putIfAbsent(i.unitId(), i.unitName());
            if (unitId == null || unitId == i.unitId()) {
                byDepartment.computeIfAbsent(i.unitName(), k -> new java.util.ArrayList<>()).add(PublicRandomItemView.of(i));
            }
        }
        model.addAttribute("departments", departments);
        model.addAttribute("unitId", unitId);
        model.addAttribute("byDepartment", byDepartment);
        return "supervision/public/items";
    }
}
