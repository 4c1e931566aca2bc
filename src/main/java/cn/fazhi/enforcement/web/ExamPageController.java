package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

import cn.fazhi.enforcement.ExamCandidateView;
import cn.fazhi.enforcement.ExamCommands;
import cn.fazhi.enforcement.ExamView;
import cn.fazhi.enforcement.Exams;
import cn.fazhi.enforcement.OfficerSpreadsheets;
import cn.fazhi.enforcement.Officers;
import cn.fazhi.enforcement.TrainingRecords;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import jakarta.servlet.http.HttpServletResponse;

/** Staff pages: qualification exam sessions with candidates and results; yearly training hours. */
@Controller
@PreAuthorize("hasAuthority('enforcement:view')")
class ExamPageController {

    private static final int PAGE_SIZE = 100;

    private final Exams exams;
    private final Officers officers;
    private final TrainingRecords training;
    private final OfficerSpreadsheets spreadsheets;
    private final CurrentUsers currentUsers;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    ExamPageController(Exams exams, Officers officers, TrainingRecords training, OfficerSpreadsheets spreadsheets,
            CurrentUsers currentUsers, Units units, MessageSource messages, Clock clock) {
        this.exams = exams;
        this.officers = officers;
        this.training = training;
        this.spreadsheets = spreadsheets;
        this.currentUsers = currentUsers;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/enforcement/exams")
    String sessions(@RequestParam(name = "year", required = false) Integer year, Model model) {
        return list(model, year, new ExamCommands.Session(null, null, null, null));
    }

    @PostMapping("/enforcement/exams")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @SubmitOnce
    String create(@Validated @ModelAttribute("form") ExamCommands.Session form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        CurrentUser me = currentUsers.require();
        return OfficerPages.act(errors, model, redirect, () -> list(model, null, form),
                () -> "/enforcement/exams/" + exams.create(form, me.unitId(), me.regionCode(), me.scope()).id());
    }

    @GetMapping("/enforcement/exams/{id}")
    String session(@PathVariable long id, Model model) {
        return show(model, exams.get(id, scope()));
    }

    @GetMapping("/enforcement/exams/{id}/export")
    void exportCandidates(@PathVariable long id, HttpServletResponse response) throws IOException {
        ExamView exam = exams.get(id, scope());
        OfficerPages.startDownload(response, text("enforcement.officers.exams.fileName") + "-" + exam.heldOn() + ".xlsx");
        spreadsheets.exportCandidates(id, scope(), response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @PostMapping("/enforcement/exams/{id}/candidates")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @SubmitOnce
    String enter(@PathVariable long id, @Validated @ModelAttribute ExamCommands.Candidate c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        ExamView exam = exams.get(id, scope());
        return OfficerPages.act(errors, model, redirect, () -> show(model, exam), () -> {
            exams.enter(id, c, scope());
            return "/enforcement/exams/" + id;
        });
    }

    @PostMapping("/enforcement/exams/candidates/{candidateId}/result")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String result(@PathVariable long candidateId, @RequestParam(name = "examId") long examId,
            @Validated @ModelAttribute ExamCommands.Result r, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        ExamView exam = exams.get(examId, scope());
        return OfficerPages.act(errors, model, redirect, () -> show(model, exam), () -> {
            ExamCandidateView c = exams.record(candidateId, r, scope());
            return "/enforcement/exams/" + c.examId();
        });
    }

    // ---- training --------------------------------------------------------------------------------------------------

    @GetMapping("/enforcement/training")
    String training(@RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "below", required = false) Boolean below,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        model.addAttribute("year", y);
        model.addAttribute("unitId", unitId);
        model.addAttribute("below", below);
        model.addAttribute("result", training.year(y, unitId, below, page, PAGE_SIZE, scope()));
        model.addAttribute("summary", training.summary(y, scope()));
        model.addAttribute("units", units.visible(scope()));
        model.addAttribute("pageLink", Pages.pageLink());
        return "enforcement/officers/training";
    }

    @GetMapping("/enforcement/training/export")
    void exportTraining(@RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "below", required = false) Boolean below, HttpServletResponse response)
            throws IOException {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        OfficerPages.startDownload(response, text("enforcement.officers.training.fileName") + "-" + y + ".xlsx");
        spreadsheets.exportTraining(y, unitId, below, scope(), response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    private String list(Model model, Integer year, ExamCommands.Session form) {
        model.addAttribute("year", year);
        model.addAttribute("sessions", exams.sessions(year, scope()));
        model.addAttribute("form", form);
        model.addAttribute("canManage", currentUsers.require().can("enforcement:manage"));
        return "enforcement/officers/exams";
    }

    private String show(Model model, ExamView exam) {
        model.addAttribute("exam", exam);
        model.addAttribute("candidates", exams.candidates(exam.id(), scope()));
        model.addAttribute("canManage", currentUsers.require().can("enforcement:manage"));
        return "enforcement/officers/exam";
    }

    private DataScope scope() {
        return currentUsers.require().scope();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
