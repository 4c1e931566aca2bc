package cn.fazhi.mediation.web;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.cases.TimelineEntry;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.mediation.CommitteeView;
import cn.fazhi.mediation.DisputeCommands;
import cn.fazhi.mediation.DisputePage;
import cn.fazhi.mediation.DisputeQuery;
import cn.fazhi.mediation.DisputeView;
import cn.fazhi.mediation.Disputes;
import cn.fazhi.mediation.MediationCommittees;
import cn.fazhi.mediation.MediatorView;
import cn.fazhi.platform.scope.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * People's mediation over REST: the same permissions and data scope as the pages (the kernel's scoped load), every
 * invalid field of a command reported at once (RFC 9457 problem with an {@code errors} array). The figures are the
 * indicators' ({@code /api/v1/indicators}).
 */
@RestController
@RequestMapping("/api/v1/mediation")
@Tag(name = "mediation", description = "人民调解：纠纷登记、受理、调解、协议、司法确认")
class MediationApiController {

    private final Disputes disputes;
    private final MediationCommittees committees;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseAttachments attachments;

    MediationApiController(Disputes disputes, MediationCommittees committees, CurrentUsers currentUsers,
            CaseTimeline timeline, CaseAttachments attachments) {
        this.timeline = timeline;
        this.attachments = attachments;
        this.disputes = disputes;
        this.committees = committees;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/disputes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('mediation:register')")
    @Operation(summary = "登记纠纷", description = "案号按乡镇（或区级）分别连续编号，并冠以乡镇简称，如“咸安温泉调〔2026〕5号”，全区不重复；当事人证件号码和电话加密保存")
    DisputeView register(@Valid @RequestBody DisputeCommands.Register form) {
        return disputes.register(form, currentUsers.require());
    }

    @GetMapping("/disputes")
    @PreAuthorize("hasAuthority('mediation:view')")
    @Operation(summary = "查询纠纷", description = "按状态、乡镇、类别、司法确认期限是否已过筛选，分页")
    DisputePage search(@ParameterObject @ModelAttribute DisputeQuery query) {
        return disputes.search(query, scope());
    }

    @GetMapping("/disputes/{id}")
    @PreAuthorize("hasAuthority('mediation:view')")
    @Operation(summary = "查看纠纷", description = "当事人证件号码、电话已脱敏；不在本人数据范围内的纠纷返回 404")
    DisputeView one(@PathVariable long id) {
        return disputes.find(id);
    }

    @GetMapping("/disputes/{id}/timeline")
    @PreAuthorize("hasAuthority('mediation:view')")
    @Operation(summary = "办理经过", description = "每一步的时间、办理人和动作")
    List<TimelineEntry> timeline(@PathVariable long id) {
        one(id);
        return timeline.of(Disputes.ref(id));
    }

    @GetMapping("/disputes/{id}/attachments")
    @PreAuthorize("hasAuthority('mediation:view')")
    @Operation(summary = "附件清单", description = "下载：/api/v1/attachments/{attachmentId}（下载前校验 SM3）")
    List<Attachment> attachments(@PathVariable long id) {
        one(id);
        return attachments.of(Disputes.ref(id));
    }

    @PostMapping("/disputes/{id}/accept")
    @PreAuthorize("hasAuthority('mediation:handle')")
    @Operation(summary = "受理")
    DisputeView accept(@PathVariable long id, @Valid @RequestBody DisputeCommands.Accept c) {
        return disputes.accept(id, c);
    }

    @PostMapping("/disputes/{id}/decline")
    @PreAuthorize("hasAuthority('mediation:handle')")
    @Operation(summary = "不予受理")
    DisputeView decline(@PathVariable long id, @Valid @RequestBody DisputeCommands.Decline c) {
        return disputes.decline(id, c);
    }

    @PostMapping("/disputes/{id}/sessions")
    @PreAuthorize("hasAuthority('mediation:handle')")
    @Operation(summary = "记录调解", description = "第一次调解记录使纠纷进入“调解中”")
    DisputeView session(@PathVariable long id, @Valid @RequestBody DisputeCommands.Session c) {
        return disputes.recordSession(id, c);
    }

    @PostMapping("/disputes/{id}/agreement")
    @PreAuthorize("hasAuthority('mediation:handle')")
    @Operation(summary = "达成调解协议", description = "人民调解法第二十八条至第三十条；书面协议生效之日起开始计算三十日司法确认申请期限（第三十三条）")
    DisputeView agreement(@PathVariable long id, @Valid @RequestBody DisputeCommands.Agreement c) {
        return disputes.reachAgreement(id, c);
    }

    @PostMapping("/disputes/{id}/fail")
    @PreAuthorize("hasAuthority('mediation:handle')")
    @Operation(summary = "调解不成（终止调解）", description = "须告知当事人可依法通过其他途径维护权利（人民调解法第二十六条）")
    DisputeView fail(@PathVariable long id, @Valid @RequestBody DisputeCommands.Failure c) {
        return disputes.fail(id, c);
    }

    @PostMapping("/disputes/{id}/withdraw")
    @PreAuthorize("hasAuthority('mediation:handle')")
    @Operation(summary = "撤回")
    DisputeView withdraw(@PathVariable long id, @Valid @RequestBody DisputeCommands.Withdrawal c) {
        return disputes.withdraw(id, c);
    }

    @PostMapping("/disputes/{id}/performance-check")
    @PreAuthorize("hasAuthority('mediation:handle')")
    @Operation(summary = "履行情况核查")
    DisputeView performance(@PathVariable long id, @Valid @RequestBody DisputeCommands.PerformanceCheck c) {
        return disputes.checkPerformance(id, c);
    }

    @PostMapping("/disputes/{id}/close")
    @PreAuthorize("hasAuthority('mediation:handle')")
    @Operation(summary = "结案归档", description = "人民调解法第二十七条")
    DisputeView close(@PathVariable long id, @Valid @RequestBody DisputeCommands.Closing c) {
        return disputes.close(id, c);
    }

    @PostMapping("/disputes/{id}/return-visit")
    @PreAuthorize("hasAuthority('mediation:handle')")
    @Operation(summary = "回访")
    DisputeView returnVisit(@PathVariable long id, @Valid @RequestBody DisputeCommands.ReturnVisit c) {
        return disputes.recordReturnVisit(id, c);
    }

    @PostMapping("/disputes/{id}/judicial-confirmation")
    @PreAuthorize("hasAuthority('mediation:handle')")
    @Operation(summary = "记录司法确认申请", description = "自调解协议生效之日起三十日内（人民调解法第三十三条，民事诉讼法第二百零五条）")
    DisputeView applyForConfirmation(@PathVariable long id, @Valid @RequestBody DisputeCommands.ConfirmationApplication c) {
        return disputes.applyForConfirmation(id, c);
    }

    @PostMapping("/disputes/{id}/judicial-confirmation/result")
    @PreAuthorize("hasAuthority('mediation:handle')")
    @Operation(summary = "记录司法确认结果", description = "民事诉讼法第二百零六条")
    DisputeView confirmationResult(@PathVariable long id, @Valid @RequestBody DisputeCommands.ConfirmationDecision c) {
        return disputes.recordConfirmationResult(id, c);
    }

    @PostMapping("/disputes/{id}/deliberations")
    @PreAuthorize("hasAuthority('mediation:handle')")
    @Operation(summary = "记录合议共管", description = "村组合同纠纷的村级合议")
    DisputeView deliberation(@PathVariable long id, @Valid @RequestBody DisputeCommands.Deliberation c) {
        return disputes.recordDeliberation(id, c);
    }

    @GetMapping("/committees")
    @PreAuthorize("hasAuthority('mediation:view')")
    @Operation(summary = "调解委员会")
    List<CommitteeView> committees() {
        return committees.visible(scope());
    }

    @GetMapping("/mediators")
    @PreAuthorize("hasAuthority('mediation:view')")
    @Operation(summary = "调解员", description = "电话已脱敏")
    List<MediatorView> mediators() {
        return committees.mediators(scope());
    }

    private DataScope scope() {
        return currentUsers.require().scope();
    }
}
