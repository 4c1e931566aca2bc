package cn.fazhi.services.web;

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
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.services.CrossRegionCommands;
import cn.fazhi.services.CrossRegionHandovers;
import cn.fazhi.services.CrossRegionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Cross-region hand-overs over REST: the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/services/cross-region")
@Tag(name = "跨域通办")
@PreAuthorize("hasAuthority('services:view')")
class CrossRegionApiController {

    private final CrossRegionHandovers handovers;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseLinks links;

    CrossRegionApiController(CrossRegionHandovers handovers, CurrentUsers currentUsers, CaseTimeline timeline,
            CaseLinks links) {
        this.handovers = handovers;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.links = links;
    }

    /** A hand-over with its timeline, links and the steps the caller may take now. */
    record Detail(CrossRegionView handover, List<TimelineEntry> timeline, List<CaseLinks.Linked> links,
            List<String> actions) {}

    @GetMapping
    @Operation(summary = "查询跨域通办件", description = "本人数据范围内；可按方向（OUT 代收、IN 外地代收本区事项）、合作地区、状态筛选")
    Paged<CrossRegionView> search(@ParameterObject @Validated @ModelAttribute CrossRegionCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("services.crossRegion.error.paging");
        }
        return handovers.search(query, currentUsers.require().scope(), page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记跨域通办件", description = "OUT：窗口代收合作地区事项（本单位）；IN：合作地区代收本区事项（转来）。"
            + "事项须在收件日与该地区约定通办且有效")
    CrossRegionView register(@Validated @RequestBody(required = false) CrossRegionCommands.Register c) {
        return handovers.register(c);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看跨域通办件", description = "不在数据范围内的返回 404")
    Detail one(@PathVariable long id) {
        CrossRegionView v = handovers.get(id);
        return new Detail(v, timeline.of(CrossRegionHandovers.ref(id)), links.of(CrossRegionHandovers.ref(id)),
                handovers.actions(v));
    }

    @PostMapping("/{id}/steps/{step}")
    @Operation(summary = "办理跨域通办步骤", description = "send 寄递材料、result 登记办理结果、deliver 送达申请人（OUT）；"
            + "accept 受理、return 回传结果（IN）。须带读取时的 version，过期返回 409")
    CrossRegionView step(@PathVariable long id, @PathVariable String step,
            @Validated @RequestBody(required = false) CrossRegionCommands.Step c) {
        return handovers.step(id, step, c);
    }
}
