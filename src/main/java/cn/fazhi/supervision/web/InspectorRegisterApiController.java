package cn.fazhi.supervision.web;

import java.io.IOException;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.supervision.AvoidanceCommand;
import cn.fazhi.supervision.AvoidanceView;
import cn.fazhi.supervision.Avoidances;
import cn.fazhi.supervision.InspectorRegister;
import cn.fazhi.supervision.InspectorRegisterView;
import cn.fazhi.supervision.TargetRegisterSpreadsheets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import cn.fazhi.platform.web.Paged;

/** The register of inspectors and the declared relations (回避) over REST: the same permissions and scope as the pages. */
@RestController
@RequestMapping("/api/v1/supervision/random-inspections")
@Tag(name = "supervision-random-inspectors", description = "检查人员名录库（今日持有效执法证的执法人员）与回避关系申报")
@PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
class InspectorRegisterApiController {

    private final InspectorRegister register;
    private final Avoidances avoidances;
    private final TargetRegisterSpreadsheets spreadsheets;
    private final CurrentUsers currentUsers;

    InspectorRegisterApiController(InspectorRegister register, Avoidances avoidances,
            TargetRegisterSpreadsheets spreadsheets, CurrentUsers currentUsers) {
        this.register = register;
        this.avoidances = avoidances;
        this.spreadsheets = spreadsheets;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/inspectors")
    @Operation(summary = "某部门的检查人员", description = "今日持有效行政执法证的执法人员，含证号、执法区域和有效期；unitId 缺省为本单位；"
            + "单位人员只能查看本单位，范围外返回 404")
    Paged<InspectorRegisterView> inspectors(@RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size) {
        return register.page(unitId, q, page, size, currentUsers);
    }

    @GetMapping("/inspectors/export")
    @Operation(summary = "导出检查人员（.xlsx）")
    void export(@RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "q", required = false) String q, HttpServletResponse response) throws IOException {
        var all = register.all(unitId, q, currentUsers);
        RandomItemPages.startDownload(response, "random-inspectors.xlsx");
        spreadsheets.exportInspectors(all, response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @GetMapping("/inspectors/{officerId}")
    @Operation(summary = "查看检查人员", description = "不是今日持证人员或不在范围内返回 404")
    InspectorRegisterView inspector(@PathVariable long officerId) {
        return register.get(officerId, currentUsers);
    }

    @GetMapping("/avoidance")
    @Operation(summary = "回避关系", description = "范围内执法人员申报的回避关系；officerId 或 unitId 筛选")
    List<AvoidanceView> avoidance(@RequestParam(name = "officerId", required = false) Long officerId,
            @RequestParam(name = "unitId", required = false) Long unitId) {
        return officerId != null ? avoidances.ofOfficer(officerId, currentUsers) : avoidances.inScope(unitId, currentUsers);
    }

    @GetMapping("/avoidance/{id}")
    @Operation(summary = "查看回避关系")
    AvoidanceView one(@PathVariable long id) {
        return avoidances.get(id, currentUsers);
    }

    @PostMapping("/avoidance")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "申报回避关系", description = "执法人员与检查对象（统一社会信用代码）之间的关系：KIN 近亲属、FORMER_EMPLOYMENT 曾任职、"
            + "INTEREST 利害关系、OTHER 其他（须说明）；此后抽取时该人员与该对象不会配对；由本单位或执法监督机构申报，同一对只能申报一次（409）")
    AvoidanceView declare(@RequestBody AvoidanceCommand c) {
        return avoidances.declare(c, currentUsers);
    }

    @DeleteMapping("/avoidance/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤回回避关系", description = "删除该申报并记入审计日志；其他单位的申报返回 403")
    void withdraw(@PathVariable long id) {
        avoidances.withdraw(id, currentUsers);
    }
}
