package cn.fazhi.services.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.services.CrossRegionCommands;
import cn.fazhi.services.CrossRegionHandovers;
import cn.fazhi.services.CrossRegionStatus;
import cn.fazhi.services.CrossRegionView;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;

/** Staff pages of cross-region hand-overs: the list (filters, paging, .xlsx), registration, one hand-over. */
@Controller
@PreAuthorize("hasAuthority('services:view')")
class CrossRegionPageController {

    static final String BASE = "/services/cross-region";
    private static final String[] HEADERS = {"services.crossRegion.field.caseNumber", "services.crossRegion.field.direction",
        "services.crossRegion.field.partner", "services.crossRegion.field.item", "services.crossRegion.field.applicant",
        "services.crossRegion.field.unit", "services.crossRegion.field.receivedOn", "services.crossRegion.field.status",
        "services.crossRegion.field.due", "services.crossRegion.field.overdue"};

    private final CrossRegionHandovers handovers;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseLinks links;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    CrossRegionPageController(CrossRegionHandovers handovers, CurrentUsers currentUsers, CaseTimeline timeline,
            CaseLinks links, MessageSource messages, AuditTrail audit, Clock clock) {
        this.handovers = handovers;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.links = links;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@Validated @ModelAttribute("query") CrossRegionCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        CrossRegionCommands.Query q = errors.hasErrors() ? CrossRegionCommands.Query.none() : query;
        model.addAttribute("query", q);
        model.addAttribute("result", handovers.search(q, currentUsers.require().scope(), page, 20));
        model.addAttribute("statuses", CrossRegionStatus.values());
        model.addAttribute("partners", handovers.partners());
        model.addAttribute("canRegister", handovers.canRegister());
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        return "services/crossregion/list";
    }

    @GetMapping(BASE + ".xlsx")
    void export(@Validated @ModelAttribute("query") CrossRegionCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        CrossRegionCommands.Query q = errors.hasErrors() ? CrossRegionCommands.Query.none() : query;
        List<CrossRegionView> items = handovers.search(q, currentUsers.require().scope(), 0, 5000).items();
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (CrossRegionView v : items) {
            rows.add(List.of(v.caseNumber(), messages.getMessage("services.crossRegion.direction." + v.direction(), null, locale),
                    v.partnerName(), v.itemCode() + " " + (v.itemName() == null ? "" : v.itemName()), v.applicantName(),
                    v.unitName(), v.receivedOn().toString(),
                    messages.getMessage("services.crossRegion.status." + v.status(), null, locale),
                    v.due() == null ? "" : v.due().toString(),
                    messages.getMessage(v.overdue() ? "common.yes" : "common.no", null, locale)));
        }
        String title = messages.getMessage("services.crossRegion.title", null, locale);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : HEADERS) {
            head.add(List.of(messages.getMessage(key, null, locale)));
        }
        var writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX).autoCloseStream(false)
                .build();
        writer.write(rows, FastExcel.writerSheet(0, title).head(head).build());
        writer.finish();
        audit.record(AuditEntry.of("services.crossRegion.exported", CrossRegionHandovers.CASE_TYPE, "list",
                items.size() + " rows"));
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAnyAuthority('services:intake', 'services:handle')")
    String form(Model model) {
        return form(model, CrossRegionCommands.Register.empty());
    }

    @PostMapping(BASE)
    @PreAuthorize("hasAnyAuthority('services:intake', 'services:handle')")
    String register(@Validated @ModelAttribute("form") CrossRegionCommands.Register form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return form(model, form);
        }
        CrossRegionView v;
        try {
            v = handovers.register(form);
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            Pages.errors(model).add(e);
            return form(model, form);
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + v.id();
    }

    private String form(Model model, CrossRegionCommands.Register form) {
        model.addAttribute("form", form);
        model.addAttribute("partners", handovers.partners());
        model.addAttribute("today", LocalDate.now(clock));
        return "services/crossregion/form";
    }

    @GetMapping(BASE + "/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, handovers.get(id));
    }

    @PostMapping(BASE + "/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @Validated @ModelAttribute CrossRegionCommands.Step c,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        CrossRegionView v = handovers.get(id);
        if (!CrossRegionHandovers.stepNames().contains(step)) {
            throw UserFacingException.notFound("error.notFound");
        }
        if (Pages.invalid(model, errors)) {
            return show(model, v);
        }
        try {
            handovers.step(id, step, c);
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            Pages.errors(model).add(e);
            return show(model, handovers.get(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    private String show(Model model, CrossRegionView v) {
        model.addAttribute("h", v);
        model.addAttribute("actions", handovers.actions(v));
        model.addAttribute("timeline", timeline.of(CrossRegionHandovers.ref(v.id())));
        model.addAttribute("links", links.of(CrossRegionHandovers.ref(v.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "services/crossregion/case";
    }
}
