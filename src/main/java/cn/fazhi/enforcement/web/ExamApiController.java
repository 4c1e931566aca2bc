package cn.fazhi.enforcement.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.enforcement.ExamCandidateView;
import cn.fazhi.enforcement.ExamCommands;
import cn.fazhi.enforcement.ExamView;
import cn.fazhi.enforcement.Exams;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Qualification exam sessions, candidates and results over REST. */
@RestController
@RequestMapping("/api/v1/enforcement/exams")
@Tag(name = "enforcement-exams", description = "行政执法资格考试：场次、考生、成绩")
class ExamApiController {

    private final Exams exams;
    private final CurrentUsers currentUsers;

    ExamApiController(Exams exams, CurrentUsers currentUsers) {
        this.exams = exams;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "考试场次", description = "某年（可空）各场次报名、参考、合格人数（仅计数据范围内考生）")
    List<ExamView> sessions(@RequestParam(name = "year", required = false) Integer year) {
        return exams.sessions(year, currentUsers.require().scope());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "新建考试场次", description = "合格分数线为空时取 fazhi.enforcement.officers.exam-pass-mark")
    ExamView create(@Validated @RequestBody ExamCommands.Session c) {
        CurrentUser me = currentUsers.require();
        return exams.create(c, me.unitId(), me.regionCode(), me.scope());
    }

    @GetMapping("/{id}/candidates")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "考生及成绩", description = "数据范围内的考生")
    List<ExamCandidateView> candidates(@PathVariable long id) {
        return exams.candidates(id, currentUsers.require().scope());
    }

    @PostMapping("/{id}/candidates")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "报名", description = "同一人员同一场次只能报名一次")
    ExamCandidateView enter(@PathVariable long id, @Validated @RequestBody ExamCommands.Candidate c) {
        return exams.enter(id, c, currentUsers.require().scope());
    }

    @PostMapping("/candidates/{candidateId}/result")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "登记成绩", description = "参考者须有分数，缺考者不得有分数；达到分数线即合格")
    ExamCandidateView result(@PathVariable long candidateId, @Validated @RequestBody ExamCommands.Result r) {
        return exams.record(candidateId, r, currentUsers.require().scope());
    }
}
