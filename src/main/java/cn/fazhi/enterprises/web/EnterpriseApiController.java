package cn.fazhi.enterprises.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.enterprises.EnterpriseCommands;
import cn.fazhi.enterprises.EnterpriseIntake;
import cn.fazhi.enterprises.EnterpriseRegister;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.Enterprises;
import cn.fazhi.enterprises.InspectedRecords;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The enterprise register over REST: the same permissions, region scope and rules as the pages. The desk token (the
 * secret part of the desk code) is returned only to holders of {@code enterprises:manage}.
 */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "企业解忧码：企业名录")
@PreAuthorize("hasAuthority('enterprises:view')")
class EnterpriseApiController {

    private final EnterpriseRegister register;
    private final EnterpriseIntake intake;
    private final Enterprises enterprises;
    private final InspectedRecords inspections;
    private final CurrentUsers currentUsers;

    EnterpriseApiController(EnterpriseRegister register, EnterpriseIntake intake, Enterprises enterprises,
            InspectedRecords inspections, CurrentUsers currentUsers) {
        this.register = register;
        this.intake = intake;
        this.enterprises = enterprises;
        this.inspections = inspections;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @Operation(summary = "查询企业名录", description = "本人区域范围内；按名称或统一社会信用代码检索，可按规模（MICRO/SMALL/MEDIUM/LARGE）、注册地乡镇筛选")
    Paged<EnterpriseView> search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "size", required = false) String size,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "pageSize", defaultValue = "20") int pageSize) {
        if (page < 0 || pageSize < 1 || pageSize > 500) {
            throw UserFacingException.badRequest("enterprises.error.paging");
        }
        return register.search(EnterprisePageController.query(q, size, region), currentUsers.require().scope(), page,
                pageSize);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看企业", description = "含资质认定；解忧码令牌仅对有企业名录管理权限者返回")
    EnterpriseView get(@PathVariable long id) {
        return shown(register.visible(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enterprises:manage')")
    @Operation(summary = "登记企业", description = "统一社会信用代码按 GB 32100 校验；法定代表人手机号加密保存；生成解忧码。输入有误返回 RFC 9457 问题详情，不保存任何内容")
    EnterpriseView create(@RequestBody(required = false) EnterpriseCommands.Register c) {
        return intake.register(c);
    }

    @PostMapping("/{id}/reissue")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    @Operation(summary = "重新生成解忧码", description = "旧码立即失效")
    EnterpriseView reissue(@PathVariable long id) {
        register.visible(id);
        return enterprises.reissueCode(id);
    }

    @GetMapping("/{id}/inspections")
    @Operation(summary = "涉企检查（无事不扰）", description = "该企业的双随机抽查（已抽中、已检查）和行政检查，及本年度检查次数")
    InspectedRecords.Summary inspections(@PathVariable long id) {
        return inspections.of(register.visible(id));
    }

    @PostMapping(value = "/import", consumes = "multipart/form-data")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    @Operation(summary = "导入企业名录（.xlsx）", description = "全部成功或全部不导入；有误时返回每个错误的行号、列和原因")
    Map<String, Integer> importFile(@RequestParam(name = "file", required = false) MultipartFile file) {
        return Map.of("rows", EnterprisePageController.importUpload(intake, file));
    }

    private EnterpriseView shown(EnterpriseView e) {
        if (currentUsers.require().can(Enterprises.MANAGE)) {
            return e;
        }
        return new EnterpriseView(e.id(), e.uscc(), e.name(), e.industryCode(), e.size(), e.regionCode(),
                e.registeredOn(), e.revenueWan(), e.employees(), e.address(), e.legalRep(), e.phoneMasked(), null,
                e.deskIssuedOn(), e.status(), e.certifications(), e.version());
    }
}
