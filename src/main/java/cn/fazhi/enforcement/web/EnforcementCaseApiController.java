package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.enforcement.EnforcementCaseView;
import cn.fazhi.enforcement.EnforcementCases;
import cn.fazhi.enforcement.EvidenceItem;
import cn.fazhi.enforcement.EvidenceMedia;
import cn.fazhi.enforcement.EvidenceStage;
import cn.fazhi.enforcement.MajorCatalogues;
import cn.fazhi.enforcement.PenaltyCommands;
import cn.fazhi.identity.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 行政处罚 cases over REST: the same facade, permissions and scope as the pages. Every step sends the case's
 * {@code version} as read; a refused step answers a Chinese RFC 9457 problem and saves nothing.
 */
@RestController
@RequestMapping("/api/v1/enforcement")
@Tag(name = "enforcement-cases", description = "行政处罚案件：立案、调查取证、告知、听证、法制审核、集体讨论、决定、送达、缴款、结案；当场处罚；重大执法决定目录")
class EnforcementCaseApiController {

    private final EnforcementCases cases;
    private final MajorCatalogues catalogues;
    private final CurrentUsers currentUsers;

    EnforcementCaseApiController(EnforcementCases cases, MajorCatalogues catalogues, CurrentUsers currentUsers) {
        this.cases = cases;
        this.catalogues = catalogues;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "立案", description = "违法行为超过追责时效（处罚法第36条：2年，涉及生命健康安全、金融安全且有危害后果的5年，连续或继续状态从终了之日起算）不予立案；90日决定期限（第60条）")
    EnforcementCaseView register(@Validated @RequestBody PenaltyCommands.Register form) {
        return cases.register(form, currentUsers.require());
    }

    @PostMapping("/cases/on-the-spot")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "当场处罚", description = "处罚法第51、52条：警告或对公民200元以下、对单位3000元以下罚款（设置项），出示执法证件，当场交付决定书")
    EnforcementCaseView onTheSpot(@Validated @RequestBody PenaltyCommands.OnTheSpot form) {
        return cases.onTheSpot(form, currentUsers.require());
    }

    @GetMapping("/cases")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查询处罚案件", description = "单位人员只见本单位案件，司法局见全区；page 从 0 起，每页 size 条")
    List<EnforcementCaseView.Row> search(@ParameterObject @ModelAttribute PenaltyCommands.Query query,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        int s = Math.max(1, Math.min(size, 200));
        return cases.search(query, currentUsers.scope(), Math.max(0, page) * s, s);
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查看处罚案件", description = "不在本人数据范围内的案件返回 404；当事人证件号码、电话脱敏")
    EnforcementCaseView one(@PathVariable long id) {
        return cases.get(id);
    }

    @GetMapping("/cases/{id}/actions")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "可办理的步骤", description = "按状态和本人权限，来自流转表（与页面一致）")
    List<String> actions(@PathVariable long id) {
        return cases.actions(cases.get(id), currentUsers);
    }

    @PostMapping("/cases/{id}/acts")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "记录调查取证/检查", description = "执法人员不少于两人且当日持有效执法证（处罚法第42条），出示执法证件（第55条）")
    EnforcementCaseView act(@PathVariable long id, @Validated @RequestBody PenaltyCommands.Act c) {
        return cases.recordAct(id, c);
    }

    @PostMapping("/cases/{id}/extend")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    @Operation(summary = "延长办案期限", description = "负责人批准，记录理由和新期限；单次天数与次数为设置项")
    EnforcementCaseView extend(@PathVariable long id, @Validated @RequestBody PenaltyCommands.Extend c) {
        return cases.extend(id, c);
    }

    @PostMapping("/cases/{id}/notify")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "告知", description = "拟作出的处罚内容及事实、理由、依据和陈述申辩、听证权利（处罚法第44、45、62、63条）")
    EnforcementCaseView notifyParty(@PathVariable long id, @Validated @RequestBody PenaltyCommands.Notify c) {
        return cases.notifyParty(id, c);
    }

    @PostMapping("/cases/{id}/statement")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "记录陈述申辩")
    EnforcementCaseView statement(@PathVariable long id, @Validated @RequestBody PenaltyCommands.Statement c) {
        return cases.recordStatement(id, c);
    }

    @PostMapping("/cases/{id}/hearing/request")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "听证申请", description = "告知后5个工作日内提出（第64条、第85条），逾期不予受理")
    EnforcementCaseView requestHearing(@PathVariable long id, @Validated @RequestBody PenaltyCommands.HearingRequest c) {
        return cases.requestHearing(id, c);
    }

    @PostMapping("/cases/{id}/hearing/notice")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "听证通知", description = "举行听证7个工作日前通知；主持人非本案调查人员（第64条）")
    EnforcementCaseView noticeHearing(@PathVariable long id, @Validated @RequestBody PenaltyCommands.HearingNotice c) {
        return cases.noticeHearing(id, c);
    }

    @PostMapping("/cases/{id}/hearing/held")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "听证笔录")
    EnforcementCaseView holdHearing(@PathVariable long id, @Validated @RequestBody PenaltyCommands.HearingHeld c) {
        return cases.holdHearing(id, c);
    }

    @PostMapping("/cases/{id}/review/submit")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "提交法制审核")
    EnforcementCaseView submitReview(@PathVariable long id, @RequestBody PenaltyCommands.Step c) {
        return cases.submitReview(id, c);
    }

    @PostMapping("/cases/{id}/review")
    @PreAuthorize("hasAuthority('enforcement:review')")
    @Operation(summary = "法制审核意见", description = "审核人员须取得法律职业资格（第58条）；同意或存在问题（退回重新提交）")
    EnforcementCaseView review(@PathVariable long id, @Validated @RequestBody PenaltyCommands.Review c) {
        return cases.review(id, c, currentUsers.require());
    }

    @PostMapping("/cases/{id}/discussion")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    @Operation(summary = "集体讨论记录", description = "情节复杂或重大违法行为由负责人集体讨论决定（第57条）")
    EnforcementCaseView discussion(@PathVariable long id, @Validated @RequestBody PenaltyCommands.Discussion c) {
        return cases.recordDiscussion(id, c);
    }

    @PostMapping("/cases/{id}/deviation")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    @Operation(summary = "批准偏离裁量基准", description = "罚款超出所适用裁量阶次幅度的，须负责人批准或集体讨论（国办发〔2022〕27号 五(十二)）")
    EnforcementCaseView deviation(@PathVariable long id, @Validated @RequestBody PenaltyCommands.Deviation c) {
        return cases.approveDeviation(id, c);
    }

    @PostMapping("/cases/{id}/decide")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "作出处罚决定", description = "载明适用的裁量基准阶次；重大案件须法制审核通过；未告知的不得作出（不予处罚除外）")
    EnforcementCaseView decide(@PathVariable long id, @Validated @RequestBody PenaltyCommands.Decide c) {
        return cases.decide(id, c);
    }

    @PostMapping("/cases/{id}/serve")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "送达", description = "缴款期限为送达之日起15日（第67条）")
    EnforcementCaseView serve(@PathVariable long id, @Validated @RequestBody PenaltyCommands.Serve c) {
        return cases.serve(id, c);
    }

    @PostMapping("/cases/{id}/pay")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "缴纳罚款", description = "逾期每日加处罚款数额3%，不超过罚款数额（第72条）")
    EnforcementCaseView pay(@PathVariable long id, @Validated @RequestBody PenaltyCommands.Pay c) {
        return cases.pay(id, c);
    }

    @PostMapping("/cases/{id}/close")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "结案")
    EnforcementCaseView close(@PathVariable long id, @RequestBody PenaltyCommands.Step c) {
        return cases.close(id, c);
    }

    @PostMapping("/cases/{id}/annul")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    @Operation(summary = "决定被变更、撤销或确认违法、无效", description = "公示的决定应在3个工作日内撤下（第48条）")
    EnforcementCaseView annul(@PathVariable long id, @Validated @RequestBody PenaltyCommands.Annul c) {
        return cases.annul(id, c);
    }

    // ---- evidence (全过程记录) -----------------------------------------------------------------------------------

    @PostMapping(path = "/cases/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:handle') or hasAuthority('enforcement:review')")
    @Operation(summary = "上传证据/文书/音像记录", description = "按阶段（启动、调查取证、审核、决定、送达、执行）和类型记录，存 SM3 摘要")
    EvidenceItem evidence(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam EvidenceStage stage, @RequestParam EvidenceMedia media,
            @RequestParam(required = false) String act, @RequestParam String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedOn)
            throws IOException {
        return cases.addEvidence(id, stage, media, act, title, recordedOn, file.getOriginalFilename(),
                file.getInputStream());
    }

    @GetMapping("/cases/{id}/evidence")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "证据清单", description = "每项附 SM3 摘要、记录人和时间")
    List<EvidenceItem> evidenceList(@PathVariable long id) {
        return cases.evidence(id);
    }

    // ---- 重大执法决定目录 -------------------------------------------------------------------------------------------

    @GetMapping("/major-catalogue")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "重大执法决定法制审核目录", description = "本人数据范围内各单位的目录条目")
    List<MajorCatalogues.Entry> catalogue() {
        return catalogues.list(currentUsers.scope());
    }

    @PostMapping("/major-catalogue")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:manage') or hasAuthority('enforcement:approve')")
    @Operation(summary = "新增目录条目", description = "按违法行为、罚款数额、处罚种类或举行听证认定重大（118号 四(十二)）")
    MajorCatalogues.Entry addCatalogue(@Validated @RequestBody PenaltyCommands.CatalogueEntry e) {
        return catalogues.add(e, currentUsers.require());
    }

    @DeleteMapping("/major-catalogue/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('enforcement:manage') or hasAuthority('enforcement:approve')")
    @Operation(summary = "停用目录条目")
    void removeCatalogue(@PathVariable long id) {
        catalogues.remove(id, currentUsers.scope());
    }
}
