package cn.fazhi.enterprises.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.cases.TimelineEntry;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.Enterprises;
import cn.fazhi.enterprises.Policies;
import cn.fazhi.enterprises.PolicyApplicationView;
import cn.fazhi.enterprises.PolicyApplications;
import cn.fazhi.enterprises.PolicyCommands;
import cn.fazhi.enterprises.PolicyMatch;
import cn.fazhi.enterprises.PolicyMatcher;
import cn.fazhi.enterprises.PolicyView;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 惠企政策 and policy applications over REST: the same permissions, scope and rules as the pages. */
@RestController
@Tag(name = "惠企政策与政策兑现")
@PreAuthorize("hasAuthority('enterprises:view')")
class PolicyApiController {

    private final Policies policies;
    private final PolicyMatcher matcher;
    private final PolicyApplications applications;
    private final Enterprises enterprises;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final Clock clock;

    PolicyApiController(Policies policies, PolicyMatcher matcher, PolicyApplications applications,
            Enterprises enterprises, CurrentUsers currentUsers, CaseTimeline timeline, Clock clock) {
        this.policies = policies;
        this.matcher = matcher;
        this.applications = applications;
        this.enterprises = enterprises;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** An application with its timeline and the steps the caller may take now. */
    record Detail(PolicyApplicationView application, List<TimelineEntry> timeline, List<String> actions) {}

    private static void paging(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("policies.error.paging");
        }
    }

    @GetMapping("/api/v1/enterprises/policies")
    @Operation(summary = "查询惠企政策", description = "可按关键词（名称、文号、摘要）、状态 DRAFT/PUBLISHED/WITHDRAWN、兑现审核单位筛选")
    Paged<PolicyView> search(@ParameterObject @ModelAttribute PolicyCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return policies.search(query, page, size);
    }

    @PostMapping("/api/v1/enterprises/policies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enterprises:manage')")
    @Operation(summary = "新增惠企政策（草稿）", description = "发文单位、名称、文号、摘要、有效期、扶持内容与金额上限（元）、申报时间、兑现审核单位、"
            + "申报条件 conditions（attribute INDUSTRY/SIZE/REGION/AGE/CERTIFICATION/REVENUE/EMPLOYEES，operator IN/NOT_IN/GE/LE/ALL，value）")
    PolicyView create(@RequestBody PolicyCommands.Save c) {
        return policies.create(c);
    }

    @GetMapping("/api/v1/enterprises/policies/{id}")
    @Operation(summary = "查看惠企政策")
    PolicyView one(@PathVariable long id) {
        return policies.get(id);
    }

    @PutMapping("/api/v1/enterprises/policies/{id}")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    @Operation(summary = "修改惠企政策", description = "草稿或已发布的政策；须带读取时的 version；申报条件整体替换")
    PolicyView update(@PathVariable long id, @RequestBody PolicyCommands.Save c) {
        return policies.update(id, c);
    }

    @PostMapping("/api/v1/enterprises/policies/{id}/publish")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    @Operation(summary = "发布惠企政策", description = "草稿 → 已发布；须带 version")
    PolicyView publish(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version) {
        return policies.publish(id, version);
    }

    @PostMapping("/api/v1/enterprises/policies/{id}/withdraw")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    @Operation(summary = "撤回惠企政策", description = "已发布 → 已撤回；须带 version")
    PolicyView withdraw(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version) {
        return policies.withdraw(id, version);
    }

    @GetMapping("/api/v1/enterprises/policies/match")
    @Operation(summary = "企业政策匹配", description = "某企业与某日有效的全部政策逐条比对：是否符合，以及每个条件的符合/不符合说明；符合的排在前面")
    List<PolicyMatch> match(@RequestParam(name = "enterpriseId") long enterpriseId,
            @RequestParam(name = "on", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        EnterpriseView e = enterprises.find(enterpriseId)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return matcher.matchAll(e, on == null ? LocalDate.now(clock) : on, LocaleContextHolder.getLocale());
    }

    @GetMapping("/api/v1/enterprises/policy-applications")
    @Operation(summary = "查询政策兑现申请", description = "本人数据范围内（兑现审核单位本单位的、全区角色全部）；可按关键词、状态、政策、申请年度、是否逾期筛选")
    Paged<PolicyApplicationView> applications(@ParameterObject @ModelAttribute PolicyCommands.ApplicationQuery query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return applications.search(query, currentUsers.require().scope(), page, size);
    }

    @PostMapping("/api/v1/enterprises/policy-applications")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enterprises:manage')")
    @Operation(summary = "代企业提交政策兑现申请", description = "营商环境专员代为申请：enterpriseId、policyId、申请的扶持事项、金额（元）、申请说明、材料清单；"
            + "提交时重新比对资格，不符合的返回 400 并列出不符合的条件")
    PolicyApplicationView apply(@RequestBody PolicyCommands.Apply c) {
        return applications.submitOnBehalf(c);
    }

    @GetMapping("/api/v1/enterprises/policy-applications/{id}")
    @Operation(summary = "查看政策兑现申请", description = "含资格比对说明、时限、时间线和可办理的步骤；不在数据范围内的返回 404")
    Detail application(@PathVariable long id) {
        PolicyApplicationView v = applications.get(id);
        return new Detail(v, timeline.of(PolicyApplications.ref(id)), applications.actions(v));
    }

    @PostMapping("/api/v1/enterprises/policy-applications/{id}/steps/{step}")
    @Operation(summary = "办理政策兑现申请步骤", description = "accept 受理、return 退回补正（reason，限一次）、resubmit 补正后重新提交（text）、"
            + "grant 核定兑现（amount，元，不超过政策上限）、refuse 不予兑现（reason）、pay 登记拨付。须带读取时的 version；只有兑现审核单位可以决定")
    PolicyApplicationView step(@PathVariable long id, @PathVariable String step,
            @Validated @RequestBody(required = false) PolicyCommands.Step c) {
        return applications.step(id, step, c);
    }
}
