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
        Map<String, List<PublicRandomItemView>> byDepartment = new LinkedHashMap<>();
        items.published(null).stream().map(PublicRandomItemView::of)
                .forEach(i -> byDepartment.computeIfAbsent(i.department(), k -> new java.util.ArrayList<>()).add(i));
        Map<Long, String> departments = new LinkedHashMap<>();
        items.published(null).forEach(i -> departments.putIfAbsent(i.unitId(), i.unitName()));
        model.addAttribute("departments", departments);
        model.addAttribute("unitId", unitId);
        if (unitId != null) {
            String name = departments.get(unitId);
            byDepartment.keySet().removeIf(k -> !k.equals(name));
        }
        model.addAttribute("byDepartment", byDepartment);
        return "supervision/public/items";
    }
}
