package cn.fazhi.services.web;

import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
import cn.fazhi.services.ApplicationCommands;
import cn.fazhi.services.ApplicationView;
import cn.fazhi.services.Applications;
import cn.fazhi.services.Ratings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Applications (办件) over REST: the same permissions, scope and rules as the pages; bad input is a Chinese problem. */
@RestController
@RequestMapping("/api/v1/services/applications")
@Tag(name = "政务服务办件")
@PreAuthorize("hasAuthority('services:view')")
class ApplicationApiController {

    private final Applications applications;
    private final Ratings ratings;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseLinks links;

    ApplicationApiController(Applications applications, Ratings ratings, CurrentUsers currentUsers, CaseTimeline timeline,
            CaseLinks links) {
        this.applications = applications;
        this.ratings = ratings;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.links = links;
    }

    /** An application with its suspensions, rating, timeline, links and the steps the caller may take now. */
    record Detail(ApplicationView application, List<Applications.Suspension> suspensions, Ratings.RatingView rating,
            List<TimelineEntry> timeline, List<CaseLinks.Linked> links, List<String> actions) {}

    @GetMapping
    @Operation(summary = "查询办件", description = "本人数据范围内（责任部门、收件窗口或辖区）；可按状态、渠道、部门、收件年度、是否超承诺时限筛选")
    Paged<ApplicationView> search(@ParameterObject @ModelAttribute ApplicationCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("services.application.error.paging");
        }
        return applications.search(query, currentUsers.require().scope(), page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('services:intake')")
    @Operation(summary = "窗口收件", description = "channel: WINDOW 窗口、SELF_SERVICE 自助、AGENT 代办（须代办人姓名和身份证号）；"
            + "申请人 PERSON 身份证号或 ENTERPRISE 统一社会信用代码，加密存储、脱敏显示")
    ApplicationView receive(@RequestBody(required = false) ApplicationCommands.Receive c) {
        return applications.receive(c);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看办件", description = "含法定时限、承诺时限、暂停计时、评价、时间线和可办理的步骤；不在数据范围内的返回 404")
    Detail one(@PathVariable long id) {
        ApplicationView v = applications.get(id);
        return new Detail(v, applications.suspensions(id), ratings.find(id).orElse(null),
                timeline.of(Applications.ref(id)), links.of(Applications.ref(id)), applications.actions(v));
    }

    @PostMapping("/{id}/steps/{step}")
    @Operation(summary = "办理步骤", description = "correct 一次告知补正（许可事项5个工作日内）、accept 受理、reject 不予受理、"
            + "instant 即办当场办结、extend 延长期限（许可法第四十二条，一次）、suspend/resume 听证检验等暂停计时（第四十五条）、"
            + "grant 准予、refuse 不予许可（须理由和救济告知）、serve 送达、explain 超承诺时限说明（公开）。须带 version")
    ApplicationView step(@PathVariable long id, @PathVariable String step,
            @RequestBody(required = false) ApplicationCommands.Step c) {
        return applications.step(id, step, c);
    }

    @PostMapping("/{id}/rating")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "记录好差评", description = "办结后一次一评：score 1–5；实名差评自动发起整改并待回访")
    Ratings.RatingView rate(@PathVariable long id, @RequestBody(required = false) ApplicationCommands.Rate c) {
        return ratings.rate(id, c);
    }

    @PostMapping("/{id}/rating/visit")
    @Operation(summary = "差评回访", description = "记录实名差评的回访日期和情况，一次")
    Ratings.RatingView visit(@PathVariable long id, @RequestBody(required = false) ApplicationCommands.Visit c) {
        return ratings.visit(id, c);
    }
}
