package cn.fazhi.identity.web;

import java.util.ArrayList;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.identity.RoleForm;
import cn.fazhi.identity.RoleView;
import cn.fazhi.identity.Roles;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;

/** Administrators define roles: permission bundles with a data scope. */
@Controller
@PreAuthorize("hasAuthority('system:role:edit')")
class RoleAdminPageController {

    private final CurrentUsers currentUsers;
    private final Roles roles;

    RoleAdminPageController(CurrentUsers currentUsers, Roles roles) {
        this.currentUsers = currentUsers;
        this.roles = roles;
    }

    @GetMapping("/admin/roles")
    String list(Model model) {
        model.addAttribute("roles", roles.all());
        return "identity/roles";
    }

    @GetMapping("/admin/roles/new")
    String createForm(Model model) {
        return form(model, RoleForm.empty(), null);
    }

    @PostMapping("/admin/roles")
    String create(@Validated @ModelAttribute("form") RoleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form(model, form, null);
        if (errors.hasErrors()) {
            return "identity/role-form";
        }
        return Pages.attempt(model, "identity/role-form", () -> {
            RoleView created = roles.create(form, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/admin/roles/" + created.id();
        });
    }

    @GetMapping("/admin/roles/{id}")
    String edit(@PathVariable long id, Model model) {
        RoleView role = roles.find(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return form(model, new RoleForm(role.code(), role.name(), role.description(), role.dataScope(),
                new ArrayList<>(role.permissions()), role.version()), role);
    }

    @PostMapping("/admin/roles/{id}")
    String update(@PathVariable long id, @Validated @ModelAttribute("form") RoleForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        RoleView role = roles.find(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        form(model, form, role);
        if (errors.hasErrors()) {
            return "identity/role-form";
        }
        return Pages.attempt(model, "identity/role-form", () -> {
            roles.update(id, form, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/admin/roles/" + id;
        });
    }

    private String form(Model model, RoleForm form, RoleView role) {
        model.addAttribute("form", form);
        model.addAttribute("role", role);
        model.addAttribute("catalogue", roles.catalogue());
        model.addAttribute("scopes", ScopeLevel.values());
        return "identity/role-form";
    }
}
