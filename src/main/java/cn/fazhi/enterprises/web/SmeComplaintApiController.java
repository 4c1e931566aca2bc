package cn.fazhi.enterprises.web;

import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.cases.TimelineEntry;
import cn.fazhi.enterprises.SmeComplaintCommands;
import cn.fazhi.enterprises.SmeComplaintView;
import cn.fazhi.enterprises.SmeComplaints;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** SME payment complaints over REST: the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/enterprises/sme-complaints")
@Tag(name = "SME payment complaints")
@PreAuthorize("hasAuthority('enterprises:view')")
class SmeComplaintApiController {

    private final SmeComplaints complaints;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;

    SmeComplaintApiController(SmeComplaints complaints, CurrentUsers currentUsers, CaseTimeline timeline) {
        this.complaints = complaints;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
    }

    record Detail(SmeComplaintView complaint, List<TimelineEntry> timeline, List<String> actions) {}

    @GetMapping
    @Operation(summary = "Search complaints", description = "Within the caller's data scope; filters: status, year "
            + "received, keyword")
    Paged<SmeComplaintView> search(@ParameterObject @Validated @ModelAttribute SmeComplaintCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("enterprises.requests.error.paging");
        }
        return complaints.search(query, currentUsers.require().scope(), page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enterprises:dispatch')")
    @Operation(summary = "Receive a complaint", description = "The desk, on an SME's behalf: USCC, the district body "
            + "owing the payment, amount, the day it was due, contract reference, content, the day received")
    SmeComplaintView file(@Validated @RequestBody SmeComplaintCommands.File c) {
        return complaints.file(c);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a complaint", description = "With its clocks (Arts. 24, 25), timeline and the steps "
            + "allowed now; outside the caller's scope: 404")
    Detail one(@PathVariable long id) {
        SmeComplaintView v = complaints.get(id);
        return new Detail(v, timeline.of(SmeComplaints.ref(id)), complaints.actions(v));
    }

    @PostMapping("/{id}/steps/{step}")
    @Operation(summary = "Take a step", description = "accept, refuse (reason), transfer (unitId: the handling body), "
            + "extend (extendTo, reason, approver; within 90 days), supervise (text), conclude (text); with the "
            + "version read")
    SmeComplaintView step(@PathVariable long id, @PathVariable String step,
            @Validated @RequestBody(required = false) SmeComplaintCommands.Step c) {
        return complaints.step(id, step, c);
    }
}
