package cn.fazhi.supervision.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.supervision.RandomItemCommand;
import cn.fazhi.supervision.RandomItemStatus;
import cn.fazhi.supervision.RandomItemView;
import cn.fazhi.supervision.RandomItems;
import cn.fazhi.supervision.SupervisionPermissions;
import cn.fazhi.supervision.TargetRegisterSpreadsheets;
import jakarta.servlet.http.HttpServletResponse;

/** Staff pages of the random-inspection list (随机抽查事项清单): list, export, form, detail, publish, withdraw. */
@Controller
@PreAuthorize("hasAuthority('supervision:view')")
class RandomItemPageController {

    private static final String BASE = "/supervision/random-inspections/items";
    private static final int PAGE_SIZE = 50;

    private final RandomItems items;
    private final TargetRegisterSpreadsheets spreadsheets;
    private final CurrentUsers currentUsers;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    RandomItemPageController(RandomItems items, TargetRegisterSpreadsheets spreadsheets, CurrentUsers currentUsers,
            Units units, MessageSource messages, Clock clock) {
        this.items = items;
        this.spreadsheets = spreadsheets;
        this.currentUsers = currentUsers;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "status", required = false) RandomItemStatus status,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("status", status);
        model.addAttribute("statuses", RandomItemStatus.values());
        model.addAttribute("result", items.search(q, unitId, status, page, PAGE_SIZE, currentUsers));
        model.addAttribute("units", units.all());
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("canCreate", currentUsers.can(SupervisionPermissions.RANDOM)
                || currentUsers.can(SupervisionPermissions.MANAGE));
        return "supervision/registers/items";
    }

    @GetMapping(BASE + "/export")
    void export(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "status", required = false) RandomItemStatus status, HttpServletResponse response)
            throws IOException {
        RandomItemPages.startDownload(response, text("supervision.registers.item.export.fileName") + "-"
                + LocalDate.now(clock) + ".xlsx");
        spreadsheets.exportItems(items.all(q, unitId, status, currentUsers), response.getOutputStream(),
                LocaleContextHolder.getLocale());
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
    String newItem(Model model) {
        return form(model, new RandomItemCommand(currentUsers.scope().unitId(), null, null, null, null, null, null, null,
                null), null);
    }

    @PostMapping(BASE)
    @PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
    @SubmitOnce
    String create(@ModelAttribute("form") RandomItemCommand form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return RandomItemPages.act(errors, model, redirect, () -> form(model, form, null),
                () -> BASE + "/" + items.create(form, currentUsers).id());
    }

    @GetMapping(BASE + "/{id}")
    String item(@PathVariable long id, Model model) {
        RandomItemView item = items.get(id, currentUsers);
        model.addAttribute("item", item);
        model.addAttribute("canEdit", items.canEdit(item, currentUsers));
        return "supervision/registers/item";
    }

    @GetMapping(BASE + "/{id}/edit")
    @PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
    String edit(@PathVariable long id, Model model) {
        RandomItemView i = items.get(id, currentUsers);
        return form(model, new RandomItemCommand(i.unitId(), i.code(), i.name(), i.legalBasis(), i.inspectionMethod(),
                i.targetScope(), i.industryCodes(), i.ratioPercent(), i.frequency()), i);
    }

    @PostMapping(BASE + "/{id}")
    @PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
    String update(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version,
            @ModelAttribute("form") RandomItemCommand form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        RandomItemView i = items.get(id, currentUsers);
        return RandomItemPages.act(errors, model, redirect, () -> form(model, form, i), () -> {
            items.update(id, version, form, currentUsers);
            return BASE + "/" + id;
        });
    }

    @PostMapping(BASE + "/{id}/publish")
    @PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
    String publish(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        return RandomItemPages.act(null, model, redirect, () -> item(id, model), () -> {
            items.publish(id, version, currentUsers);
            return BASE + "/" + id;
        });
    }

    @PostMapping(BASE + "/{id}/withdraw")
    @PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
    String withdraw(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version,
            Model model, RedirectAttributes redirect) {
        return RandomItemPages.act(null, model, redirect, () -> item(id, model), () -> {
            items.withdraw(id, version, currentUsers);
            return BASE + "/" + id;
        });
    }

    private String form(Model model, RandomItemCommand form, RandomItemView item) {
        model.addAttribute("form", form);
        model.addAttribute("item", item);
        model.addAttribute("units", currentUsers.can(SupervisionPermissions.MANAGE) ? units.all()
                : units.find(currentUsers.scope().unitId()).stream().toList());
        return "supervision/registers/item-form";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
