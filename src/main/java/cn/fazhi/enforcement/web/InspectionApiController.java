package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.enforcement.EvidenceItem;
import cn.fazhi.enforcement.EvidenceMedia;
import cn.fazhi.enforcement.EvidenceStage;
import cn.fazhi.enforcement.InspectionCommands;
import cn.fazhi.enforcement.InspectionView;
import cn.fazhi.enforcement.Inspections;
import cn.fazhi.identity.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.fazhi.platform.web.Paged;

/** 行政检查 over REST: the same permissions, data scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/enforcement/inspections")
@Tag(name = "enforcement-publicity")
class InspectionApiController {

    private final Inspections inspections;
    private final CurrentUsers currentUsers;

    InspectionApiController(Inspections inspections, CurrentUsers currentUsers) {
        this.inspections = inspections;
        this.currentUsers = currentUsers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "登记行政检查", description = "检查日期、对象（单位须有效统一社会信用代码）、事项；不少于两名当日持有效执法证的执法人员（行政处罚法第四十二条），并已出示证件（第五十五条）")
    InspectionView register(@Validated @RequestBody InspectionCommands.Register c) {
        return inspections.register(c, currentUsers.require());
    }

    @GetMapping
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查询行政检查", description = "本人数据范围内，按检查日期倒序")
    Paged<InspectionView> search(@ParameterObject @ModelAttribute InspectionCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return inspections.search(query, currentUsers.require().scope(), page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查看行政检查", description = "不在本人数据范围内的返回 404")
    InspectionView one(@PathVariable long id) {
        return inspections.get(id);
    }

    @GetMapping("/{id}/actions")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "可办理的步骤", description = "按状态和本人权限，来自流转表")
    List<String> actions(@PathVariable long id) {
        return inspections.actions(inspections.get(id));
    }

    @PostMapping("/{id}/conclude")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "作出检查结论", description = "合格、责令整改（须整改期限）或立案（须关联处罚案件）；结论进入事后公开（20个工作日）")
    InspectionView conclude(@PathVariable long id, @Validated @RequestBody InspectionCommands.Conclude c) {
        return inspections.conclude(id, c);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "撤销检查记录", description = "须填写理由")
    InspectionView cancel(@PathVariable long id, @Validated @RequestBody InspectionCommands.Cancel c) {
        return inspections.cancel(id, c);
    }

    @GetMapping("/{id}/evidence")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "全过程记录", description = "证据材料及其 SM3 摘要")
    List<EvidenceItem> evidence(@PathVariable long id) {
        return inspections.evidence(id);
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "上传证据", description = "阶段、类型（文书、照片、音像记录、其他）、名称、形成日期")
    EvidenceItem addEvidence(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "stage", required = false) EvidenceStage stage,
            @RequestParam(name = "media", required = false) EvidenceMedia media,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "recordedOn", required = false) LocalDate recordedOn) throws IOException {
        return inspections.recordEvidence(id, stage, media, "INSPECTION", title, recordedOn, file.getOriginalFilename(),
                file.getInputStream());
    }
}
