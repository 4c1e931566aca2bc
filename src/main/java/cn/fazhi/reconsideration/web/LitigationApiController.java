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

import cn.fazhi.organisation.Regions;
import cn.fazhi.reconsideration.DateRange;
import cn.fazhi.reconsideration.LitigationCaseView;
import cn.fazhi.reconsideration.LitigationCases;
import cn.fazhi.reconsideration.LitigationForms.RecordAppearance;
import cn.fazhi.reconsideration.LitigationForms.RecordOutcome;
import cn.fazhi.reconsideration.LitigationForms.RecordPerformance;
import cn.fazhi.reconsideration.LitigationForms.RegisterLitigation;
import cn.fazhi.reconsideration.LitigationForms.RequirePerformance;
import cn.fazhi.reconsideration.LitigationCases.AppearanceRate;
import cn.fazhi.reconsideration.domain.LitigationStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Suits against district agencies over REST, and the 负责人出庭应诉 rate. */
@RestController
@RequestMapping("/api/v1/litigation")
@Tag(name = "litigation", description = "Administrative litigation (Administrative Litigation Law Art. 3(3): agency heads appear in court)")
@ApiResponse(responseCode = "400", description = "Bad input: problem body naming the field (Chinese by default)")
@ApiResponse(responseCode = "404", description = "No such case in the caller's scope")
@ApiResponse(responseCode = "409", description = "The step is not allowed in the case's current state, or the suit "
        + "changed since the version the step carries (every step's body carries the suit's version; without it, 400)")
class LitigationApiController {

    private final LitigationCases cases;

    LitigationApiController(LitigationCases cases) {
        this.cases = cases;
    }

    @PostMapping("/cases")
    @PreAuthorize("hasAuthority('litigation:edit')")
    @Operation(summary = "Register a suit against a district agency", description = "filedOn (立案日期) is required: "
            + "the suit counts in every figure by it, not by the day it is entered.")
    ResponseEntity<LitigationCaseView> register(@RequestBody RegisterLitigation form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(cases.register(form));
    }

    @GetMapping("/cases")
    @PreAuthorize("hasAuthority('litigation:view')")
    @Operation(summary = "Search suits in the caller's scope; mine=true keeps those assigned to the caller")
    List<LitigationCaseView> search(@RequestParam(required = false) LitigationStatus status,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean mine) {
        return mine ? cases.searchMine(status, q) : cases.search(status, q);
    }

    @GetMapping("/cases/{id}/assignees")
    @PreAuthorize("hasAuthority('litigation:edit')")
    @Operation(summary = "Users who may be assigned the suit: holding litigation:edit, their scope covering it")
    List<cn.fazhi.identity.Assignees.Assignee> assignees(@PathVariable long id) {
        return cases.assignees(id);
    }

    @PostMapping("/cases/{id}/assignment")
    @PreAuthorize("hasAuthority('litigation:edit')")
    @Operation(summary = "Assign the suit to a handler (timeline and audit)")
    LitigationCaseView assign(@PathVariable long id,
            @RequestBody cn.fazhi.reconsideration.ReconsiderationForms.AssignHandler form) {
        return cases.assign(id, form);
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize("hasAuthority('litigation:view')")
    @Operation(summary = "One suit with its hearings")
    LitigationCaseView get(@PathVariable long id) {
        return cases.get(id);
    }

    @GetMapping("/cases/{id}/timeline")
    @PreAuthorize("hasAuthority('litigation:view')")
    @Operation(summary = "The suit's timeline: every step with its time, actor and detail, oldest first",
            description = "A suit outside the caller's data scope is 404.")
    List<cn.fazhi.cases.TimelineEntry> timeline(@PathVariable long id) {
        return cases.timeline(id);
    }

    @PostMapping("/cases/{id}/hearings")
    @PreAuthorize("hasAuthority('litigation:edit')")
    @Operation(summary = "Record a hearing and who appeared for the agency",
            description = "HEAD/DEPUTY/IN_CHARGE need the head's name; NOT_APPEARED needs one of the 2020 SPC grounds "
                    + "and the staff sent.")
    LitigationCaseView hearing(@PathVariable long id, @RequestBody RecordAppearance form) {
        return cases.recordHearing(id, form);
    }

    @PostMapping("/cases/{id}/outcome")
    @PreAuthorize("hasAuthority('litigation:edit')")
    @Operation(summary = "Record the court's outcome")
    LitigationCaseView outcome(@PathVariable long id, @RequestBody RecordOutcome form) {
        return cases.recordOutcome(id, form);
    }

    @PostMapping("/cases/{id}/performance")
    @PreAuthorize("hasAuthority('litigation:edit')")
    @Operation(summary = "An effective judgment to perform within a number of days (a legal clock)")
    LitigationCaseView performance(@PathVariable long id, @RequestBody RequirePerformance form) {
        return cases.requirePerformance(id, form);
    }

    @PostMapping("/cases/{id}/performance-completed")
    @PreAuthorize("hasAuthority('litigation:edit')")
    @Operation(summary = "The judgment was performed")
    LitigationCaseView performed(@PathVariable long id, @RequestBody RecordPerformance form) {
        return cases.performed(id, form);
    }

    @PostMapping("/cases/{id}/closure")
    @PreAuthorize("hasAuthority('litigation:edit')")
    @Operation(summary = "Close a judged suit with nothing to perform")
    LitigationCaseView close(@PathVariable long id,
            @RequestBody(required = false) cn.fazhi.reconsideration.ReconsiderationForms.CaseVersion form) {
        return cases.close(id, form);
    }

    @GetMapping("/head-appearance-rate")
    @PreAuthorize("hasAuthority('litigation:view')")
    @Operation(summary = "Hearings with an agency head present over all hearings in a period, within the caller's scope")
    AppearanceRate rate(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) String region) {
        return cases.headAppearanceRate(new DateRange(from, to), region == null ? Regions.DISTRICT_CODE : region);
    }
}
