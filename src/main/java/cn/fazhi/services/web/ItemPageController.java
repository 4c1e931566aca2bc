package cn.fazhi.services.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.services.ItemCatalogue;
import cn.fazhi.services.ItemDetails;
import cn.fazhi.services.ItemForm;
import cn.fazhi.services.ItemKeeping;
import cn.fazhi.services.ItemQuery;
import cn.fazhi.services.ServiceItemType;
import cn.fazhi.services.ServiceItems;
import cn.fazhi.services.ServiceLevel;
import cn.fazhi.services.ServicesPermissions;

/**
 * Staff pages of service items: the list (search, filters, paging, .xlsx), one item with its version history, the
 * forms to create an item and to revise it as a new version, publishing its guide and withdrawing it; and the three
 * catalogues as views of the items.
 */
@Controller
@PreAuthorize("hasAuthority('services:view')")
class ItemPageController {

    static final String BASE = "/services/items";

    private final ServiceItems items;
    private final ItemKeeping keeping;
    private final CurrentUsers currentUsers;
    private final Units units;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    ItemPageController(ServiceItems items, ItemKeeping keeping, CurrentUsers currentUsers, Units units,
            MessageSource messages, AuditTrail audit, Clock clock) {
        this.items = items;
        this.keeping = keeping;
        this.currentUsers = currentUsers;
        this.units = units;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@Validated @ModelAttribute("query") ItemQuery query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        ItemQuery q = errors.hasErrors() ? ItemQuery.none() : query;
        filters(model, q);
        model.addAttribute("result", items.search(q, currentUsers.require().scope(), LocalDate.now(clock), page, 20));
        model.addAttribute("canManage", currentUsers.require().can(ServicesPermissions.MANAGE));
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        return "services/items/list";
    }

    @GetMapping(BASE + ".xlsx")
    void export(@Validated @ModelAttribute("query") ItemQuery query, BindingResult errors, HttpServletResponse response)
            throws IOException {
        ItemQuery q = errors.hasErrors() ? ItemQuery.none() : query;
        var rows = items.search(q, currentUsers.require().scope(), LocalDate.now(clock), 0, 5000).items();
        ItemXlsx.write(messages, response, "services.items.title", rows);
        audit.record(AuditEntry.of("services.item.exported", "service_item", "list", rows.size() + " rows"));
    }

    @GetMapping("/services/catalogues/{slug}")
    String catalogue(@PathVariable String slug, @Validated @ModelAttribute("query") ItemQuery query,
            BindingResult errors, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        ItemCatalogue c = ItemCatalogue.ofSlug(slug);
        ItemQuery q = (errors.hasErrors() ? ItemQuery.none() : query).inCatalogue(c);
        filters(model, q);
        model.addAttribute("catalogue", c);
        model.addAttribute("catalogues", ItemCatalogue.values());
        model.addAttribute("result", items.search(q, currentUsers.require().scope(), LocalDate.now(clock), page, 20));
        model.addAttribute("exportLink", Pages.pageLink().replace("/" + slug + "?", "/" + slug + ".xlsx?"));
        return "services/items/catalogue";
    }

    @GetMapping("/services/catalogues/{slug}.xlsx")
    void exportCatalogue(@PathVariable String slug, @Validated @ModelAttribute("query") ItemQuery query,
            BindingResult errors, HttpServletResponse response) throws IOException {
        ItemCatalogue c = ItemCatalogue.ofSlug(slug);
        ItemQuery q = (errors.hasErrors() ? ItemQuery.none() : query).inCatalogue(c);
        var rows = items.search(q, currentUsers.require().scope(), LocalDate.now(clock), 0, 5000).items();
        ItemXlsx.write(messages, response, "services.catalogue." + c, rows);
        audit.record(AuditEntry.of("services.item.exported", "service_item", c.slug(), rows.size() + " rows"));
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('services:manage')")
    String createForm(Model model) {
        return form(model, new ItemForm(null, currentUsers.require().unitId(), null, ServiceItemType.LICENCE, null,
                ServiceLevel.DISTRICT, false, null, 20, null, 0, false, true, null, null, null, null, null, null,
                LocalDate.now(clock), null), null);
    }

    @PostMapping(BASE)
    @PreAuthorize("hasAuthority('services:manage')")
    String create(@Validated @ModelAttribute("form") ItemForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return form(model, form, null);
        }
        return Pages.attempt(model, form(model, form, null), () -> {
            long id = keeping.create(form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + id;
        });
    }

    @GetMapping(BASE + "/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, keeping.visible(id));
    }

    @GetMapping(BASE + "/{id}/edit")
    @PreAuthorize("hasAuthority('services:manage')")
    String editForm(@PathVariable long id, Model model) {
        ItemDetails d = keeping.visible(id);
        if (!keeping.canManage(d)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return form(model, ItemForm.of(d), d);
    }

    @PostMapping(BASE + "/{id}/versions")
    @PreAuthorize("hasAuthority('services:manage')")
    String revise(@PathVariable long id, @Validated @ModelAttribute("form") ItemForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        ItemDetails d = keeping.visible(id);
        if (Pages.invalid(model, errors)) {
            return form(model, form, d);
        }
        return Pages.attempt(model, form(model, form, d), () -> {
            keeping.revise(id, form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + id;
        });
    }

    @PostMapping(BASE + "/{id}/publish")
    @PreAuthorize("hasAuthority('services:manage')")
    String publish(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version,
            Model model, RedirectAttributes redirect) {
        return Pages.attempt(model, show(model, keeping.visible(id)), () -> {
            keeping.publish(id, version);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + id;
        });
    }

    @PostMapping(BASE + "/{id}/withdraw")
    @PreAuthorize("hasAuthority('services:manage')")
    String withdraw(@PathVariable long id, @RequestParam(name = "on", required = false) LocalDate on,
            @RequestParam(name = "version", required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        return Pages.attempt(model, show(model, keeping.visible(id)), () -> {
            keeping.withdraw(id, on, version);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + id;
        });
    }

    private void filters(Model model, ItemQuery q) {
        model.addAttribute("query", q);
        model.addAttribute("types", ServiceItemType.values());
        model.addAttribute("levels", ServiceLevel.values());
        model.addAttribute("units", units.visible(currentUsers.require().scope()));
        model.addAttribute("pageLink", Pages.pageLink());
    }

    private String form(Model model, ItemForm form, ItemDetails current) {
        model.addAttribute("form", form);
        model.addAttribute("current", current);
        model.addAttribute("types", ServiceItemType.values());
        model.addAttribute("levels", ServiceLevel.values());
        model.addAttribute("units", units.visible(currentUsers.require().scope()));
        return "services/items/form";
    }

    private String show(Model model, ItemDetails d) {
        model.addAttribute("d", d);
        model.addAttribute("history", items.history(d.item().id()));
        model.addAttribute("canManage", keeping.canManage(d));
        model.addAttribute("today", LocalDate.now(clock));
        return "services/items/item";
    }
}
