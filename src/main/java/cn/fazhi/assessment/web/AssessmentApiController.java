package cn.fazhi.assessment.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.assessment.Assessments;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The rule-of-law assessment over REST, with the pages' permissions, visibility and rules. */
@RestController
@RequestMapping("/api/v1/assessment")
@Tag(name = "法治建设考评")
@PreAuthorize("hasAuthority('assessment:view')")
class AssessmentApiController {

    private final Assessments assessments;

    AssessmentApiController(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/sources")
    @Operation(summary = "可用的考评数据来源", description = "各模块提供的数据来源代码；另可用 MANUAL（评价人员录入）")
    List<Assessments.Source> sources() {
        return assessments.sources();
    }

    @GetMapping("/schemes")
    @Operation(summary = "考评方案", description = "单位用户仅见已公布的方案")
    List<Assessments.Scheme> schemes() {
        return assessments.schemes();
    }

    @PostMapping("/schemes")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "制定年度考评方案", description = "各项指标权重之和须为100")
    Assessments.Scheme create(@RequestBody Assessments.NewScheme c) {
        return assessments.create(c);
    }

    @GetMapping("/schemes/{id}")
    @Operation(summary = "考评方案及指标")
    Assessments.Scheme scheme(@PathVariable long id) {
        return assessments.scheme(id);
    }

    @PostMapping("/schemes/{id}/compute")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "计算当年名单内全部单位得分")
    Map<String, Integer> compute(@PathVariable long id) {
        return Map.of("units", assessments.compute(id));
    }

    @PostMapping("/schemes/{id}/review")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "审核考评结果")
    Assessments.Scheme review(@PathVariable long id) {
        return assessments.review(id);
    }

    @PostMapping("/schemes/{id}/publish")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "向各单位公布考评结果")
    Assessments.Scheme publish(@PathVariable long id) {
        return assessments.publish(id);
    }

    @GetMapping("/schemes/{id}/results")
    @Operation(summary = "考评结果", description = "依法治区办见全部单位及名次；其他单位仅见本单位已公布的结果及档次")
    Paged<Assessments.Result> results(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("assessment.error.paging");
        }
        return assessments.results(id, q, page, size);
    }

    @PostMapping(path = "/criteria/{criterionId}/entries", consumes = "multipart/form-data")
    @PreAuthorize("hasAuthority('assessment:evaluate')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "评价人员录入得分", description = "仅限人工指标或数据来源无该单位记录时，须附佐证材料")
    Map<String, String> enter(@PathVariable long criterionId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) java.math.BigDecimal attainment, @RequestParam(required = false) String note,
            @RequestPart(name = "file", required = false) MultipartFile file) throws java.io.IOException {
        boolean hasFile = file != null && !file.isEmpty();
        try (var in = hasFile ? file.getInputStream() : null) {
            assessments.enter(criterionId, new Assessments.NewEntry(unitId, attainment, note),
                    hasFile ? file.getOriginalFilename() : null, in);
        }
        return Map.of("status", "recorded");
    }

    @GetMapping("/cadres")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "考评结果运用（干部）汇总数", description = "仅汇总人数及依据，不含个人信息")
    List<Assessments.CadreUse> cadres() {
        return assessments.cadreUses();
    }

    @PostMapping("/cadres")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记考评结果运用汇总数")
    Assessments.CadreUse recordCadres(@RequestBody Assessments.NewCadreUse c) {
        return assessments.recordCadreUse(c);
    }
}
