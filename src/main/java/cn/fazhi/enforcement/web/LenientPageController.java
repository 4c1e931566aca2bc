package cn.fazhi.enforcement.web;

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

import cn.fazhi.enforcement.EnforcementPermissions;
import cn.fazhi.enforcement.LenientCommands;
import cn.fazhi.enforcement.LenientKind;
import cn.fazhi.enforcement.LenientLists;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;

/** Staff pages of the four lenient lists: overview, items with search, entry, removal, publication. */
@Controller
@PreAuthorize("hasAuthority('enforcement:view')")
class LenientPageController {

    private final LenientLists lists;
    private final CurrentUsers currentUsers;

    LenientPageController(LenientLists lists, CurrentUsers currentUsers) {
        this.lists = lists;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/enforcement/lenient-lists")
    String overview(Model model) {
        model.addAttribute("lists", lists.lists());
        return "enforcement/discretion/lenient-lists";
    }

    @GetMapping("/enforcement/lenient-lists/{slug}")
    String list(@PathVariable String slug, @RequestParam(required = false) String q, Model model) {
        return show(model, LenientKind.ofSlug(slug), q);
    }

    private String show(Model model, LenientKind kind, String q) {
        model.addAttribute("list", lists.list(kind));
        model.addAttribute("items", lists.items(kind, q));
        model.addAttribute("q", q);
        model.addAttribute("canManage", currentUsers.can(EnforcementPermissions.MANAGE));
        if (!model.containsAttribute("item")) {
            model.addAttribute("item", new LenientCommands.Item(null, null, null, null, null, null, null));
        }
        return "enforcement/discretion/lenient-list";
    }

    @PostMapping("/enforcement/lenient-lists/{slug}/items")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String add(@PathVariable String slug, @Validated @ModelAttribute("item") LenientCommands.Item item,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        LenientKind kind = LenientKind.ofSlug(slug);
        if (Pages.invalid(model, binding)) {
            return show(model, kind, null);
        }
        return attempt(kind, model, redirect, () -> lists.add(kind, item, currentUsers.require()));
    }

    @PostMapping("/enforcement/lenient-lists/{slug}/items/{id}/delete")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String remove(@PathVariable String slug, @PathVariable long id, Model model, RedirectAttributes redirect) {
        LenientKind kind = LenientKind.ofSlug(slug);
        return attempt(kind, model, redirect, () -> lists.remove(kind, id));
    }

    @PostMapping("/enforcement/lenient-lists/{slug}/publish")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String publish(@PathVariable String slug, @Validated @ModelAttribute("publish") LenientCommands.Publish c,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        LenientKind kind = LenientKind.ofSlug(slug);
        if (Pages.invalid(model, binding)) {
            return show(model, kind, null);
        }
        return attempt(kind, model, redirect, () -> lists.publish(kind, c));
    }

    @PostMapping("/enforcement/lenient-lists/{slug}/withdraw")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String withdraw(@PathVariable String slug, Model model, RedirectAttributes redirect) {
        LenientKind kind = LenientKind.ofSlug(slug);
        return attempt(kind, model, redirect, () -> lists.withdraw(kind));
    }

    private String attempt(LenientKind kind, Model model, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (UserFacingException e) {
            show(model, kind, null);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "enforcement/discretion/lenient-list";
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:/enforcement/lenient-lists/" + kind.slug();
    }
}
