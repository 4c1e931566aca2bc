package cn.fazhi.supervision.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.supervision.Draws;
import cn.fazhi.supervision.MergeProposals;
import cn.fazhi.supervision.RandomResultOutcome;
import cn.fazhi.supervision.RandomTaskCommands;
import cn.fazhi.supervision.RandomTaskStatus;
import cn.fazhi.supervision.RandomTaskView;
import cn.fazhi.supervision.RandomTasks;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;
import jakarta.servlet.http.HttpServletResponse;
import cn.fazhi.platform.web.Paged;

/** Staff pages of 双随机 tasks: list (search, filters, pages, Excel), plan form, task page with its steps, merges. */
@Controller
@PreAuthorize("hasAuthority('supervision:view')")
class RandomTaskPageController {

    private static final String BASE = "/supervision/random-inspections/tasks";

    private final RandomTasks tasks;
    private final MergeProposals merges;
    private final Draws draws;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseLinks links;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    RandomTaskPageController(RandomTasks tasks, MergeProposals merges, Draws draws, CurrentUsers currentUsers,
            CaseTimeline timeline, CaseLinks links, MessageSource messages, AuditTrail audit, Clock clock) {
        this.tasks = tasks;
        this.merges = merges;
        this.draws = draws;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.links = links;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(@ModelAttribute("query") RandomTaskCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        RandomTaskCommands.Query q = errors.hasErrors() ? new RandomTaskCommands.Query(null, null, null, null) : query;
        model.addAttribute("query", q);
        Paged<RandomTaskView> result = tasks.search(q, currentUsers.require().scope(), page, 20);
        model.addAttribute("result", result);
        model.addAttribute("dueSoon", result.items().stream().filter(tasks::dueSoon).map(RandomTaskView::id).toList());
        model.addAttribute("statuses", RandomTaskStatus.values());
        model.addAttribute("pageLink", Pages.pageLink());
        return "supervision/random/tasks";
    }

    @GetMapping(BASE + "/export.xlsx")
    void export(@ModelAttribute RandomTaskCommands.Query query, HttpServletResponse response) throws IOException {
        Paged<RandomTaskView> found = tasks.search(query, currentUsers.require().scope(), 0, 500);
        Locale locale = LocaleContextHolder.getLocale();
        String[] headers = {"caseNumber", "title", "status", "joint", "leadUnit", "periodFrom", "periodTo", "drawnOn",
            "resultsRecordedOn", "publishDueOn", "publishedOn"};
        List<List<String>> head = new ArrayList<>();
        for (String h : headers) {
            head.add(List.of(messages.getMessage("supervision.random.field." + h, null, locale)));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (RandomTaskView v : found.items()) {
            rows.add(List.of(v.caseNumber(), v.title(), messages.getMessage("supervision.random.status." + v.status(), null, locale),
                    messages.getMessage(v.joint() ? "supervision.random.kind.joint" : "supervision.random.kind.single", null, locale),
                    v.leadUnitName(), text(v.periodFrom()), text(v.periodTo()), text(v.drawnOn()), text(v.resultsRecordedOn()),
                    text(v.publishDueOn()), text(v.publishedOn())));
        }
        String name = messages.getMessage("supervision.random.export.sheet", null, locale);
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + ".xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString());
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX).autoCloseStream(false)
                .build();
        WriteSheet sheet = FastExcel.writerSheet(0, name).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
        audit.record(AuditEntry.of("supervision.random.exported", RandomTasks.CASE_TYPE, null, found.items().size() + " rows"));
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('supervision:random')")
    String form(Model model) {
        LocalDate today = LocalDate.now(clock);
        return form(model, new RandomTaskCommands.Create(null, List.of(), today, today.plusMonths(2), null));
    }

    @PostMapping(BASE)
    @PreAuthorize("hasAuthority('supervision:random')")
    @SubmitOnce
    String create(@Validated @ModelAttribute("form") RandomTaskCommands.Create form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form(model, form);
        if (Pages.invalid(model, errors)) {
            return "supervision/random/task-form";
        }
        return Pages.attempt(model, "supervision/random/task-form", () -> {
            RandomTaskView created = tasks.create(form, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "supervision.random.notice.planned");
            return "redirect:" + BASE + "/" + created.id();
        });
    }

    @GetMapping(BASE + "/{id}")
    String one(@PathVariable long id, Model model) {
        return show(model, tasks.get(id));
    }

    @PostMapping(BASE + "/{id}/commit")
    @PreAuthorize("hasAuthority('supervision:random')")
    String commit(@PathVariable long id, @ModelAttribute RandomTaskCommands.Step c, Model model, RedirectAttributes r) {
        return step(id, model, r, () -> tasks.commit(id, c));
    }

    @PostMapping(BASE + "/{id}/abandon")
    @PreAuthorize("hasAuthority('supervision:random')")
    String abandon(@PathVariable long id, @ModelAttribute RandomTaskCommands.Reason c, Model model, RedirectAttributes r) {
        return step(id, model, r, () -> tasks.abandon(id, c));
    }

    @PostMapping(BASE + "/{id}/draw")
    @PreAuthorize("hasAuthority('supervision:random')")
    String draw(@PathVariable long id, @ModelAttribute RandomTaskCommands.Step c, Model model, RedirectAttributes r) {
        return step(id, model, r, () -> tasks.draw(id, c));
    }

    @PostMapping(BASE + "/{id}/recordResult")
    @PreAuthorize("hasAuthority('supervision:random')")
    String recordResult(@PathVariable long id, @ModelAttribute RandomTaskCommands.Result c, Model model,
            RedirectAttributes r) {
        return step(id, model, r, () -> tasks.recordResult(id, c, currentUsers.require()));
    }

    @PostMapping(BASE + "/{id}/reinspect")
    @PreAuthorize("hasAuthority('supervision:random')")
    String reinspect(@PathVariable long id, @ModelAttribute RandomTaskCommands.Reinspect c, Model model,
            RedirectAttributes r) {
        return step(id, model, r, () -> tasks.reinspect(id, c));
    }

    @PostMapping(BASE + "/{id}/complete")
    @PreAuthorize("hasAuthority('supervision:random')")
    String complete(@PathVariable long id, @ModelAttribute RandomTaskCommands.Dated c, Model model, RedirectAttributes r) {
        return step(id, model, r, () -> tasks.complete(id, c));
    }

    @PostMapping(BASE + "/{id}/publish")
    @PreAuthorize("hasAuthority('supervision:random')")
    String publish(@PathVariable long id, @ModelAttribute RandomTaskCommands.Dated c, Model model, RedirectAttributes r) {
        return step(id, model, r, () -> tasks.publish(id, c));
    }

    @PostMapping(BASE + "/{id}/cancel")
    @PreAuthorize("hasAuthority('supervision:random')")
    String cancel(@PathVariable long id, @ModelAttribute RandomTaskCommands.Reason c, Model model, RedirectAttributes r) {
        return step(id, model, r, () -> tasks.cancel(id, c));
    }

    @GetMapping("/supervision/random-inspections/merge-proposals")
    @PreAuthorize("hasAuthority('supervision:random')")
    String merges(Model model) {
        model.addAttribute("proposals", merges.proposals());
        model.addAttribute("decisions", merges.decisions());
        return "supervision/random/merges";
    }

    @PostMapping("/supervision/random-inspections/merge-proposals/accept")
    @PreAuthorize("hasAuthority('supervision:random')")
    String accept(@ModelAttribute RandomTaskCommands.Merge c, Model model, RedirectAttributes redirect) {
        try {
            RandomTaskView v = merges.accept(c);
            redirect.addFlashAttribute("noticeKey", "supervision.random.merge.notice.accepted");
            return "redirect:" + BASE + "/" + v.id();
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return merges(model);
        }
    }

    @PostMapping("/supervision/random-inspections/merge-proposals/decline")
    @PreAuthorize("hasAuthority('supervision:random')")
    String decline(@ModelAttribute RandomTaskCommands.Merge c, Model model, RedirectAttributes redirect) {
        try {
            merges.decline(c);
            redirect.addFlashAttribute("noticeKey", "supervision.random.merge.notice.declined");
            return "redirect:/supervision/random-inspections/merge-proposals";
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return merges(model);
        }
    }

    private String step(long id, Model model, RedirectAttributes redirect, Supplier<Object> action) {
        tasks.get(id);
        try {
            action.get();
        } catch (UserFacingException e) {
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return show(model, tasks.get(id));
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + BASE + "/" + id;
    }

    private String form(Model model, RandomTaskCommands.Create form) {
        model.addAttribute("form", form);
        model.addAttribute("items", tasks.publishedItems());
        return "supervision/random/task-form";
    }

    private String show(Model model, RandomTaskView v) {
        model.addAttribute("t", v);
        model.addAttribute("actions", tasks.actions(v));
        model.addAttribute("draws", draws.ofTask(v.id()));
        model.addAttribute("selection", tasks.selection(v.id()));
        model.addAttribute("outcomes", RandomResultOutcome.values());
        model.addAttribute("timeline", timeline.of(RandomTasks.ref(v.id())));
        model.addAttribute("links", links.of(RandomTasks.ref(v.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/random/task";
    }
}
