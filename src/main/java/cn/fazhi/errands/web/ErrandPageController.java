package cn.fazhi.errands.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.errands.AgentStatus;
import cn.fazhi.errands.Agents;
import cn.fazhi.errands.Authorisations;
import cn.fazhi.errands.Beneficiaries;
import cn.fazhi.errands.Commands;
import cn.fazhi.errands.ErrandKind;
import cn.fazhi.errands.ErrandStatus;
import cn.fazhi.errands.Errands;
import cn.fazhi.errands.Scope;
import cn.fazhi.errands.Townships;
import cn.fazhi.errands.Views;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * Staff pages of 香城代办 (township staff for their township, district for all): errands (list, .xlsx, one errand with
 * its steps), agents (list, .xlsx, new, .xlsx import all or nothing, one agent with trainings and status),
 * beneficiaries (list, .xlsx, new, one beneficiary with the authorisations: grant with the signed consent, revoke).
 */
@Controller
@PreAuthorize("hasAuthority('errands:manage')")
class ErrandPageController {

    private final Errands errands;
    private final Agents agents;
    private final Beneficiaries beneficiaries;
    private final Authorisations authorisations;
    private final Townships townships;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseLinks links;
    private final MessageSource messages;
    private final Clock clock;

    ErrandPageController(Errands errands, Agents agents, Beneficiaries beneficiaries, Authorisations authorisations,
            Townships townships, CurrentUsers currentUsers, CaseTimeline timeline, CaseLinks links,
            MessageSource messages, Clock clock) {
        this.errands = errands;
        this.agents = agents;
        this.beneficiaries = beneficiaries;
        this.authorisations = authorisations;
        this.townships = townships;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
    }

    private void filters(Model model, Commands.Query q) {
        model.addAttribute("query", q);
        model.addAttribute("townships", townships.in(currentUsers.require().scope()));
        model.addAttribute("pageLink", Pages.pageLink());
    }

    private static String exportLink(String base) {
        return Pages.pageLink().replace(base + "?", base + ".xlsx?");
    }

    // ---- errands -------------------------------------------------------------------------------------------------

    @GetMapping("/errands")
    String errands(@ModelAttribute("query") Commands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Commands.Query q = errors.hasErrors() ? Commands.Query.none() : query;
        filters(model, q);
        model.addAttribute("result", errands.search(q, page, 20));
        model.addAttribute("statuses", ErrandStatus.values());
        model.addAttribute("kinds", ErrandKind.values());
        model.addAttribute("exportLink", exportLink("/errands"));
        return "errands/errands";
    }

    @GetMapping("/errands.xlsx")
    void exportErrands(@ModelAttribute("query") Commands.Query query, BindingResult errors, HttpServletResponse response)
            throws IOException {
        Commands.Query q = errors.hasErrors() ? Commands.Query.none() : query;
        List<Views.Errand> items = errands.search(q, 0, 5000).items();
        Locale l = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (Views.Errand e : items) {
            rows.add(List.of(e.caseNumber(), e.township(), e.beneficiaryName(), label("errands.kind." + e.kind(), l),
                    e.agentName() == null ? "" : e.agentName(), e.requestedOn().toString(),
                    e.doneOn() == null ? "" : e.doneOn().toString(), e.amount() == null ? "" : e.amount().toPlainString(),
                    label("errands.status." + e.status(), l)));
        }
        write(response, "errands.list.title", List.of("errands.field.caseNumber", "errands.field.township",
                "errands.field.beneficiary", "errands.field.kind", "errands.field.agent", "errands.field.requestedOn",
                "errands.field.doneOn", "errands.field.amount", "errands.field.status"), rows);
        errands.exported(items.size());
    }

    @GetMapping("/errands/{id:\\d+}")
    String errand(@PathVariable long id, Model model) {
        return showErrand(model, errands.get(id));
    }

    private String showErrand(Model model, Views.Errand v) {
        model.addAttribute("e", v);
        model.addAttribute("actions", errands.actions(v));
        model.addAttribute("agents", agents.search(new Commands.Query(null, v.regionCode(), "ACTIVE", null, null), 0, 500)
                .items());
        model.addAttribute("timeline", timeline.of(Errands.ref(v.id())));
        model.addAttribute("links", links.of(Errands.ref(v.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "errands/errand";
    }

    @PostMapping("/errands/{id:\\d+}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @ModelAttribute Commands.Step c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Views.Errand v = errands.get(id);
        if (!Errands.stepNames().contains(step)) {
            throw UserFacingException.notFound("error.notFound");
        }
        if (Pages.invalid(model, errors)) {
            return showErrand(model, v);
        }
        try {
            errands.step(id, step, c);
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            Pages.errors(model).add(e);
            return showErrand(model, errands.get(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:/errands/" + id;
    }

    // ---- agents --------------------------------------------------------------------------------------------------

    @GetMapping("/errands/agents")
    String agents(@ModelAttribute("query") Commands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Commands.Query q = errors.hasErrors() ? Commands.Query.none() : query;
        filters(model, q);
        model.addAttribute("result", agents.search(q, page, 20));
        model.addAttribute("statuses", AgentStatus.values());
        model.addAttribute("exportLink", exportLink("/errands/agents"));
        return "errands/agents";
    }

    @GetMapping("/errands/agents.xlsx")
    void exportAgents(@ModelAttribute("query") Commands.Query query, BindingResult errors, HttpServletResponse response)
            throws IOException {
        Commands.Query q = errors.hasErrors() ? Commands.Query.none() : query;
        List<Views.Agent> items = agents.search(q, 0, 5000).items();
        Locale l = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (Views.Agent a : items) {
            rows.add(List.of(a.name(), a.idMasked(), a.phoneMasked(), a.township(), a.village(),
                    a.joinedOn().toString(), label("errands.agentStatus." + a.status(), l)));
        }
        write(response, "errands.agents.title", List.of("errands.field.name", "errands.field.idNumber",
                "errands.field.phone", "errands.field.township", "errands.field.village", "errands.field.joinedOn",
                "errands.field.status"), rows);
        agents.exported(items.size());
    }

    @GetMapping("/errands/agents/new")
    String agentForm(Model model) {
        return agentForm(model, null);
    }

    private String agentForm(Model model, Commands.NewAgent form) {
        model.addAttribute("form", form);
        model.addAttribute("townships", townships.in(currentUsers.require().scope()));
        model.addAttribute("today", LocalDate.now(clock));
        return "errands/agent-new";
    }

    @PostMapping("/errands/agents/new")
    @SubmitOnce
    String createAgent(@ModelAttribute("form") Commands.NewAgent form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return agentForm(model, form);
        }
        return attempt(model, () -> agentForm(model, form), () -> {
            Views.Agent a = agents.create(form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/errands/agents/" + a.id();
        });
    }

    @PostMapping("/errands/agents/import")
    String importAgents(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        try {
            int n = Spreadsheets.fromUpload(file, agents::importSheet);
            redirect.addFlashAttribute("noticeKey", "errands.import.done");
            redirect.addFlashAttribute("noticeCount", n);
            return "redirect:/errands/agents";
        } catch (ImportRejected e) {
            model.addAttribute("importErrors", e.errors());
            Pages.errors(model).add(e);
        } catch (UserFacingException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            Pages.errors(model).add(e);
        }
        return agents(Commands.Query.none(), new org.springframework.validation.BeanPropertyBindingResult(
                Commands.Query.none(), "query"), 0, model);
    }

    @GetMapping("/errands/agents/template.xlsx")
    void agentTemplate(HttpServletResponse response) throws IOException {
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(label("errands.agents.title", LocaleContextHolder.getLocale()) + ".xlsx", StandardCharsets.UTF_8)
                .build().toString());
        write(response, "errands.agents.title", List.of("errands.field.name", "errands.field.idNumber",
                "errands.field.phone", "errands.field.township", "errands.field.village", "errands.field.joinedOn",
                "errands.field.username"), List.of());
    }

    @GetMapping("/errands/agents/{id:\\d+}")
    String agent(@PathVariable long id, Model model) {
        model.addAttribute("a", agents.get(id));
        model.addAttribute("trainings", agents.trainings(id));
        model.addAttribute("statuses", AgentStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "errands/agent";
    }

    @PostMapping("/errands/agents/{id:\\d+}/reveal")
    @PreAuthorize("hasAuthority('errands:reveal')")
    String revealAgent(@PathVariable long id, Model model) {
        model.addAttribute("revealed", agents.reveal(id));
        return agent(id, model);
    }

    @PostMapping("/errands/agents/{id:\\d+}/trainings")
    String training(@PathVariable long id, @ModelAttribute Commands.NewTraining c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return agent(id, model);
        }
        return attempt(model, () -> agent(id, model), () -> {
            agents.addTraining(id, c);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/errands/agents/" + id;
        });
    }

    @PostMapping("/errands/agents/{id:\\d+}/status")
    String agentStatus(@PathVariable long id, @ModelAttribute Commands.AgentStatusChange c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return agent(id, model);
        }
        return attempt(model, () -> agent(id, model), () -> {
            agents.changeStatus(id, c);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/errands/agents/" + id;
        });
    }

    // ---- beneficiaries -------------------------------------------------------------------------------------------

    @GetMapping("/errands/beneficiaries")
    String beneficiaries(@ModelAttribute("query") Commands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Commands.Query q = errors.hasErrors() ? Commands.Query.none() : query;
        filters(model, q);
        model.addAttribute("result", beneficiaries.search(q, page, 20));
        model.addAttribute("reasons", beneficiaries.reasons());
        model.addAttribute("exportLink", exportLink("/errands/beneficiaries"));
        return "errands/beneficiaries";
    }

    @GetMapping("/errands/beneficiaries.xlsx")
    void exportBeneficiaries(@ModelAttribute("query") Commands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        Commands.Query q = errors.hasErrors() ? Commands.Query.none() : query;
        List<Views.Beneficiary> items = beneficiaries.search(q, 0, 5000).items();
        Locale l = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (Views.Beneficiary b : items) {
            rows.add(List.of(b.name(), b.idMasked(), b.phoneMasked() == null ? "" : b.phoneMasked(), b.township(),
                    b.village(), label("errands.reason." + b.reason(), l), b.contactName() == null ? "" : b.contactName(),
                    b.registeredOn().toString()));
        }
        write(response, "errands.beneficiaries.title", List.of("errands.field.name", "errands.field.idNumber",
                "errands.field.phone", "errands.field.township", "errands.field.village", "errands.field.reason",
                "errands.field.contactName", "errands.field.registeredOn"), rows);
        beneficiaries.exported(items.size());
    }

    @GetMapping("/errands/beneficiaries/new")
    String beneficiaryForm(Model model) {
        return beneficiaryForm(model, null);
    }

    private String beneficiaryForm(Model model, Commands.NewBeneficiary form) {
        model.addAttribute("form", form);
        model.addAttribute("townships", townships.in(currentUsers.require().scope()));
        model.addAttribute("reasons", beneficiaries.reasons());
        model.addAttribute("today", LocalDate.now(clock));
        return "errands/beneficiary-new";
    }

    @PostMapping("/errands/beneficiaries/new")
    @SubmitOnce
    String createBeneficiary(@ModelAttribute("form") Commands.NewBeneficiary form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return beneficiaryForm(model, form);
        }
        return attempt(model, () -> beneficiaryForm(model, form), () -> {
            Views.Beneficiary b = beneficiaries.create(form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/errands/beneficiaries/" + b.id();
        });
    }

    @GetMapping("/errands/beneficiaries/{id:\\d+}")
    String beneficiary(@PathVariable long id, Model model) {
        Views.Beneficiary b = beneficiaries.get(id);
        model.addAttribute("b", b);
        model.addAttribute("grants", authorisations.ofBeneficiary(id));
        model.addAttribute("agents", agents.search(new Commands.Query(null, b.regionCode(), "ACTIVE", null, null), 0, 500)
                .items());
        model.addAttribute("scopes", Scope.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "errands/beneficiary";
    }

    @PostMapping("/errands/beneficiaries/{id:\\d+}/reveal")
    @PreAuthorize("hasAuthority('errands:reveal')")
    String revealBeneficiary(@PathVariable long id, Model model) {
        model.addAttribute("revealed", beneficiaries.reveal(id));
        return beneficiary(id, model);
    }

    @PostMapping("/errands/beneficiaries/{id:\\d+}/authorisations")
    String grant(@PathVariable long id, @ModelAttribute Commands.NewAuthorisation c, BindingResult errors,
            @RequestParam(name = "consent", required = false) MultipartFile consent, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return beneficiary(id, model);
        }
        return attempt(model, () -> beneficiary(id, model), () -> {
            if (consent == null || consent.isEmpty()) {
                throw UserFacingException.badRequest("errands.error.consentRequired");
            }
            try {
                authorisations.grant(id, c, consent.getOriginalFilename(), consent.getInputStream());
            } catch (IOException e) {
                throw UserFacingException.badRequest("errands.error.consentRequired");
            }
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/errands/beneficiaries/" + id;
        });
    }

    @PostMapping("/errands/authorisations/{id:\\d+}/revoke")
    String revoke(@PathVariable long id, @RequestParam(name = "reason", required = false) String reason, Model model,
            RedirectAttributes redirect) {
        Views.Authorisation z = authorisations.get(id);
        return attempt(model, () -> beneficiary(z.beneficiaryId(), model), () -> {
            authorisations.revoke(id, new Commands.Revoke(reason));
            redirect.addFlashAttribute("noticeKey", "errands.revoked");
            return "redirect:/errands/beneficiaries/" + z.beneficiaryId();
        });
    }

    @GetMapping("/errands/authorisations/{id:\\d+}/consent")
    void consent(@PathVariable long id, HttpServletResponse response) throws IOException {
        var file = authorisations.consent(id, null);
        response.setContentType(file.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        authorisations.consent(id, response.getOutputStream());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static String attempt(Model model, Supplier<String> form, Supplier<String> action) {
        try {
            return action.get();
        } catch (UserFacingException e) {
            if (e.status() != HttpStatus.BAD_REQUEST && e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            Pages.errors(model).add(e);
            return form.get();
        }
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private void write(HttpServletResponse response, String titleKey, List<String> headers, List<List<Object>> rows)
            throws IOException {
        Locale l = LocaleContextHolder.getLocale();
        String title = label(titleKey, l);
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : headers) {
            head.add(List.of(label(key, l)));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, title).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
    }
}
