package cn.fazhi.enforcement.web;

import java.util.List;
import java.util.Map;

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

import cn.fazhi.enforcement.EvaluationCampaignView;
import cn.fazhi.enforcement.EvaluationCampaigns;
import cn.fazhi.enforcement.EvaluationCommands;
import cn.fazhi.enforcement.EvaluationFileView;
import cn.fazhi.enforcement.EvaluationSheet;
import cn.fazhi.enforcement.EvaluationUnitResult;
import cn.fazhi.enforcement.FileReviews;
import cn.fazhi.enforcement.PrecheckFinding;
import cn.fazhi.enforcement.PrecheckKind;
import cn.fazhi.enforcement.PrecheckQuery;
import cn.fazhi.enforcement.PrecheckView;
import cn.fazhi.enforcement.RubricView;
import cn.fazhi.enforcement.Rubrics;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.rectification.ProblemView;
import cn.fazhi.rectification.Problems;
import cn.fazhi.identity.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Case-file evaluation over REST: pre-check findings, rubrics, campaigns, scores, results; the problems they raise go to the rectification module. */
@RestController
@RequestMapping("/api/v1/enforcement/file-reviews")
@Tag(name = "enforcement-file-reviews", description = "行政执法案卷评查：自动预检、评查活动、评分、结果、整改")
class FileReviewApiController {

    private final FileReviews fileReviews;
    private final EvaluationCampaigns campaigns;
    private final Rubrics rubrics;
    private final Problems problems;
    private final CurrentUsers currentUsers;
    private final cn.fazhi.organisation.Units units;

    FileReviewApiController(FileReviews fileReviews, EvaluationCampaigns campaigns, Rubrics rubrics,
            Problems problems, CurrentUsers currentUsers, cn.fazhi.organisation.Units units) {
        this.units = units;
        this.fileReviews = fileReviews;
        this.campaigns = campaigns;
        this.rubrics = rubrics;
        this.problems = problems;
        this.currentUsers = currentUsers;
    }

    // ---- pre-check ------------------------------------------------------------------------------------------------

    @GetMapping("/prechecks")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "预检结果列表", description = "已结案案卷的自动预检结果，按结案日期；单位只见本单位")
    List<PrecheckView> prechecks(@ParameterObject @ModelAttribute PrecheckQuery query) {
        return fileReviews.search(query, me().scope());
    }

    @GetMapping("/prechecks/{caseType}/{caseId}")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "一个案卷的预检结果", description = "从未预检或不在数据范围内返回 404")
    PrecheckView precheck(@PathVariable String caseType, @PathVariable long caseId) {
        return fileReviews.findings(caseType, caseId, me().scope());
    }

    @PostMapping("/prechecks/{caseType}/{caseId}")
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    @Operation(summary = "重新预检一个案卷", description = "结果替换上次预检的结果；未结案返回 409")
    List<PrecheckFinding> runPrecheck(@PathVariable String caseType, @PathVariable long caseId) {
        return fileReviews.precheck(caseType, caseId);
    }

    @PostMapping("/prechecks/{caseType}/{caseId}/rectification")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    @Operation(summary = "根据预检问题交办整改问题", description = "由整改模块办理；无问题或已有未销号的整改问题时返回 409")
    ProblemView rectifyPrecheck(@PathVariable String caseType, @PathVariable long caseId) {
        return fileReviews.raiseRectification(caseType, caseId, me().scope());
    }

    @GetMapping("/prechecks/by-unit")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "各单位预检问题数", description = "按单位和问题类型，期间按结案日期")
    Map<String, Map<PrecheckKind, Long>> byUnit(@ParameterObject @ModelAttribute PrecheckQuery query) {
        return fileReviews.countsByUnit(query.from() == null ? java.time.LocalDate.of(2000, 1, 1) : query.from(),
                query.to() == null ? java.time.LocalDate.of(2100, 1, 1) : query.to(), me().scope());
    }

    // ---- rubrics --------------------------------------------------------------------------------------------------

    @GetMapping("/rubrics")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "评查标准", description = "评查项目及分值，合计 100 分")
    List<RubricView> rubrics() {
        return rubrics.all();
    }

    @PostMapping("/rubrics")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    @Operation(summary = "新建评查标准", description = "各项分值合计须为 100 分，否则 400")
    RubricView createRubric(@Validated @RequestBody EvaluationCommands.Rubric c) {
        return rubrics.create(c);
    }

    // ---- campaigns ------------------------------------------------------------------------------------------------

    @GetMapping("/campaigns")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "评查活动列表")
    List<EvaluationCampaignView> campaigns(@RequestParam(required = false) Integer year) {
        return campaigns.campaigns(year);
    }

    @PostMapping("/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    @Operation(summary = "新建评查活动", description = "年度、名称、评查标准、结案期间、每单位抽取件数；随机种子不填则自动生成并记录")
    EvaluationCampaignView create(@Validated @RequestBody EvaluationCommands.Create c) {
        return campaigns.create(c, me());
    }

    @GetMapping("/campaigns/{id}")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查看评查活动")
    EvaluationCampaignView campaign(@PathVariable long id) {
        return campaigns.campaign(id).orElseThrow(() -> cn.fazhi.platform.web.UserFacingException.notFound("error.notFound"));
    }

    @PostMapping("/campaigns/{id}/draw")
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    @Operation(summary = "抽取案卷", description = "每单位随机抽取，按记录的随机种子可复现；需带 version")
    EvaluationCampaignView draw(@PathVariable long id, @RequestParam Integer version) {
        return campaigns.draw(id, version);
    }

    @PostMapping("/campaigns/{id}/close")
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    @Operation(summary = "结束评查活动", description = "全部案卷评分后方可结束；有问题或不合格的案卷生成整改任务")
    EvaluationCampaignView close(@PathVariable long id, @RequestParam Integer version) {
        return campaigns.close(id, version);
    }

    @GetMapping("/campaigns/{id}/files")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "抽取的案卷", description = "单位只见本单位案卷")
    List<EvaluationFileView> files(@PathVariable long id) {
        return campaigns.files(id, me().scope());
    }

    @GetMapping("/campaigns/{id}/results")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "各单位评查结果", description = "优良率、不合格率、平均分；按单位名称排列，不排名")
    List<EvaluationUnitResult> results(@PathVariable long id) {
        return campaigns.results(id, me().scope());
    }

    @GetMapping("/files/{fileId}")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查看抽取的案卷")
    EvaluationFileView file(@PathVariable long fileId) {
        return campaigns.file(fileId, me().scope());
    }

    @GetMapping("/files/{fileId}/sheets")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "评分表", description = "本人的评分表；其他评查人员的评分在案卷得分确定后可见（独立评分）")
    List<EvaluationSheet> sheets(@PathVariable long fileId) {
        return campaigns.sheets(fileId, me());
    }

    @PostMapping("/files/{fileId}/score")
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    @Operation(summary = "提交评分", description = "逐项评分（不超过该项分值）及扣分理由；本单位案卷须回避；可再次提交覆盖本人评分")
    EvaluationFileView score(@PathVariable long fileId, @Validated @RequestBody EvaluationCommands.Score c) {
        return campaigns.score(fileId, c, me());
    }

    // ---- problems raised (handled by the rectification module) -----------------------------------------------------

    @GetMapping("/files/{fileId}/problems")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "评查案卷交办的整改问题", description = "案卷不在本人数据范围内返回 404；办理见 /api/v1/supervision/rectification")
    List<ProblemView> fileProblems(@PathVariable long fileId) {
        EvaluationFileView f = campaigns.file(fileId, me().scope());
        return problems.bySource(cn.fazhi.enforcement.EvaluationCampaigns.RECTIFICATION_SOURCE, f.id());
    }

    private CurrentUser me() {
        return currentUsers.require();
    }
}
