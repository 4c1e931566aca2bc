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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.supervision.SupervisionPermissions;
import cn.fazhi.supervision.TargetRegister;
import cn.fazhi.supervision.TargetRegisterCommand;
import cn.fazhi.supervision.TargetRegisterImported;
import cn.fazhi.supervision.TargetRegisterRisk;
import cn.fazhi.supervision.TargetRegisterSpreadsheets;
import cn.fazhi.supervision.TargetRegisterStatus;
import cn.fazhi.supervision.TargetRegisterView;
import jakarta.servlet.http.HttpServletResponse;

/** Staff pages of the register of inspection targets (检查对象名录库): list, export, form, import. */
@Controller
@PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
class TargetPageController {

    private static final String BASE = "/supervision/random-inspections/entities";
    private static final int PAGE_SIZE = 50;

    private final TargetRegister register;
    private final TargetRegisterSpreadsheets spreadsheets;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final Clock clock;

    TargetPageController(TargetRegister register, TargetRegisterSpreadsheets spreadsheets, CurrentUsers currentUsers,
            MessageSource messages, Clock clock) {
        this.register = register;
        this.spreadsheets = spreadsheets;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "industry", required = false) String industry,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "status", required = false) TargetRegisterStatus status,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("industry", industry);
        model.addAttribute("region", region);
        model.addAttribute("status", status);
        model.addAttribute("statuses", TargetRegisterStatus.values());
        model.addAttribute("townships", register.townships());
        model.addAttribute("result", register.search(q, industry, region, status, page, PAGE_SIZE));
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("canManage", currentUsers.can(SupervisionPermissions.MANAGE));
        return "supervision/registers/entities";
    }

    @GetMapping(BASE + "/export")
    void export(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "industry", required = false) String industry,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "status", required = false) TargetRegisterStatus status, HttpServletResponse response)
            throws IOException {
        RandomItemPages.startDownload(response, text("supervision.registers.entity.export.fileName") + "-"
                + LocalDate.now(clock) + ".xlsx");
        spreadsheets.exportEntities(q, industry, region, status, response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String newEntity(Model model) {
        return form(model, new TargetRegisterCommand(null, null, null, null, null, null, TargetRegisterStatus.ACTIVE, null),
                null);
    }

    @PostMapping(BASE)
    @PreAuthorize("hasAuthority('supervision:manage')")
    @SubmitOnce
    String create(@ModelAttribute("form") TargetRegisterCommand form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return RandomItemPages.act(errors, model, redirect, () -> form(model, form, null),
                () -> BASE + "/" + register.create(form).id());
    }

    @GetMapping(BASE + "/{id}")
    String entity(@PathVariable long id, Model model) {
        TargetRegisterView e = register.get(id);
        return form(model, new TargetRegisterCommand(e.uscc(), e.name(), e.industryCode(), e.regionCode(), e.address(),
                e.riskLevel(), e.status(), e.registeredOn()), e);
    }

    @PostMapping(BASE + "/{id}")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String update(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version,
            @ModelAttribute("form") TargetRegisterCommand form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        TargetRegisterView e = register.get(id);
        return RandomItemPages.act(errors, model, redirect, () -> form(model, form, e), () -> {
            register.update(id, version, form);
            return BASE + "/" + id;
        });
    }

    @GetMapping(BASE + "/import")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String importForm() {
        return "supervision/registers/entities-import";
    }

    @GetMapping(BASE + "/import/template")
    @PreAuthorize("hasAuthority('supervision:manage')")
    void template(HttpServletResponse response) throws IOException {
        RandomItemPages.startDownload(response, text("supervision.registers.entity.import.templateFileName") + ".xlsx");
        spreadsheets.template(response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @PostMapping(BASE + "/import")
    @PreAuthorize("hasAuthority('supervision:manage')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        try {
            TargetRegisterImported done = Spreadsheets.fromUpload(file, spreadsheets::importEntities);
            redirect.addFlashAttribute("imported", done);
            redirect.addFlashAttribute("noticeKey", "supervision.registers.entity.import.done");
            return "redirect:" + BASE + "/import";
        } catch (ImportRejected e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("rowErrors", e.errors().stream()
                    .map(err -> messages.getMessage(err.message(), LocaleContextHolder.getLocale())).toList());
            return "supervision/registers/entities-import";
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "supervision/registers/entities-import";
        }
    }

    private String form(Model model, TargetRegisterCommand form, TargetRegisterView entity) {
        model.addAttribute("form", form);
        model.addAttribute("entity", entity);
        model.addAttribute("townships", register.townships());
        model.addAttribute("risks", TargetRegisterRisk.values());
        model.addAttribute("statuses", TargetRegisterStatus.values());
        model.addAttribute("canManage", currentUsers.can(SupervisionPermissions.MANAGE));
        return "supervision/registers/entity-form";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
