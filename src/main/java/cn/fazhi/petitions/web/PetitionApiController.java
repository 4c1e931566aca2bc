package cn.fazhi.petitions.web;

import java.io.IOException;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.cases.TimelineEntry;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.petitions.BacklogViews.Backlog;
import cn.fazhi.petitions.BacklogViews.Meeting;
import cn.fazhi.petitions.BacklogViews.Relapse;
import cn.fazhi.petitions.BacklogViews.Resolution;
import cn.fazhi.petitions.PetitionBacklog;
import cn.fazhi.petitions.PetitionCommands;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The backlog of long-standing petitions over REST: the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/petitions")
@Tag(name = "Petitions backlog", description = "信访积案：建档、领导包案、会商、化解（按首次信访至化解的年限分3—5年、5—10年、10年以上）、反弹")
@PreAuthorize("hasAuthority('petitions:view')")
class PetitionApiController {

    private final PetitionBacklog backlog;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;

    PetitionApiController(PetitionBacklog backlog, CurrentUsers currentUsers, CaseTimeline timeline) {
        this.backlog = backlog;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
    }

    record Detail(Backlog backlog, List<Meeting> meetings, List<Resolution> resolutions, List<Relapse> relapses,
            List<TimelineEntry> timeline, List<String> actions) {}

    @GetMapping
    @Operation(summary = "Search the backlog", description = "Within the caller's data scope (a unit: the cases it is "
            + "responsible for); filters: status, year taken in, age band, keyword")
    Paged<Backlog> search(@ParameterObject @Validated @ModelAttribute PetitionCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("petitions.error.paging");
        }
        return backlog.search(query, currentUsers.require().scope(), page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('petitions:manage')")
    @Operation(summary = "Take a petition into the backlog", description = "Petitioner (name, ID number and phone, "
            + "sealed), subject, first petition's day, responsible unit, day taken in, optionally the leader")
    Backlog open(@Validated @RequestBody PetitionCommands.Open c) {
        return backlog.open(c);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a case", description = "With meetings, resolutions, relapses, timeline and the steps "
            + "allowed now; outside the caller's scope: 404")
    Detail one(@PathVariable long id) {
        Backlog v = backlog.get(id);
        return new Detail(v, backlog.meetings(id), backlog.resolutions(id), backlog.relapses(id),
                timeline.of(PetitionBacklog.ref(id)), backlog.actions(v));
    }

    @PostMapping(path = "/{id}/steps/{step}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('petitions:manage')")
    @Operation(summary = "Take a step", description = "assign (leaderPost, leaderName), meet (on, attendees, text: "
            + "decisions), relapse (on, text: note); with the version read. resolve needs its evidence file: "
            + "send it as multipart")
    Backlog step(@PathVariable long id, @PathVariable String step,
            @Validated @RequestBody(required = false) PetitionCommands.Step c) {
        return backlog.step(id, step, c, null, null);
    }

    @PostMapping(path = "/{id}/steps/{step}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('petitions:manage')")
    @Operation(summary = "Take a step with a file", description = "resolve: on, text (measures), agreed (the "
            + "petitioner's agreement), version and the evidence file")
    Backlog stepWithFile(@PathVariable long id, @PathVariable String step,
            @Validated @ModelAttribute PetitionCommands.Step c,
            @RequestPart(name = "evidence", required = false) MultipartFile evidence) throws IOException {
        boolean file = evidence != null && !evidence.isEmpty();
        return backlog.step(id, step, c, file ? evidence.getOriginalFilename() : null,
                file ? evidence.getInputStream() : null);
    }
}
