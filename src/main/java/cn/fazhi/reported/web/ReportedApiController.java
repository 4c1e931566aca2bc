package cn.fazhi.reported.web;

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
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reported.ReportedCommands;
import cn.fazhi.reported.ReportedFigures;
import cn.fazhi.reported.ReportedViews.Definition;
import cn.fazhi.reported.ReportedViews.Submission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reported figures over REST: the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/reported-figures")
@Tag(name = "Reported figures", description = "填报数据：其他机关系统中的数字，由报送单位填报、依法治区办审核后作为指标 reported.<code>")
@PreAuthorize("hasAuthority('reported:view')")
class ReportedApiController {

    private final ReportedFigures figures;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;

    ReportedApiController(ReportedFigures figures, CurrentUsers currentUsers, CaseTimeline timeline) {
        this.figures = figures;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
    }

    record Detail(Submission submission, List<TimelineEntry> timeline, List<String> actions) {}

    @GetMapping("/definitions")
    @Operation(summary = "List definitions", description = "Each definition is the indicator reported.<code>")
    List<Definition> definitions() {
        return figures.definitions();
    }

    @PostMapping("/definitions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('reported:approve')")
    @Operation(summary = "Add a definition", description = "The office: code, name, figureUnit (COUNT, PERCENT, YUAN), "
            + "the submitting unit, the source system; yearly")
    Definition define(@Validated @RequestBody ReportedCommands.Define c) {
        return figures.define(c);
    }

    @GetMapping
    @Operation(summary = "Search submissions", description = "Within the caller's data scope; filters: status, year, "
            + "keyword")
    Paged<Submission> search(@ParameterObject @Validated @ModelAttribute ReportedCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("reported.error.paging");
        }
        return figures.search(query, currentUsers.require().scope(), page, size);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('reported:submit')")
    @Operation(summary = "Submit a figure", description = "The definition's own unit: definitionId, periodYear, value, "
            + "sourceSystem, note and the evidence file (required)")
    Submission submit(@Validated @ModelAttribute ReportedCommands.Submit c,
            @RequestPart(name = "evidence", required = false) MultipartFile evidence) throws IOException {
        if (evidence == null || evidence.isEmpty()) {
            throw UserFacingException.badRequest("reported.error.evidenceRequired");
        }
        return figures.submit(c, evidence.getOriginalFilename(), evidence.getInputStream());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a submission", description = "With its timeline and the steps the caller may take; "
            + "outside the caller's scope: 404")
    Detail one(@PathVariable long id) {
        Submission s = figures.get(id);
        return new Detail(s, timeline.of(ReportedFigures.ref(id)), figures.actions(s));
    }

    @PostMapping("/{id}/steps/{step}")
    @PreAuthorize("hasAuthority('reported:approve')")
    @Operation(summary = "Approve or return", description = "approve, return (reason); never one's own submission; "
            + "with the version read")
    Submission step(@PathVariable long id, @PathVariable String step,
            @Validated @RequestBody(required = false) ReportedCommands.Decide c) {
        return figures.decide(id, step, c);
    }
}
