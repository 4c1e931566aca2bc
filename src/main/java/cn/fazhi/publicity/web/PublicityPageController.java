package cn.fazhi.publicity.web;

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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.publicity.Activities;
import cn.fazhi.publicity.DutyFulfilments;
import cn.fazhi.publicity.DutyListStatus;
import cn.fazhi.publicity.PublicityDutyLists;
import cn.fazhi.publicity.PublicityPermissions;
import cn.fazhi.publicity.Reviews;
import cn.fazhi.publicity.Schools;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * Staff pages of 普法: 普法责任制落实情况 (the units ranked, those doing too little named), duty lists (a unit drafts,
 * adds items and submits its own; the office publishes or returns), activities (list, record), the annual reports with
 * the experts' evaluation, "一把手谈法治", schools (those without a 法治副校长), 法治副校长 (those short of 4 课时) and
 * model villages; every list searchable, paged and exported as .xlsx, within the caller's scope.
 */
@Controller
@PreAuthorize("hasAuthority('publicity:view')")
class PublicityPageController {

    /** One row of a list: its cells and the address its first cell links to (or null). */
    record Row(List<String> cells, String href) {}

    /** A list page: title, columns (message keys), rows, total and paging. */
    record Listing(String titleKey, String path, List<String> headers, List<Row> rows, long total, int page, int pages) {}

    private static final int SIZE = 20;

    private final PublicityDutyLists lists;
    private final Activities activities;
    private final Reviews reviews;
    private final Schools schools;
    private final DutyFulfilments fulfilments;
    private final CurrentUsers users;
    private final MessageSource messages;
    private final Clock clock;

    PublicityPageController(PublicityDutyLists lists, Activities activities, Reviews reviews, Schools schools,
            DutyFulfilments fulfilments, CurrentUsers users, MessageSource messages, Clock clock) {
        this.lists = lists;
        this.activities = activities;
        this.reviews = reviews;
        this.schools = schools;
        this.fulfilments = fulfilments;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private int year(Integer year) {
        int current = LocalDate.now(clock).getYear();
        return year == null || year < 2000 || year > current + 1 ? current : year;
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }

    private static <T> Listing listing(String titleKey, String path, List<String> headers, Paged<T> paged,
            java.util.function.Function<T, Row> row) {
        return new Listing(titleKey, path, headers, paged.items().stream().map(row).toList(), paged.total(), paged.page(),
                paged.totalPages());
    }

    private String show(Model model, Listing listing, String q, Integer year, List<String[]> links) {
        model.addAttribute("listing", listing);
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("links", links);
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(listing.path() + "?", listing.path() + ".xlsx?"));
        return "publicity/table";
    }

    private void export(HttpServletResponse response, Listing listing) throws IOException {
        String title = label(listing.titleKey());
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = listing.headers().stream().map(h -> List.of(label(h))).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : listing.rows()) {
            rows.add(new ArrayList<>(r.cells()));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, title).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
    }

    /** Runs a form action; bad input or a conflict is shown on the form ("form"), anything else propagates. */
    private static String attempt(Model model, java.util.function.Supplier<String> action) {
        try {
            return action.get();
        } catch (cn.fazhi.platform.web.UserFacingException e) {
            if (e.status() != org.springframework.http.HttpStatus.BAD_REQUEST
                    && e.status() != org.springframework.http.HttpStatus.CONFLICT) {
                throw e;
            }
            Pages.errors(model).add(e);
            return "form";
        }
    }

    // ---- 普法责任制落实情况 -----------------------------------------------------------------------------------------

    @GetMapping({"/publicity", "/publicity/fulfilment"})
    String fulfilment(@RequestParam(name = "year", required = false) Integer year, Model model) {
        int y = year(year);
        List<DutyFulfilments.UnitFulfilment> rows = fulfilments.of(y, users.scope());
        model.addAttribute("year", y);
        model.addAttribute("rows", rows);
        model.addAttribute("short", rows.stream().filter(DutyFulfilments.UnitFulfilment::shortfall).toList());
        model.addAttribute("policy", fulfilments.policy());
        model.addAttribute("thresholdPercent", fulfilments.policy().threshold().movePointRight(2).intValue());
        return "publicity/fulfilment";
    }

    @GetMapping("/publicity/fulfilment.xlsx")
    void fulfilmentXlsx(@RequestParam(name = "year", required = false) Integer year, HttpServletResponse response)
            throws IOException {
        int y = year(year);
        List<Row> rows = fulfilments.of(y, users.scope()).stream().map(f -> new Row(List.of(s(f.rank()), f.unitName(),
                s(f.planned()), s(f.required()), s(f.done()), f.percent() + "%",
                label(f.shortfall() ? "publicity.fulfilment.short" : "publicity.fulfilment.ok")), null)).toList();
        export(response, new Listing("publicity.fulfilment.title", "/publicity/fulfilment", List.of("publicity.field.rank",
                "publicity.field.unit", "publicity.field.planned", "publicity.field.required", "publicity.field.done",
                "publicity.field.fulfilment", "publicity.field.verdict"), rows, rows.size(), 0, 1));
    }

    // ---- duty lists -------------------------------------------------------------------------------------------

    private Listing publicityDutyLists(String q, Integer year, String status, int page, int size) {
        DutyListStatus st = status == null || status.isBlank() ? null : parse(status);
        return listing("publicity.dutyLists.title", "/publicity/duty-lists", List.of("publicity.field.unit",
                "publicity.field.year", "publicity.field.items", "publicity.field.planned", "publicity.field.status",
                "publicity.field.publishedOn"), lists.search(q, year, st, page, size),
                v -> new Row(List.of(v.unitName(), s(v.year()), s(v.items()), s(v.planned()),
                        label("publicity.status." + v.status()), s(v.publishedOn())), "/publicity/duty-lists/" + v.id()));
    }

    private static DutyListStatus parse(String status) {
        try {
            return DutyListStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GetMapping("/publicity/duty-lists")
    String dutyListsPage(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        List<String[]> links = new ArrayList<>();
        if (users.can(PublicityPermissions.SUBMIT)) {
            model.addAttribute("newListYear", LocalDate.now(clock).getYear());
        }
        return show(model, publicityDutyLists(q, year, status, Math.max(page, 0), SIZE), q, year, links);
    }

    @GetMapping("/publicity/duty-lists.xlsx")
    void dutyListsXlsx(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "status", required = false) String status, HttpServletResponse response)
            throws IOException {
        export(response, publicityDutyLists(q, year, status, 0, 5000));
    }

    @PostMapping("/publicity/duty-lists/new")
    String newList(@RequestParam(name = "year", required = false) Integer year, Model model, RedirectAttributes redirect) {
        long[] id = new long[1];
        String view = attempt(model, () -> {
            id[0] = lists.create(year);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/publicity/duty-lists/" + id[0];
        });
        return "form".equals(view) ? dutyListsPage(null, null, null, 0, model) : view;
    }

    private String showList(long id, Model model) {
        PublicityDutyLists.View v = lists.get(id);
        model.addAttribute("list", v);
        model.addAttribute("items", lists.items(id));
        boolean own = users.current().map(u -> u.unitId() == v.unitId()).orElse(false);
        model.addAttribute("canEdit", own && users.can(PublicityPermissions.SUBMIT) && v.status().editable());
        model.addAttribute("canManage", users.can(PublicityPermissions.MANAGE) && v.status() == DutyListStatus.SUBMITTED);
        return "publicity/duty-list";
    }

    @GetMapping("/publicity/duty-lists/{id:\\d+}")
    String dutyList(@PathVariable long id, Model model) {
        return showList(id, model);
    }

    @PostMapping("/publicity/duty-lists/{id:\\d+}/items")
    String addItem(@PathVariable long id, @RequestParam(name = "content", required = false) String content,
            @RequestParam(name = "audience", required = false) String audience,
            @RequestParam(name = "form", required = false) String form,
            @RequestParam(name = "timing", required = false) String timing,
            @RequestParam(name = "plannedCount", required = false) Integer plannedCount, Model model,
            RedirectAttributes redirect) {
        String view = attempt(model, () -> {
            lists.addItem(id, new PublicityDutyLists.ItemForm(content, audience, form, timing, plannedCount));
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/publicity/duty-lists/" + id;
        });
        return "form".equals(view) ? showList(id, model) : view;
    }

    @PostMapping("/publicity/duty-lists/{id:\\d+}/{step:submit|publish|return}")
    String step(@PathVariable long id, @PathVariable String step, Model model, RedirectAttributes redirect) {
        String view = attempt(model, () -> {
            switch (step) {
                case "submit" -> lists.submit(id);
                case "publish" -> lists.publish(id);
                default -> lists.returnToUnit(id);
            }
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/publicity/duty-lists/" + id;
        });
        return "form".equals(view) ? showList(id, model) : view;
    }

    // ---- activities -------------------------------------------------------------------------------------------

    private Listing activityList(String q, Integer year, String kind, int page, int size) {
        return listing("publicity.activities.title", "/publicity/activities", List.of("publicity.field.heldOn",
                "publicity.field.unit", "publicity.field.kind", "publicity.field.title", "publicity.field.place",
                "publicity.field.participants", "publicity.field.materials", "publicity.field.coUnits"),
                activities.search(q, year, kind, page, size),
                a -> new Row(List.of(s(a.heldOn()), a.unitName(), label("publicity.kind." + a.kind()), a.title(), a.place(),
                        s(a.participants()), s(a.materials()), s(a.coUnits())), null));
    }

    @GetMapping("/publicity/activities")
    String activitiesPage(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        List<String[]> links = new ArrayList<>();
        if (users.can(PublicityPermissions.SUBMIT)) {
            links.add(new String[] {"publicity.activities.new", "/publicity/activities/new"});
        }
        return show(model, activityList(q, year, kind, Math.max(page, 0), SIZE), q, year, links);
    }

    @GetMapping("/publicity/activities.xlsx")
    void activitiesXlsx(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "kind", required = false) String kind, HttpServletResponse response) throws IOException {
        export(response, activityList(q, year, kind, 0, 5000));
    }

    @GetMapping("/publicity/activities/new")
    @PreAuthorize("hasAuthority('publicity:submit')")
    String newActivity(Model model) {
        model.addAttribute("kinds", activities.kinds());
        model.addAttribute("today", LocalDate.now(clock));
        return "publicity/activity-new";
    }

    @PostMapping("/publicity/activities/new")
    @PreAuthorize("hasAuthority('publicity:submit')")
    String recordActivity(@RequestParam(name = "heldOn", required = false) LocalDate heldOn,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "place", required = false) String place,
            @RequestParam(name = "participants", required = false) Integer participants,
            @RequestParam(name = "materials", required = false) Integer materials, Model model,
            RedirectAttributes redirect) {
        String view = attempt(model, () -> {
            activities.record(new Activities.ActivityForm(heldOn, kind, title, place, participants, materials, null, null));
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/publicity/activities";
        });
        if ("form".equals(view)) {
            model.addAttribute("form", new Activities.ActivityForm(heldOn, kind, title, place, participants, materials,
                    null, null));
            return newActivity(model);
        }
        return view;
    }

    // ---- reports, talks ---------------------------------------------------------------------------------------

    private Listing reportList(String q, Integer year, int page, int size) {
        return listing("publicity.reports.title", "/publicity/reports", List.of("publicity.field.unit",
                "publicity.field.workYear", "publicity.field.reportedOn", "publicity.field.evaluations",
                "publicity.field.averageScore"), reviews.reports(q, year, page, size),
                r -> new Row(List.of(r.unitName(), s(r.workYear()), s(r.reportedOn()), s(r.evaluations()),
                        s(r.averageScore())), "/publicity/reports/" + r.id()));
    }

    @GetMapping("/publicity/reports")
    String reportsPage(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        return show(model, reportList(q, year, Math.max(page, 0), SIZE), q, year, List.of());
    }

    @GetMapping("/publicity/reports.xlsx")
    void reportsXlsx(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year, HttpServletResponse response) throws IOException {
        export(response, reportList(q, year, 0, 5000));
    }

    @GetMapping("/publicity/reports/{id:\\d+}")
    String report(@PathVariable long id, Model model) {
        Reviews.Report r = reviews.report(id);
        List<Row> rows = reviews.evaluations(id).stream().map(e -> new Row(List.of(e.expertName(),
                label("publicity.expertKind." + e.expertKind()), s(e.score()), s(e.comment()), s(e.evaluatedOn())), null))
                .toList();
        model.addAttribute("subtitle", r.unitName() + " " + r.workYear() + " · " + r.summary());
        return show(model, new Listing("publicity.reports.evaluations", "/publicity/reports/" + id, List.of(
                "publicity.field.expert", "publicity.field.expertKind", "publicity.field.score", "publicity.field.comment",
                "publicity.field.evaluatedOn"), rows, rows.size(), 0, 1), null, null, List.of());
    }

    private Listing talkList(String q, Integer year, int page, int size) {
        return listing("publicity.headTalks.title", "/publicity/head-talks", List.of("publicity.field.heldOn",
                "publicity.field.unit", "publicity.field.headPost", "publicity.field.headName", "publicity.field.topic",
                "publicity.field.medium"), reviews.headTalks(q, year, page, size),
                t -> new Row(List.of(s(t.heldOn()), t.unitName(), t.headPost(), t.headName(), t.topic(), t.medium()), null));
    }

    @GetMapping("/publicity/head-talks")
    String talksPage(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        return show(model, talkList(q, year, Math.max(page, 0), SIZE), q, year, List.of());
    }

    @GetMapping("/publicity/head-talks.xlsx")
    void talksXlsx(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year, HttpServletResponse response) throws IOException {
        export(response, talkList(q, year, 0, 5000));
    }

    // ---- schools, 法治副校长, villages -------------------------------------------------------------------------

    private Listing schoolList(String q, Integer year, boolean withoutOnly, int page, int size) {
        return listing(withoutOnly ? "publicity.schools.without" : "publicity.schools.title", "/publicity/schools",
                List.of("publicity.field.school", "publicity.field.township", "publicity.field.level",
                        "publicity.field.inOffice"), schools.schools(q, year(year), withoutOnly, page, size),
                x -> new Row(List.of(x.name(), x.township(), label("publicity.level." + x.level()), s(x.inOffice())), null));
    }

    @GetMapping("/publicity/schools")
    String schoolsPage(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "withoutOnly", defaultValue = "false") boolean withoutOnly,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        return show(model, schoolList(q, year, withoutOnly, Math.max(page, 0), SIZE), q, year(year),
                List.<String[]>of(new String[] {"publicity.schools.without", "/publicity/schools?withoutOnly=true"},
                        new String[] {"publicity.vp.short", "/publicity/vice-principals?shortOnly=true"}));
    }

    @GetMapping("/publicity/schools.xlsx")
    void schoolsXlsx(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "withoutOnly", defaultValue = "false") boolean withoutOnly, HttpServletResponse response)
            throws IOException {
        export(response, schoolList(q, year, withoutOnly, 0, 5000));
    }

    private Listing vpList(String q, Integer year, boolean shortOnly, int page, int size) {
        return listing(shortOnly ? "publicity.vp.short" : "publicity.vp.title", "/publicity/vice-principals",
                List.of("publicity.field.name", "publicity.field.sendingBody", "publicity.field.sendingUnit",
                        "publicity.field.post", "publicity.field.schools", "publicity.field.appointedOn",
                        "publicity.field.termEnd", "publicity.field.periods"),
                schools.vicePrincipals(q, year(year), shortOnly, page, size),
                p -> new Row(List.of(p.name(), label("publicity.sendingBody." + p.sendingBody()), p.sendingUnit(),
                        s(p.post()), s(p.schools()), s(p.appointedOn()), s(p.termEnd()), s(p.periods())), null));
    }

    @GetMapping("/publicity/vice-principals")
    String vpPage(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "shortOnly", defaultValue = "false") boolean shortOnly,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        return show(model, vpList(q, year, shortOnly, Math.max(page, 0), SIZE), q, year(year),
                List.<String[]>of(new String[] {"publicity.vp.short", "/publicity/vice-principals?shortOnly=true"}));
    }

    @GetMapping("/publicity/vice-principals.xlsx")
    void vpXlsx(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "shortOnly", defaultValue = "false") boolean shortOnly, HttpServletResponse response)
            throws IOException {
        export(response, vpList(q, year, shortOnly, 0, 5000));
    }

    private Listing villageList(String q, int page, int size) {
        return listing("publicity.villages.title", "/publicity/villages", List.of("publicity.field.village",
                "publicity.field.township", "publicity.field.villageLevel", "publicity.field.namedYear",
                "publicity.field.reviewedOn", "publicity.field.reviewer", "publicity.field.result"),
                reviews.villages(q, null, page, size),
                v -> new Row(List.of(v.name(), v.township(), label("publicity.villageLevel." + v.level()),
                        s(v.namedYear()), s(v.lastReviewedOn()),
                        v.lastReviewer() == null ? "" : label("publicity.reviewer." + v.lastReviewer()),
                        v.lastResult() == null ? "" : label("publicity.result." + v.lastResult())), null));
    }

    @GetMapping("/publicity/villages")
    String villagesPage(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        return show(model, villageList(q, Math.max(page, 0), SIZE), q, null, List.of());
    }

    @GetMapping("/publicity/villages.xlsx")
    void villagesXlsx(@RequestParam(name = "q", required = false) String q, HttpServletResponse response)
            throws IOException {
        export(response, villageList(q, 0, 5000));
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
