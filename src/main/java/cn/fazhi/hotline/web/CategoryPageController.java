package cn.fazhi.hotline.web;

import org.springframework.http.HttpStatus;
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

import cn.fazhi.hotline.Categories;
import cn.fazhi.hotline.CategoryCommand;
import cn.fazhi.hotline.CategoryView;
import cn.fazhi.hotline.Urgency;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;

/** The category tree's page (kept by {@code hotline:manage}): the tree with limits, powers and default units; edit. */
@Controller
@PreAuthorize("hasAuthority('hotline:view')")
class CategoryPageController {

    static final String BASE = "/hotline/categories";

    private final Categories categories;
    private final Units units;

    CategoryPageController(Categories categories, Units units) {
        this.categories = categories;
        this.units = units;
    }

    @GetMapping(BASE)
    String list(Model model) {
        return show(model, null);
    }

    @GetMapping(BASE + "/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, categories.get(id));
    }

    @PostMapping(BASE)
    @PreAuthorize("hasAuthority('hotline:manage')")
    String create(@Validated @ModelAttribute CategoryCommand c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return show(model, null);
        }
        try {
            CategoryView v = categories.create(c);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + v.id();
        } catch (UserFacingException e) {
            return failed(model, e, null);
        }
    }

    @PostMapping(BASE + "/{id}")
    @PreAuthorize("hasAuthority('hotline:manage')")
    String update(@PathVariable long id, @Validated @ModelAttribute CategoryCommand c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        CategoryView before = categories.get(id);
        if (Pages.invalid(model, errors)) {
            return show(model, before);
        }
        try {
            categories.update(id, c);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + id;
        } catch (UserFacingException e) {
            return failed(model, e, before);
        }
    }

    private String failed(Model model, UserFacingException e, CategoryView v) {
        if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
        Pages.errors(model).add(e);
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
        return show(model, v);
    }

    private String show(Model model, CategoryView selected) {
        model.addAttribute("categories", categories.all());
        model.addAttribute("selected", selected);
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("units", units.all());
        return "hotline/categories";
    }
}
