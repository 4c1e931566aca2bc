package cn.fazhi.petitions.web;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.petitions.AgeBand;
import cn.fazhi.petitions.BacklogStatus;
import cn.fazhi.petitions.BacklogViews.Backlog;
import cn.fazhi.petitions.PetitionBacklog;
import cn.fazhi.petitions.PetitionCommands;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * Staff pages of the backlog: the list (filters, paging, .xlsx), the bureau's form to take a case in, and one case
 * with its leader, meetings, resolutions, relapses, the steps the caller may take and its timeline.
 */
@Controller
@PreAuthorize("hasAuthority('petitions:view')")
class PetitionPageController {

    static final String BASE = "/petitions";
    private static final String[] HEADERS = {"petitions.field.caseNumber", "petitions.field.subject",
        "petitions.field.petitioner", "petitions.field.firstPetitionOn", "petitions.field.unit",
        "petitions.field.takenOn", "petitions.field.leader", "petitions.field.status", "petitions.field.resolvedOn",
        "petitions.field.band", "petitions.field.relapses"};

    private final PetitionBacklog backlog;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    PetitionPageController(PetitionBacklog backlog, CurrentUsers currentUsers, CaseTimeline timeline, Units units,
            MessageSource messages, Clock clock) {
        this.backlog = backlog;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@Validated @ModelAttribute("query") PetitionCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        PetitionCommands.Query q = errors.hasErrors() ? PetitionCommands.Query.none() : query;
        model.addAttribute("query", q);
        model.addAttribute("result", backlog.search(q, currentUsers.require().scope(), page, 20));
        model.addAttribute("statuses", BacklogStatus.values());
        model.addAttribute("bands", AgeBand.values());
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        return "petitions/list";
    }

    @GetMapping(BASE + ".xlsx")
    void export(@Validated @ModelAttribute("query") PetitionCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        PetitionCommands.Query q = errors.hasErrors() ? PetitionCommands.Query.none() : query;
        List<Backlog> items = backlog.search(q, currentUsers.require().scope(), 0, 5000).items();
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (Backlog b : items) {
            rows.add(List.of(b.caseNumber(), b.subject(), b.petitionerName(), b.firstPetitionOn().toString(),
                    b.unitName(), b.takenOn().toString(), b.leaderName() == null ? "" : b.leaderPost() + " " + b.leaderName(),
                    messages.getMessage(b.statusKey(), null, locale), b.resolvedOn() == null ? "" : b.resolvedOn().toString(),
                    b.ageBand() == null ? "" : messages.getMessage("petitions.band." + b.ageBand(), null, locale),
                    b.relapseCount()));
        }
        String title = messages.getMessage("petitions.list.title", null, locale);
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : HEADERS) {
            head.add(List.of(messages.getMessage(key, null, key, locale)));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, title).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
        backlog.exported(items.size());
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('petitions:manage')")
    String newForm(Model model) {
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("units", units.all());
        model.addAttribute("today", LocalDate.now(clock));
        return "petitions/new";
    }

    @PostMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('petitions:manage')")
    @SubmitOnce
    String open(@Validated @ModelAttribute("form") PetitionCommands.Open form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return form(model);
        }
        try {
            Backlog b = backlog.open(form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + b.id();
        } catch (UserFacingException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return form(model);
        }
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String one(@PathVariable long id, Model model) {
        return show(model, backlog.get(id));
    }

    @PostMapping(BASE + "/{id:\\d+}/{step}")
    @PreAuthorize("hasAuthority('petitions:manage')")
    String step(@PathVariable long id, @PathVariable String step, @Validated @ModelAttribute PetitionCommands.Step c,
            BindingResult errors, @RequestParam(name = "evidence", required = false) MultipartFile evidence,
            Model model, RedirectAttributes redirect) throws IOException {
        Backlog v = backlog.get(id);
        if (!PetitionBacklog.stepNames().contains(step)) {
            throw UserFacingException.notFound("error.notFound");
        }
        if (Pages.invalid(model, errors)) {
            return show(model, v);
        }
        try {
            boolean file = evidence != null && !evidence.isEmpty();
            backlog.step(id, step, c, file ? evidence.getOriginalFilename() : null, file ? evidence.getInputStream() : null);
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, backlog.get(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    private String show(Model model, Backlog v) {
        model.addAttribute("b", v);
        model.addAttribute("actions", backlog.actions(v));
        model.addAttribute("meetings", backlog.meetings(v.id()));
        model.addAttribute("resolutions", backlog.resolutions(v.id()));
        model.addAttribute("relapses", backlog.relapses(v.id()));
        model.addAttribute("timeline", timeline.of(PetitionBacklog.ref(v.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "petitions/one";
    }
}
