package cn.fazhi.identity.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.identity.Roles;
import cn.fazhi.identity.UserForm;
import cn.fazhi.identity.UserView;
import cn.fazhi.identity.Users;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;

/** Administrators manage the users their scope covers. */
@Controller
@PreAuthorize("hasAuthority('system:user:view')")
class UserAdminPageController {

    private final CurrentUsers currentUsers;
    private final Users users;
    private final Roles roles;
    private final Units units;

    UserAdminPageController(CurrentUsers currentUsers, Users users, Roles roles, Units units) {
        this.currentUsers = currentUsers;
        this.users = users;
        this.roles = roles;
        this.units = units;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId, Model model) {
        CurrentUser me = currentUsers.require();
        model.addAttribute("users", users.list(me.scope(), q, unitId));
        model.addAttribute("units", units.visible(me.scope()));
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("now", java.time.OffsetDateTime.now());
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    @PreAuthorize("hasAuthority('system:user:edit')")
    String createForm(Model model) {
        return form(model, UserForm.empty(), null);
    }

    @PostMapping("/admin/users")
    @PreAuthorize("hasAuthority('system:user:edit')")
    @cn.fazhi.platform.web.SubmitOnce
    String create(@Validated @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return form(model, form, null);
        }
        form(model, form, null);
        return Pages.attempt(model, "identity/user-form", () -> {
            UserView created = users.create(form, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "identity.user.created");
            return "redirect:/admin/users/" + created.id();
        });
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable long id, Model model) {
        UserView user = visible(id);
        UserForm form = new UserForm(user.username(), user.displayName(), user.unitId(),
                roles.all().stream().filter(r -> user.roleCodes().contains(r.code())).map(r -> r.id()).toList(),
                "", "", "", user.enabled(), user.version());
        return form(model, form, user);
    }

    @PostMapping("/admin/users/{id}")
    @PreAuthorize("hasAuthority('system:user:edit')")
    String update(@PathVariable long id, @Validated @ModelAttribute("form") UserForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        UserView user = visible(id);
        form(model, form, user);
        if (Pages.invalid(model, errors)) {
            return "identity/user-form";
        }
        return Pages.attempt(model, "identity/user-form", () -> {
            users.update(id, form, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/admin/users/" + id;
        });
    }

    @PostMapping("/admin/users/{id}/unlock")
    @PreAuthorize("hasAuthority('system:user:edit')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        users.unlock(id, currentUsers.require());
        redirect.addFlashAttribute("noticeKey", "identity.user.unlockedNotice");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    @PreAuthorize("hasAuthority('system:user:edit')")
    String resetPassword(@PathVariable long id, @RequestParam(required = false) String password, Model model,
            RedirectAttributes redirect) {
        UserView user = visible(id);
        form(model, new UserForm(user.username(), user.displayName(), user.unitId(), List.of(), "", "", "",
                user.enabled(), user.version()), user);
        return Pages.attempt(model, "identity/user-form", () -> {
            users.resetPassword(id, password, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "identity.user.passwordResetNotice");
            return "redirect:/admin/users/" + id;
        });
    }

    /** htmx: the whole value of a masked field, for holders of system:user:reveal; audited. */
    @PostMapping("/admin/users/{id}/reveal")
    @PreAuthorize("hasAuthority('system:user:reveal')")
    String reveal(@PathVariable long id, @RequestParam String field, Model model) {
        model.addAttribute("value", users.reveal(id, field, currentUsers.require()));
        return "identity/user-form :: revealed";
    }

    private UserView visible(long id) {
        return users.findVisible(id, currentUsers.scope()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private String form(Model model, UserForm form, UserView user) {
        CurrentUser me = currentUsers.require();
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("units", units.visible(me.scope()));
        model.addAttribute("roles", roles.all());
        model.addAttribute("canEdit", me.can("system:user:edit"));
        model.addAttribute("canReveal", me.can("system:user:reveal"));
        return "identity/user-form";
    }
}
