package cn.fazhi.services.web;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.services.PartnerRegions;
import cn.fazhi.services.ServicesPermissions;

/** Staff pages of 跨域通办: the partner regions and, for one, the items agreed with it (and agreeing another). */
@Controller
@PreAuthorize("hasAuthority('services:view')")
class PartnerPageController {

    private final PartnerRegions partners;
    private final CurrentUsers currentUsers;

    PartnerPageController(PartnerRegions partners, CurrentUsers currentUsers) {
        this.partners = partners;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/services/partners")
    String list(Model model) {
        model.addAttribute("partners", partners.partners());
        return "services/crossregion/partners";
    }

    @GetMapping("/services/partners/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, id);
    }

    @PostMapping("/services/partners/{id}/items")
    @PreAuthorize("hasAuthority('services:manage')")
    String agree(@PathVariable long id, @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "agreedOn", required = false) LocalDate agreedOn, Model model,
            RedirectAttributes redirect) {
        return Pages.attempt(model, show(model, id), () -> {
            partners.agree(id, code, agreedOn);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/services/partners/" + id;
        });
    }

    private String show(Model model, long id) {
        model.addAttribute("p", partners.partner(id));
        model.addAttribute("items", partners.items(id));
        model.addAttribute("canManage", currentUsers.require().can(ServicesPermissions.MANAGE));
        return "services/crossregion/partner";
    }
}
