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

import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.cases.TimelineEntry;
import cn.fazhi.enterprises.EnterpriseRequests;
import cn.fazhi.enterprises.Enterprises;
import cn.fazhi.enterprises.RequestCommands;
import cn.fazhi.enterprises.RequestRoute;
import cn.fazhi.enterprises.RequestSuggestion;
import cn.fazhi.enterprises.RequestView;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Enterprise requests over REST: the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/enterprises/requests")
@Tag(name = "Enterprise requests")
@PreAuthorize("hasAuthority('enterprises:view')")
class RequestApiController {

    private final EnterpriseRequests requests;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseLinks links;

    RequestApiController(EnterpriseRequests requests, CurrentUsers currentUsers, CaseTimeline timeline, CaseLinks links) {
        this.requests = requests;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.links = links;
    }

    /** A request with its routings, the suggested units (for the desk), timeline, links and the steps allowed now. */
    record Detail(RequestView request, List<RequestRoute> routes, List<RequestSuggestion> suggestions,
            List<TimelineEntry> timeline, List<CaseLinks.Linked> links, List<String> actions) {}

    @GetMapping
    @Operation(summary = "Search requests", description = "Within the caller's data scope; filters: status, category, "
            + "unit, supervised (overdue or returned), year filed, keyword")
    Paged<RequestView> search(@ParameterObject @Validated @ModelAttribute RequestCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("enterprises.requests.error.paging");
        }
        return requests.search(query, currentUsers.require().scope(), page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enterprises:dispatch')")
    @Operation(summary = "File a request on an enterprise's behalf", description = "The desk: the enterprise's USCC, "
            + "a category code of the settings, title, content, the day filed (default today)")
    RequestView file(@Validated @RequestBody RequestCommands.File c) {
        return requests.file(c);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a request", description = "With routings, suggested units and their reasons (desk), "
            + "timeline, links and the steps allowed now; outside the caller's scope: 404")
    Detail one(@PathVariable long id) {
        RequestView v = requests.get(id);
        List<String> actions = requests.actions(v);
        boolean desk = currentUsers.can(Enterprises.DISPATCH) && actions.contains("route");
        return new Detail(v, requests.routes(id), desk ? requests.suggestions(id) : List.of(),
                timeline.of(EnterpriseRequests.ref(id)), links.of(EnterpriseRequests.ref(id)), actions);
    }

    @GetMapping("/{id}/suggestions")
    @PreAuthorize("hasAuthority('enterprises:dispatch')")
    @Operation(summary = "Suggested units", description = "From the power and responsibility list in force on the day "
            + "filed: the power whose name the request's text matches, its basis and the words matched")
    List<RequestSuggestion> suggestions(@PathVariable long id) {
        return requests.suggestions(id);
    }

    @PostMapping("/{id}/steps/{step}")
    @Operation(summary = "Take a step", description = "route (unitId; reason when not the first suggestion), sign, "
            + "return (reason), answer (text), urge (text, the escalation note), close, rate (rating, text); with "
            + "the version read")
    RequestView step(@PathVariable long id, @PathVariable String step,
            @Validated @RequestBody(required = false) RequestCommands.Step c) {
        return requests.step(id, step, c);
    }
}
