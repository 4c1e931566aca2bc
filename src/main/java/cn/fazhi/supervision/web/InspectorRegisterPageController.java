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
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.supervision.AvoidanceCommand;
import cn.fazhi.supervision.AvoidanceReason;
import cn.fazhi.supervision.AvoidanceView;
import cn.fazhi.supervision.Avoidances;
import cn.fazhi.supervision.InspectorRegister;
import cn.fazhi.supervision.InspectorRegisterView;
import cn.fazhi.supervision.TargetRegisterSpreadsheets;
import jakarta.servlet.http.HttpServletResponse;

/** Staff pages of the register of inspectors (执法检查人员名录库) per department, and the declared relations (回避). */
@Controller
@PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
class InspectorRegisterPageController {

    private static final String BASE = "/supervision/random-inspections/inspectors";
    private static final int PAGE_SIZE = 50;

    private final InspectorRegister register;
    private final Avoidances avoidances;
    private final TargetRegisterSpreadsheets spreadsheets;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final Clock clock;

    InspectorRegisterPageController(InspectorRegister register, Avoidances avoidances,
            TargetRegisterSpreadsheets spreadsheets, CurrentUsers currentUsers, MessageSource messages, Clock clock) {
        this.register = register;
        this.avoidances = avoidances;
        this.spreadsheets = spreadsheets;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        long unit = unitId != null ? unitId : currentUsers.scope().unitId();
        model.addAttribute("unitId", unit);
        model.addAttribute("q", q);
        model.addAttribute("units", register.units(currentUsers));
        model.addAttribute("result", register.page(unit, q, page, PAGE_SIZE, currentUsers));
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/registers/inspectors";
    }

    @GetMapping(BASE + "/export")
    void export(@RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "q", required = false) String q, HttpServletResponse response) throws IOException {
        var all = register.all(unitId, q, currentUsers);
        RandomItemPages.startDownload(response, text("supervision.registers.inspector.export.fileName") + "-"
                + LocalDate.now(clock) + ".xlsx");
        spreadsheets.exportInspectors(all, response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @GetMapping(BASE + "/{officerId}")
    String inspector(@PathVariable long officerId, Model model) {
        return show(officerId, new AvoidanceCommand(officerId, null, null, null, LocalDate.now(clock)), model);
    }

    @PostMapping(BASE + "/{officerId}/avoidance")
    @SubmitOnce
    String declare(@PathVariable long officerId, @ModelAttribute("form") AvoidanceCommand form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        AvoidanceCommand c = new AvoidanceCommand(officerId, form.uscc(), form.reason(), form.note(), form.declaredOn());
        return RandomItemPages.act(errors, model, redirect, () -> show(officerId, c, model), () -> {
            avoidances.declare(c, currentUsers);
            return BASE + "/" + officerId;
        });
    }

    @PostMapping("/supervision/random-inspections/avoidance/{id}/withdraw")
    String withdraw(@PathVariable long id, Model model, RedirectAttributes redirect) {
        AvoidanceView a = avoidances.get(id, currentUsers);
        return RandomItemPages.act(null, model, redirect,
                () -> show(a.officerId(), new AvoidanceCommand(a.officerId(), null, null, null, LocalDate.now(clock)), model),
                () -> {
                    avoidances.withdraw(id, currentUsers);
                    return BASE + "/" + a.officerId();
                });
    }

    private String show(long officerId, AvoidanceCommand form, Model model) {
        InspectorRegisterView i = register.get(officerId, currentUsers);
        model.addAttribute("i", i);
        model.addAttribute("relations", avoidances.ofOfficer(officerId, currentUsers));
        model.addAttribute("canDeclare", avoidances.canDeclare(i.unitId(), currentUsers));
        model.addAttribute("reasons", AvoidanceReason.values());
        model.addAttribute("form", form);
        return "supervision/registers/inspector";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
