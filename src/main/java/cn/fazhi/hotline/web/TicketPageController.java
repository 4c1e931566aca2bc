package cn.fazhi.hotline.web;

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

import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.hotline.Categories;
import cn.fazhi.hotline.Channel;
import cn.fazhi.hotline.HotlinePermissions;
import cn.fazhi.hotline.TicketCommands;
import cn.fazhi.hotline.TicketStatus;
import cn.fazhi.hotline.TicketView;
import cn.fazhi.hotline.Tickets;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * Staff pages of the 12345 hotline: the ticket list (filters, 督办, paging, .xlsx), the centre's intake screen, and
 * one ticket with its dispatches, the suggested units with their reasons (dispatch) and the steps the caller may take.
 */
@Controller
@PreAuthorize("hasAuthority('hotline:view')")
class TicketPageController {

    static final String BASE = "/hotline/tickets";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] HEADERS = {"hotline.field.caseNumber", "hotline.field.receivedOn",
        "hotline.field.channel", "hotline.field.category", "hotline.field.title", "hotline.field.unit",
        "hotline.field.status", "hotline.field.handleDue", "hotline.field.repliedOn", "hotline.field.satisfaction",
        "hotline.field.returnCount"};

    private final Tickets tickets;
    private final Categories categories;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseLinks links;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    TicketPageController(Tickets tickets, Categories categories, CurrentUsers currentUsers, CaseTimeline timeline,
            CaseLinks links, Units units, MessageSource messages, Clock clock) {
        this.tickets = tickets;
        this.categories = categories;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.links = links;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@Validated @ModelAttribute("query") TicketCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        TicketCommands.Query q = errors.hasErrors() ? TicketCommands.Query.none() : query;
        model.addAttribute("query", q);
        model.addAttribute("result", tickets.search(q, currentUsers.require().scope(), page, 20));
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("categories", categories.all());
        model.addAttribute("units", units.all());
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        return "hotline/tickets";
    }

    @GetMapping(BASE + ".xlsx")
    void export(@Validated @ModelAttribute("query") TicketCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        TicketCommands.Query q = errors.hasErrors() ? TicketCommands.Query.none() : query;
        List<TicketView> items = tickets.search(q, currentUsers.require().scope(), 0, 5000).items();
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (TicketView t : items) {
            rows.add(List.of(t.caseNumber(), t.receivedOn().toString(), label("hotline.channel." + t.channel(), locale),
                    t.categoryName(), t.title(), t.unitName(), label("hotline.status." + t.status(), locale),
                    t.handleDue() == null ? "" : t.handleDue().toString(),
                    t.repliedOn() == null ? "" : t.repliedOn().toString(),
                    t.satisfaction() == null ? "" : label("hotline.satisfaction." + t.satisfaction(), locale),
                    t.returnCount()));
        }
        response.setContentType(XLSX);
        String title = label("hotline.list.title", locale);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : HEADERS) {
            head.add(List.of(label(key, locale)));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, title).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
        tickets.exported(items.size());
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    @GetMapping("/hotline/intake")
    @PreAuthorize("hasAuthority('hotline:dispatch')")
    String intakeForm(Model model) {
        return intake(model);
    }

    private String intake(Model model) {
        model.addAttribute("channels", Channel.values());
        model.addAttribute("categories", categories.leaves());
        model.addAttribute("today", LocalDate.now(clock));
        return "hotline/intake";
    }

    @PostMapping("/hotline/intake")
    @PreAuthorize("hasAuthority('hotline:dispatch')")
    @SubmitOnce
    String intake(@Validated @ModelAttribute("form") TicketCommands.Intake form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return intake(model);
        }
        try {
            TicketView v = tickets.intake(form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + v.id();
        } catch (UserFacingException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return intake(model);
        }
    }

    @GetMapping(BASE + "/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, tickets.get(id));
    }

    @PostMapping(BASE + "/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @Validated @ModelAttribute TicketCommands.Step c,
            BindingResult errors, @RequestParam(name = "otherUnitId", required = false) Long otherUnitId, Model model,
            RedirectAttributes redirect) {
        TicketView v = tickets.get(id);
        if (!Tickets.stepNames().contains(step)) {
            throw UserFacingException.notFound("error.notFound");
        }
        if (Pages.invalid(model, errors)) {
            return show(model, v);
        }
        try {
            tickets.step(id, step, otherUnitId == null ? c : new TicketCommands.Step(otherUnitId, c.reason(), c.ruling(),
                    c.text(), c.satisfaction(), c.on(), c.version()));
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, tickets.get(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    private String show(Model model, TicketView v) {
        List<String> actions = tickets.actions(v);
        model.addAttribute("t", v);
        model.addAttribute("actions", actions);
        model.addAttribute("dispatches", tickets.dispatches(v.id()));
        model.addAttribute("suggestions", actions.contains("dispatch") && currentUsers.can(HotlinePermissions.DISPATCH)
                ? tickets.suggestions(v.id()) : List.of());
        model.addAttribute("units", units.all());
        model.addAttribute("scale", tickets.satisfactionScale());
        model.addAttribute("timeline", timeline.of(Tickets.ref(v.id())));
        model.addAttribute("links", links.of(Tickets.ref(v.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "hotline/ticket";
    }
}
