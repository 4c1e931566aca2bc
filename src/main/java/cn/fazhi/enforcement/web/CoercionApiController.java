package cn.fazhi.enforcement.web;

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

import cn.fazhi.enforcement.CoercionCommands;
import cn.fazhi.enforcement.CoercionView;
import cn.fazhi.enforcement.Coercions;
import cn.fazhi.enforcement.EvidenceItem;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.fazhi.platform.web.Paged;

/** 行政强制 over REST: the same permissions, scope and gates as the pages. */
@RestController
@RequestMapping("/api/v1/enforcement/coercions")
@Tag(name = "enforcement-coercion", description = "行政强制：强制措施（查封、扣押、冻结等）与强制执行（催告、决定、执行、申请法院）")
class CoercionApiController {

    private final Coercions coercions;

    CoercionApiController(Coercions coercions) {
        this.coercions = coercions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "登记强制措施或强制执行案件", description = "kind=MEASURE 须填 measureType；kind=EXECUTION 须填 executionType；当事人证件号加密保存、脱敏显示")
    CoercionView register(@Validated @RequestBody CoercionCommands.Register r) {
        return coercions.register(r);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查询行政强制案件", description = "本人数据范围内；overdue=true 只列超期未作处理决定的查封扣押冻结")
    Paged<CoercionView> search(@ParameterObject @ModelAttribute Coercions.CoercionQuery query,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return coercions.search(query, page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查看行政强制案件", description = "不在本人数据范围内返回 404")
    CoercionView one(@PathVariable long id) {
        return coercions.get(id);
    }

    @GetMapping("/{id}/actions")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "可办理的步骤", description = "按状态、案件种类和本人权限，来自流转表")
    List<String> actions(@PathVariable long id) {
        return coercions.actions(coercions.get(id));
    }

    @GetMapping("/{id}/evidence")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "全过程记录", description = "证据材料及其 SM3 摘要")
    List<EvidenceItem> evidence(@PathVariable long id) {
        return coercions.evidence(id);
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "上传证据材料", description = "查封、扣押、强制拆除须上传 media=AUDIO_VIDEO、act 为措施/执行种类（如 SEAL）的音像记录，否则不能进入下一步")
    EvidenceItem addEvidence(@PathVariable long id, @RequestPart("file") MultipartFile file,
            @Validated @ModelAttribute CoercionCommands.Evidence e) throws IOException {
        if (file == null || file.isEmpty()) {
            throw UserFacingException.badRequest("cases.attachment.empty");
        }
        return coercions.recordEvidence(id, e, file.getOriginalFilename(), file.getInputStream());
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    @Operation(summary = "负责人批准实施强制措施", description = "行政强制法第十八条第（一）项")
    CoercionView approve(@PathVariable long id, @RequestBody CoercionCommands.Approve v) {
        return coercions.approve(id, v);
    }

    @PostMapping("/{id}/take")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "实施强制措施", description = "第十八条清单：两名持有效执法证的执法人员、出示证件、通知当事人、告知、听取陈述申辩、现场笔录、签名或注明拒绝、当事人不到场时见证人")
    CoercionView take(@PathVariable long id, @Validated @RequestBody CoercionCommands.Take t) {
        return coercions.take(id, t);
    }

    @PostMapping("/{id}/take-in-emergency")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "情况紧急当场实施", description = "第十九条：二十四小时内向负责人报告并补办批准手续")
    CoercionView takeInEmergency(@PathVariable long id, @Validated @RequestBody CoercionCommands.Take t) {
        return coercions.takeInEmergency(id, t);
    }

    @PostMapping("/{id}/ratify")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    @Operation(summary = "补办批准")
    CoercionView ratify(@PathVariable long id, @RequestBody CoercionCommands.Approve v) {
        return coercions.ratify(id, v);
    }

    @PostMapping("/{id}/refuse-ratification")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    @Operation(summary = "负责人不同意，立即解除", description = "第十九条")
    CoercionView refuseRatification(@PathVariable long id, @Validated @RequestBody CoercionCommands.Reason r) {
        return coercions.refuseRatification(id, r);
    }

    @PostMapping("/{id}/extend")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    @Operation(summary = "延长期限", description = "第二十五条、第三十二条：经负责人批准延长一次，不超过三十日")
    CoercionView extend(@PathVariable long id, @Validated @RequestBody CoercionCommands.Days d) {
        return coercions.extend(id, d);
    }

    @PostMapping("/{id}/exclude")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "检测、检验、检疫或技术鉴定期间", description = "第二十五条第三款：不计入期限，书面告知")
    CoercionView exclude(@PathVariable long id, @Validated @RequestBody CoercionCommands.Days d) {
        return coercions.exclude(id, d);
    }

    @PostMapping("/{id}/serve")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "决定书送达", description = "查封扣押决定书当场交付（第二十四条）；冻结决定书三个工作日内（第三十一条）")
    CoercionView serve(@PathVariable long id, @Validated @RequestBody CoercionCommands.Serve s) {
        return coercions.serve(id, s);
    }

    @PostMapping("/{id}/dispose")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "期限内作出处理决定", description = "没收、销毁或解除（第二十七、二十八条）；期限届满后只能解除")
    CoercionView dispose(@PathVariable long id, @Validated @RequestBody CoercionCommands.Dispose d) {
        return coercions.dispose(id, d);
    }

    @PostMapping("/{id}/demand")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "送达催告书", description = "第三十五条、第三十六条：履行期限、方式、金额、陈述申辩权")
    CoercionView demand(@PathVariable long id, @Validated @RequestBody CoercionCommands.Demand d) {
        return coercions.demand(id, d);
    }

    @PostMapping("/{id}/decide")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    @Operation(summary = "作出强制执行决定", description = "第三十七条：催告期限届满仍不履行；记录陈述申辩")
    CoercionView decide(@PathVariable long id, @Validated @RequestBody CoercionCommands.Decide d) {
        return coercions.decide(id, d);
    }

    @PostMapping("/{id}/execute")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "实施强制执行", description = "第四十三条：夜间或法定节假日不得实施，情况紧急须标明并说明理由；第四十五条：加处罚款不超过本金；第五十一条：代履行三个工作日前催告")
    CoercionView execute(@PathVariable long id, @Validated @RequestBody CoercionCommands.Execute e) {
        return coercions.execute(id, e);
    }

    @PostMapping("/{id}/apply-to-court")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    @Operation(summary = "申请人民法院强制执行", description = "第五十四条：催告书送达十个工作日后；第五十三条：复议诉讼期限届满之日起三个月内")
    CoercionView applyToCourt(@PathVariable long id, @Validated @RequestBody CoercionCommands.ApplyToCourt a) {
        return coercions.applyToCourt(id, a);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "结案", description = "查封、扣押、强制拆除须有音像记录")
    CoercionView close(@PathVariable long id, @RequestBody CoercionCommands.Close c) {
        return coercions.close(id, c);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "撤销登记")
    CoercionView cancel(@PathVariable long id, @Validated @RequestBody CoercionCommands.Reason r) {
        return coercions.cancel(id, r);
    }
}
