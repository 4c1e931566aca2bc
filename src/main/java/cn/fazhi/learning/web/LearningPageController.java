package cn.fazhi.learning.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.learning.Cadres;
import cn.fazhi.learning.LearningCommands;
import cn.fazhi.learning.LearningViews;
import cn.fazhi.learning.LectureKind;
import cn.fazhi.learning.Lectures;
import cn.fazhi.learning.QuestionBank;
import cn.fazhi.learning.TestSessions;
import cn.fazhi.learning.TrainingClasses;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff pages of 学法 (by data scope): lectures (list, .xlsx, new, one lecture; the units short of two special law
 * lectures), training classes (list, .xlsx, one class with its trainees per unit), test sessions (list, .xlsx, one test
 * with participation and pass rate per unit, .xlsx), the cadres register (list, .xlsx) and the question bank (list,
 * .xlsx import all or nothing, template).
 */
@Controller
@PreAuthorize("hasAuthority('learning:view')")
class LearningPageController {

    private static final int MAX_EXPORT = 5000;

    private final Lectures lectures;
    private final TrainingClasses classes;
    private final TestSessions tests;
    private final Cadres cadres;
    private final QuestionBank bank;
    private final MessageSource messages;
    private final Clock clock;
    private final cn.fazhi.platform.scope.Caller caller;

    LearningPageController(Lectures lectures, TrainingClasses classes, TestSessions tests, Cadres cadres,
            QuestionBank bank, MessageSource messages, Clock clock, cn.fazhi.platform.scope.Caller caller) {
        this.caller = caller;
        this.lectures = lectures;
        this.classes = classes;
        this.tests = tests;
        this.cadres = cadres;
        this.bank = bank;
        this.messages = messages;
        this.clock = clock;
    }

    private static String exportLink(String base) {
        return Pages.pageLink().replace(base + "?", base + ".xlsx?");
    }

    private static LearningCommands.Query query(LearningCommands.Query q, BindingResult errors) {
        return errors.hasErrors() || q == null ? LearningCommands.Query.none() : q;
    }

    private static int page(int page) {
        return Math.max(0, page);
    }

    // ---- lectures ------------------------------------------------------------------------------------------------

    @GetMapping("/learning/lectures")
    String lectureList(@ModelAttribute("query") LearningCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("query", query(query, errors));
        model.addAttribute("result", lectures.search(query(query, errors), page(page), 20));
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", exportLink("/learning/lectures"));
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        return "learning/lectures";
    }

    @GetMapping("/learning/lectures.xlsx")
    void lectureExport(@ModelAttribute("query") LearningCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        List<LearningViews.Lecture> items = lectures.search(query(query, errors), 0, MAX_EXPORT).items();
        Locale l = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (LearningViews.Lecture x : items) {
            rows.add(List.of(x.heldOn().toString(), label("learning.lectureKind." + x.kind(), l), x.unitName(), x.topic(),
                    x.speaker(), x.attendees(), label(x.specialLaw() ? "learning.yes" : "learning.no", l)));
        }
        write(response, "learning.lectures.title", List.of("learning.field.heldOn", "learning.field.kind",
                "learning.field.unit", "learning.field.topic", "learning.field.speaker", "learning.field.attendees",
                "learning.field.specialLaw"), rows);
        lectures.exported(items.size());
    }

    @GetMapping("/learning/lectures/{id:\\d+}")
    String lecture(@PathVariable long id, Model model) {
        model.addAttribute("l", lectures.get(id));
        return "learning/lecture";
    }

    @GetMapping("/learning/lectures/new")
    @PreAuthorize("hasAuthority('learning:manage')")
    String lectureForm(Model model) {
        return lectureForm(model, null);
    }

    private String lectureForm(Model model, LearningCommands.NewLecture form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", LectureKind.values());
        model.addAttribute("ownUnitId", caller.scope().unitId());
        model.addAttribute("today", LocalDate.now(clock));
        return "learning/lecture-new";
    }

    @PostMapping("/learning/lectures/new")
    @PreAuthorize("hasAuthority('learning:manage')")
    @SubmitOnce
    String createLecture(@ModelAttribute("form") LearningCommands.NewLecture form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return lectureForm(model, form);
        }
        try {
            LearningViews.Lecture l = lectures.create(form);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/learning/lectures/" + l.id();
        } catch (UserFacingException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            Pages.errors(model).add(e);
            return lectureForm(model, form);
        }
    }

    @GetMapping("/learning/lectures/short")
    String unitsShort(@RequestParam(name = "studyYear", required = false) Integer year, Model model) {
        int y = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("studyYear", y);
        model.addAttribute("units", lectures.unitsShort(y));
        model.addAttribute("minimum", cn.fazhi.learning.SpecialLectureRule.MINIMUM);
        return "learning/lectures-short";
    }

    @GetMapping("/learning/lectures/short.xlsx")
    void unitsShortExport(@RequestParam(name = "studyYear", required = false) Integer year,
            HttpServletResponse response) throws IOException {
        int y = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        List<List<Object>> rows = new ArrayList<>();
        for (LearningViews.UnitShort u : lectures.unitsShort(y)) {
            rows.add(List.of(u.unitName(), u.lectures(), u.shortBy()));
        }
        write(response, "learning.short.title", List.of("learning.field.unit", "learning.field.specialLectures",
                "learning.field.shortBy"), rows);
        lectures.exported(rows.size());
    }

    // ---- classes -------------------------------------------------------------------------------------------------

    @GetMapping("/learning/classes")
    String classList(@ModelAttribute("query") LearningCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("query", query(query, errors));
        model.addAttribute("result", classes.search(query(query, errors), page(page), 20));
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", exportLink("/learning/classes"));
        return "learning/classes";
    }

    @GetMapping("/learning/classes.xlsx")
    void classExport(@ModelAttribute("query") LearningCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        List<LearningViews.TrainingClass> items = classes.search(query(query, errors), 0, MAX_EXPORT).items();
        Locale l = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (LearningViews.TrainingClass c : items) {
            rows.add(List.of(c.startsOn().toString(), c.endsOn().toString(), label("learning.organiser." + c.organiser(), l),
                    c.unitName(), c.title(), label(c.xiThought() ? "learning.yes" : "learning.no", l),
                    c.hours().toPlainString(), c.trainees(), c.attended()));
        }
        write(response, "learning.classes.title", List.of("learning.field.startsOn", "learning.field.endsOn",
                "learning.field.organiser", "learning.field.unit", "learning.field.title", "learning.field.xiThought",
                "learning.field.hours", "learning.field.trainees", "learning.field.attended"), rows);
        classes.exported(items.size());
    }

    @GetMapping("/learning/classes/{id:\\d+}")
    String trainingClass(@PathVariable long id, Model model) {
        model.addAttribute("c", classes.get(id));
        model.addAttribute("trainees", classes.trainees(id));
        return "learning/class";
    }

    // ---- tests ---------------------------------------------------------------------------------------------------

    @GetMapping("/learning/tests")
    String testList(@ModelAttribute("query") LearningCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("query", query(query, errors));
        model.addAttribute("result", tests.search(query(query, errors), page(page), 20));
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", exportLink("/learning/tests"));
        return "learning/tests";
    }

    @GetMapping("/learning/tests.xlsx")
    void testExport(@ModelAttribute("query") LearningCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        List<LearningViews.TestSession> items = tests.search(query(query, errors), 0, MAX_EXPORT).items();
        Locale l = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (LearningViews.TestSession t : items) {
            rows.add(List.of(t.title(), label("learning.testKind." + t.kind(), l), t.opensAt().toLocalDateTime().toString(),
                    t.closesAt().toLocalDateTime().toString(), t.durationMinutes(), t.passMark(), t.assigned(), t.took(),
                    t.passed()));
        }
        write(response, "learning.tests.title", List.of("learning.field.title", "learning.field.testKind",
                "learning.field.opensAt", "learning.field.closesAt", "learning.field.duration", "learning.field.passMark",
                "learning.field.assigned", "learning.field.took", "learning.field.passed"), rows);
        tests.exported(items.size());
    }

    @GetMapping("/learning/tests/{id:\\d+}")
    String test(@PathVariable long id, Model model) {
        model.addAttribute("t", tests.get(id));
        model.addAttribute("units", tests.unitResults(id));
        return "learning/test";
    }

    @GetMapping("/learning/tests/{id:\\d+}/results.xlsx")
    void testResultsExport(@PathVariable long id, HttpServletResponse response) throws IOException {
        Locale l = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (LearningViews.UnitResult u : tests.unitResults(id)) {
            rows.add(List.of(u.unitName() == null ? label("learning.total", l) : u.unitName(), u.assigned(), u.took(),
                    u.passed(), u.participationRate() == null ? "" : u.participationRate().toPlainString(),
                    u.passRate() == null ? "" : u.passRate().toPlainString()));
        }
        write(response, "learning.results.title", List.of("learning.field.unit", "learning.field.assigned",
                "learning.field.took", "learning.field.passed", "learning.field.participationRate",
                "learning.field.passRate"), rows);
        tests.exported(rows.size());
    }

    // ---- cadres --------------------------------------------------------------------------------------------------

    @GetMapping("/learning/cadres")
    String cadreList(@ModelAttribute("query") LearningCommands.Query query, BindingResult errors,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("query", query(query, errors));
        model.addAttribute("result", cadres.search(query(query, errors), page(page), 20));
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", exportLink("/learning/cadres"));
        return "learning/cadres";
    }

    @GetMapping("/learning/cadres.xlsx")
    void cadreExport(@ModelAttribute("query") LearningCommands.Query query, BindingResult errors,
            HttpServletResponse response) throws IOException {
        List<LearningViews.Cadre> items = cadres.search(query(query, errors), 0, MAX_EXPORT).items();
        List<List<Object>> rows = new ArrayList<>();
        for (LearningViews.Cadre c : items) {
            rows.add(List.of(c.unitName(), c.name(), c.position()));
        }
        write(response, "learning.cadres.title", List.of("learning.field.unit", "learning.field.name",
                "learning.field.position"), rows);
        cadres.exported(items.size());
    }

    // ---- question bank -------------------------------------------------------------------------------------------

    @GetMapping("/learning/questions")
    @PreAuthorize("hasAuthority('learning:manage')")
    String questionList(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "category", required = false) String category,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("categories", bank.categories());
        model.addAttribute("result", bank.search(q, category, page(page), 20));
        model.addAttribute("pageLink", Pages.pageLink());
        return "learning/questions";
    }

    @PostMapping("/learning/questions/import")
    @PreAuthorize("hasAuthority('learning:manage')")
    String importQuestions(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        try {
            int n = Spreadsheets.fromUpload(file, bank::importSheet);
            redirect.addFlashAttribute("noticeCount", n);
            return "redirect:/learning/questions";
        } catch (ImportRejected e) {
            model.addAttribute("importErrors", e.errors());
            Pages.errors(model).add(e);
        } catch (UserFacingException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            Pages.errors(model).add(e);
        }
        return questionList(null, null, 0, model);
    }

    @GetMapping("/learning/questions/template.xlsx")
    @PreAuthorize("hasAuthority('learning:manage')")
    void questionTemplate(HttpServletResponse response) throws IOException {
        Locale l = LocaleContextHolder.getLocale();
        String title = label("learning.questions.title", l);
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        Spreadsheets.template(response.getOutputStream(), QuestionBank.COLUMNS, title, messages, l);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

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

    static BindingResult noErrors(Object target) {
        return new BeanPropertyBindingResult(target, "query");
    }
}
