package cn.fazhi.reconsideration.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.reconsideration.DateRange;
import cn.fazhi.reconsideration.ReconsiderationCaseView;
import cn.fazhi.reconsideration.ReconsiderationCases;
import cn.fazhi.reconsideration.ReconsiderationForms.AcceptApplication;
import cn.fazhi.reconsideration.ReconsiderationForms.CaseVersion;
import cn.fazhi.reconsideration.ReconsiderationForms.DeclineApplication;
import cn.fazhi.reconsideration.ReconsiderationForms.DismissApplication;
import cn.fazhi.reconsideration.ReconsiderationForms.ExtendDecisionPeriod;
import cn.fazhi.reconsideration.ReconsiderationForms.IssueDecision;
import cn.fazhi.reconsideration.ReconsiderationForms.IssueOpinionLetter;
import cn.fazhi.reconsideration.ReconsiderationForms.RecordDate;
import cn.fazhi.reconsideration.ReconsiderationForms.RecordHearing;
import cn.fazhi.reconsideration.ReconsiderationForms.RegisterApplication;
import cn.fazhi.reconsideration.ReconsiderationForms.RegisterConsultation;
import cn.fazhi.reconsideration.ReconsiderationForms.RequestCorrection;
import cn.fazhi.reconsideration.ReconsiderationForms.ResumeCase;
import cn.fazhi.reconsideration.ReconsiderationForms.ScheduleHearing;
import cn.fazhi.reconsideration.ReconsiderationForms.SuspendCase;
import cn.fazhi.reconsideration.ReconsiderationForms.SwitchToOrdinary;
import cn.fazhi.reconsideration.ReconsiderationForms.TerminateCase;
import cn.fazhi.reconsideration.domain.ReconsiderationRepository.PointCount;
import cn.fazhi.reconsideration.domain.Status;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Reconsideration cases over REST. Each transition is its own POST; a step not allowed in the case's current state is
 * a 409, bad input a 400, a case outside the caller's scope a 404 — all RFC 9457 problems in Chinese by default.
 */
@RestController
@RequestMapping("/api/v1/reconsideration")
@Tag(name = "reconsideration", description = "Administrative reconsideration (Reconsideration Law as revised 2023)")
@ApiResponse(responseCode = "400", description = "Bad input: problem body naming the field (Chinese by default)")
@ApiResponse(responseCode = "404", description = "No such case in the caller's scope")
@ApiResponse(responseCode = "409", description = "The step is not allowed in the case's current state, or the case "
        + "changed since the version the step carries (every step's body carries the case's version; without it, 400)")
class ReconsiderationApiController {

    private final ReconsiderationCases cases;

    ReconsiderationApiController(ReconsiderationCases cases) {
        this.cases = cases;
    }

    @PostMapping("/cases")
    @PreAuthorize("hasAuthority('reconsideration:register')")
    @Operation(summary = "Register an application", description = "Receipt date by channel (POST: the day signed for); "
            + "the 60-day window of Art. 20 is computed and a late application flagged, not refused; the five-working-day "
            + "acceptance review clock starts (Art. 30).")
    ResponseEntity<ReconsiderationCaseView> register(@RequestBody RegisterApplication form) {
        cn.fazhi.platform.web.FormRejected.throwIfAny(
                ApplicationFormCheck.check(cases, form, new cn.fazhi.platform.web.FormErrors()));
        return ResponseEntity.status(HttpStatus.CREATED).body(cases.register(form));
    }

    @GetMapping("/cases")
    @PreAuthorize("hasAuthority('reconsideration:view')")
    @Operation(summary = "Search cases in the caller's scope; mine=true keeps those assigned to the caller")
    List<ReconsiderationCaseView> search(@RequestParam(required = false) Status status,
            @RequestParam(required = false) String township, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean mine) {
        return mine ? cases.searchMine(status, township, overdue, q) : cases.search(status, township, overdue, q);
    }

    @PostMapping("/cases/{id}/third-parties")
    @PreAuthorize("hasAnyAuthority('reconsideration:register', 'reconsideration:handle')")
    @Operation(summary = "A third party joins (Art. 16): a person (ID number checked, stored encrypted) or an organisation (USCC checked)")
    ReconsiderationCaseView thirdParty(@PathVariable long id,
            @RequestBody cn.fazhi.reconsideration.ReconsiderationForms.ThirdParty form) {
        return cases.addThirdParty(id, form);
    }

    @GetMapping("/cases/{id}/assignees")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    @Operation(summary = "Users who may be assigned the case: holding reconsideration:handle, their scope covering it")
    List<cn.fazhi.identity.Assignees.Assignee> assignees(@PathVariable long id) {
        return cases.assignees(id);
    }

    @PostMapping("/cases/{id}/assignment")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    @Operation(summary = "Assign the case to a handler (timeline and audit)")
    ReconsiderationCaseView assign(@PathVariable long id,
            @RequestBody cn.fazhi.reconsideration.ReconsiderationForms.AssignHandler form) {
        return cases.assign(id, form);
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize("hasAuthority('reconsideration:view')")
    @Operation(summary = "One case with its clocks and the steps possible now")
    ReconsiderationCaseView get(@PathVariable long id) {
        return cases.get(id);
    }

    @GetMapping("/cases/{id}/timeline")
    @PreAuthorize("hasAuthority('reconsideration:view')")
    @Operation(summary = "The case's timeline: every step with its time, actor and detail, oldest first",
            description = "A case outside the caller's data scope is 404.")
    List<cn.fazhi.cases.TimelineEntry> timeline(@PathVariable long id) {
        return cases.timeline(id);
    }

    @PostMapping("/cases/{id}/acceptance")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    @Operation(summary = "Accept (Art. 30); SIMPLIFIED only within Art. 53", description = "Decided after the "
            + "five-working-day review ended, the application counts as accepted from the review's last day "
            + "(Art. 30(2)) and the decision period runs from then.")
    ReconsiderationCaseView accept(@PathVariable long id, @RequestBody AcceptApplication form) {
        return cases.accept(id, form);
    }

    @PostMapping("/cases/{id}/non-acceptance")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    @Operation(summary = "Not accepted, with reasons and the competent organ (Art. 30)")
    ReconsiderationCaseView decline(@PathVariable long id, @RequestBody DeclineApplication form) {
        return cases.decline(id, form);
    }

    @PostMapping("/cases/{id}/correction-notice")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    @Operation(summary = "Correction notice listing all items at once; 10 working days to reply (Art. 31)")
    ReconsiderationCaseView correction(@PathVariable long id, @RequestBody RequestCorrection form) {
        return cases.requestCorrection(id, form);
    }

    @PostMapping("/cases/{id}/correction-reply")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    @Operation(summary = "The corrections arrived; the acceptance review restarts from that day (Art. 31)")
    ReconsiderationCaseView correctionReply(@PathVariable long id, @RequestBody RecordDate form) {
        return cases.correctionReceived(id, form);
    }

    @PostMapping("/cases/{id}/abandonment")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    @Operation(summary = "Deemed abandoned once the correction period ran out (Art. 31)")
    ReconsiderationCaseView abandon(@PathVariable long id, @RequestBody(required = false) CaseVersion form) {
        return cases.abandon(id, form == null ? null : form.version());
    }

    @PostMapping("/cases/{id}/deemed-acceptance")
    @PreAuthorize("hasAuthority('reconsideration:review')")
    @Operation(summary = "Deemed accepted once the review period ran out without a decision (Art. 30(2))")
    ReconsiderationCaseView deemAccepted(@PathVariable long id, @RequestBody(required = false) CaseVersion form) {
        return cases.deemAccepted(id, form == null ? null : form.version());
    }

    @PostMapping("/cases/{id}/copy-served")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    @Operation(summary = "Copy sent to the respondent (7/3 working days, Arts. 48, 54); starts the answer clock")
    ReconsiderationCaseView serve(@PathVariable long id, @RequestBody RecordDate form) {
        return cases.serveCopy(id, form);
    }

    @PostMapping("/cases/{id}/answer")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    @Operation(summary = "The respondent's answer arrived (10/5 working days, Arts. 48, 54)")
    ReconsiderationCaseView answer(@PathVariable long id, @RequestBody RecordDate form) {
        return cases.answerReceived(id, form);
    }

    @PostMapping("/cases/{id}/hearing")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    @Operation(summary = "Fix a hearing; notice at least five working days before (Art. 51)")
    ReconsiderationCaseView hearing(@PathVariable long id, @RequestBody ScheduleHearing form) {
        return cases.scheduleHearing(id, form);
    }

    @PostMapping("/cases/{id}/hearing-record")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    @Operation(summary = "The hearing was held; whether the respondent's head attended (Art. 51(3))")
    ReconsiderationCaseView hearingRecord(@PathVariable long id, @RequestBody RecordHearing form) {
        return cases.recordHearing(id, form);
    }

    @PostMapping("/cases/{id}/procedure-switch")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    @Operation(summary = "Simplified → ordinary with approval (Art. 55)")
    ReconsiderationCaseView switchProcedure(@PathVariable long id, @RequestBody SwitchToOrdinary form) {
        return cases.switchToOrdinary(id, form);
    }

    @PostMapping("/cases/{id}/extension")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    @Operation(summary = "Extend the ordinary decision period once by at most 30 days (Art. 62)",
            description = "approvedOn: the day the organ's head approved, within the period; it may be recorded later.")
    ReconsiderationCaseView extend(@PathVariable long id, @RequestBody ExtendDecisionPeriod form) {
        return cases.extendDecisionPeriod(id, form);
    }

    @PostMapping("/cases/{id}/suspension")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    @Operation(summary = "Suspend (Art. 39): the decision clock stops")
    ReconsiderationCaseView suspend(@PathVariable long id, @RequestBody SuspendCase form) {
        return cases.suspend(id, form);
    }

    @PostMapping("/cases/{id}/resumption")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    @Operation(summary = "Resume (Art. 39): the decision clock runs again")
    ReconsiderationCaseView resume(@PathVariable long id, @RequestBody ResumeCase form) {
        return cases.resume(id, form);
    }

    @PostMapping("/cases/{id}/decision")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    @Operation(summary = "Issue a decision (Arts. 63–69) or a mediation statement (Art. 73)")
    ReconsiderationCaseView decide(@PathVariable long id, @RequestBody IssueDecision form) {
        return cases.decide(id, form);
    }

    @PostMapping("/cases/{id}/termination")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    @Operation(summary = "Terminate (Arts. 41, 74)")
    ReconsiderationCaseView terminate(@PathVariable long id, @RequestBody TerminateCase form) {
        return cases.terminate(id, form);
    }

    @PostMapping("/cases/{id}/dismissal")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    @Operation(summary = "Dismiss the application after acceptance (Art. 33)")
    ReconsiderationCaseView dismiss(@PathVariable long id, @RequestBody DismissApplication form) {
        return cases.dismiss(id, form);
    }

    @PostMapping("/cases/{id}/opinion-letter")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    @Operation(summary = "Opinion letter to the respondent; 60-day follow-up clock (Art. 76)")
    ReconsiderationCaseView opinion(@PathVariable long id, @RequestBody IssueOpinionLetter form) {
        return cases.issueOpinionLetter(id, form);
    }

    @PostMapping("/cases/{id}/opinion-reply")
    @PreAuthorize("hasAuthority('reconsideration:handle')")
    @Operation(summary = "The respondent reported its correction (Art. 76)")
    ReconsiderationCaseView opinionReply(@PathVariable long id, @RequestBody RecordDate form) {
        return cases.opinionReplied(id, form);
    }

    @PostMapping("/cases/{id}/decision-served")
    @PreAuthorize("hasAnyAuthority('reconsideration:review', 'reconsideration:handle')")
    @Operation(summary = "The applicant received the decision (Art. 75); the 15-day suit period starts (Art. 34, 行政诉讼法 Art. 45)")
    ReconsiderationCaseView decisionServed(@PathVariable long id, @RequestBody RecordDate form) {
        return cases.decisionServed(id, form);
    }

    @PostMapping("/consultations")
    @PreAuthorize("hasAuthority('reconsideration:register')")
    @Operation(summary = "Register a consultation at a consultation point")
    ResponseEntity<Void> consultation(@RequestBody RegisterConsultation form) {
        cases.registerConsultation(form);
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @GetMapping("/consultations/counts")
    @PreAuthorize("hasAuthority('reconsideration:view')")
    @Operation(summary = "Consultations per point in a period")
    List<PointCount> consultationCounts(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        DateRange period = new DateRange(from, to);
        return cases.consultationCounts(period.from(), period.to());
    }
}
