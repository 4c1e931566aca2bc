package cn.fazhi.normative.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.normative.CleanupCampaigns;
import cn.fazhi.normative.CleanupView;
import cn.fazhi.normative.DocumentPage;
import cn.fazhi.normative.NormativeCommands;
import cn.fazhi.normative.NormativeDocumentView;
import cn.fazhi.normative.NormativeDocuments;
import cn.fazhi.normative.NormativeQuery;
import cn.fazhi.normative.NormativeSearch;
import cn.fazhi.normative.TextExtraction;
import cn.fazhi.normative.VersionChain;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.search.SearchResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The register over REST for staff: the same permissions and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/normative")
@Tag(name = "normative", description = "行政规范性文件：起草、征求意见、合法性审核、集体审议、签发公布、备案、施行、评估、清理")
class NormativeApiController {

    private final NormativeDocuments documents;
    private final CleanupCampaigns cleanups;
    private final NormativeSearch search;
    private final CurrentUsers currentUsers;
    private final TextExtraction extraction;

    NormativeApiController(NormativeDocuments documents, CleanupCampaigns cleanups, NormativeSearch search,
            CurrentUsers currentUsers, TextExtraction extraction) {
        this.extraction = extraction;
        this.documents = documents;
        this.cleanups = cleanups;
        this.search = search;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/documents")
    @PreAuthorize("hasAuthority('normative:view')")
    @Operation(summary = "查询文件库", description = "按制定机关、状态、公布年份、某日是否有效、标题筛选，分页")
    DocumentPage list(@ParameterObject @ModelAttribute NormativeQuery query) {
        return documents.list(query, currentUsers.scope());
    }

    @GetMapping("/search")
    @PreAuthorize("hasAuthority('normative:view')")
    @Operation(summary = "全文检索", description = "中文全文检索（含本人数据范围内的草案），相关度排序，命中片段高亮")
    SearchResult search(@ParameterObject @ModelAttribute NormativeSearch.Filters filters) {
        return search.searchStaff(filters, currentUsers.scope());
    }

    @PostMapping("/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('normative:draft')")
    @Operation(summary = "起草文件", description = "有效期不超过设定年限（默认5年，地方做法，未经确认，可配置）")
    NormativeDocumentView draft(@org.springframework.validation.annotation.Validated @RequestBody NormativeCommands.Draft form) {
        return documents.draft(form, currentUsers.require());
    }

    @GetMapping("/documents/{id}")
    @PreAuthorize("hasAuthority('normative:view')")
    @Operation(summary = "查看文件", description = "不在本人数据范围内的文件返回 404")
    NormativeDocumentView one(@PathVariable long id) {
        return documents.get(id);
    }

    @GetMapping("/documents/{id}/actions")
    @PreAuthorize("hasAuthority('normative:view')")
    @Operation(summary = "可办理的步骤", description = "按状态和本人权限，来自流转表（与页面一致）")
    List<String> actions(@PathVariable long id) {
        return documents.actions(documents.get(id), currentUsers);
    }

    @PutMapping("/documents/{id}")
    @PreAuthorize("hasAuthority('normative:draft')")
    @Operation(summary = "修改草案", description = "仅起草阶段可修改")
    NormativeDocumentView edit(@PathVariable long id, @org.springframework.validation.annotation.Validated @RequestBody NormativeCommands.Draft form,
            @RequestParam(name = "version", required = false) Integer version) {
        return documents.edit(id, form, version, currentUsers.scope());
    }

    @PostMapping(path = "/text-extraction", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('normative:draft')")
    @Operation(summary = "提取文件正文", description = "上传 DOCX 或 PDF（不超过设定大小，默认20MB；不接受加密文件），返回其中的文字")
    ExtractedText extract(@RequestPart("file") MultipartFile file) throws IOException {
        try (var in = file.getInputStream()) {
            return new ExtractedText(extraction.extract(file.getOriginalFilename(), file.getSize(), in));
        }
    }

    record ExtractedText(String text) {}

    @PostMapping("/documents/{id}/comment-period")
    @PreAuthorize("hasAuthority('normative:draft')")
    @Operation(summary = "公开征求意见", description = "起草 → 征求意见，登记征求意见期间")
    NormativeDocumentView openComment(@PathVariable long id, @RequestBody NormativeCommands.CommentPeriod form,
            @RequestParam(name = "version", required = false) Integer version) {
        return documents.openComment(id, form, version);
    }

    @PostMapping("/documents/{id}/comments")
    @PreAuthorize("hasAuthority('normative:draft')")
    @Operation(summary = "登记意见", description = "征求意见期间收到的意见及采纳情况")
    NormativeDocumentView comment(@PathVariable long id, @RequestBody NormativeCommands.Comment form,
            @RequestParam(name = "version", required = false) Integer version) {
        return documents.addComment(id, form, version);
    }

    @PutMapping("/documents/{id}/comments/{commentId}")
    @PreAuthorize("hasAuthority('normative:draft')")
    @Operation(summary = "答复意见", description = "登记意见是否采纳及理由；文件签发前可修改")
    NormativeDocumentView answerComment(@PathVariable long id, @PathVariable long commentId,
            @org.springframework.validation.annotation.Validated @RequestBody NormativeCommands.Answer form, @RequestParam(name = "version", required = false) Integer version) {
        return documents.answerComment(id, commentId, form, version);
    }

    @PostMapping("/documents/{id}/submit-review")
    @PreAuthorize("hasAuthority('normative:draft')")
    @Operation(summary = "提交合法性审核", description = "征求意见期满后提交")
    NormativeDocumentView submit(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version) {
        return documents.submitForReview(id, version);
    }

    @PostMapping("/documents/{id}/review")
    @PreAuthorize("hasAuthority('normative:review')")
    @Operation(summary = "登记合法性审核意见", description = "审核通过进入集体审议；未通过的文件不得签发")
    NormativeDocumentView review(@PathVariable long id, @RequestBody NormativeCommands.Review form,
            @RequestParam(name = "version", required = false) Integer version) {
        return documents.recordReview(id, form, version);
    }

    @PostMapping("/documents/{id}/return")
    @PreAuthorize("hasAuthority('normative:draft')")
    @Operation(summary = "退回起草", description = "审核未通过或需修改文本时退回起草")
    NormativeDocumentView back(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version) {
        return documents.returnToDrafting(id, version);
    }

    @PostMapping("/documents/{id}/decision")
    @PreAuthorize("hasAuthority('normative:issue')")
    @Operation(summary = "登记集体审议决定", description = "会议名称和日期")
    NormativeDocumentView decide(@PathVariable long id, @RequestBody NormativeCommands.Decision form,
            @RequestParam(name = "version", required = false) Integer version) {
        return documents.recordDecision(id, form, version);
    }

    @PostMapping("/documents/{id}/sign")
    @PreAuthorize("hasAuthority('normative:issue')")
    @Operation(summary = "签发并公布", description = "发文字号按 GB/T 9704-2012 第7.2.5条：机关代字〔年份〕序号号，六角括号，序号不编虚位、不加“第”")
    NormativeDocumentView sign(@PathVariable long id, @RequestBody NormativeCommands.Sign form,
            @RequestParam(name = "version", required = false) Integer version) {
        return documents.sign(id, form, version);
    }

    @PostMapping("/documents/{id}/filing")
    @PreAuthorize("hasAuthority('normative:issue')")
    @Operation(summary = "报送备案", description = "备案后到施行日期即施行")
    NormativeDocumentView file(@PathVariable long id, @RequestBody NormativeCommands.Filing form,
            @RequestParam(name = "version", required = false) Integer version) {
        return documents.file(id, form, version);
    }

    @PostMapping("/documents/{id}/evaluation")
    @PreAuthorize("hasAuthority('normative:issue')")
    @Operation(summary = "登记有效期届满前评估", description = "施行中的文件")
    NormativeDocumentView evaluate(@PathVariable long id, @RequestBody NormativeCommands.Evaluation form,
            @RequestParam(name = "version", required = false) Integer version) {
        return documents.evaluate(id, form, version);
    }

    @GetMapping("/documents/{id}/versions")
    @PreAuthorize("hasAuthority('normative:view')")
    @Operation(summary = "版本链", description = "修改、替代、废止关系连成的版本链，以及某日施行的版本")
    VersionChain versions(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        return documents.chain(id, date, false, currentUsers.scope());
    }

    @GetMapping("/cleanups")
    @PreAuthorize("hasAuthority('normative:view')")
    @Operation(summary = "清理活动列表")
    List<CleanupView.Summary> cleanups() {
        return cleanups.list(currentUsers.scope());
    }

    @PostMapping("/cleanups")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('normative:cleanup')")
    @Operation(summary = "发起清理", description = "公布日期在期间内（可限定制定机关）、尚未修改废止失效的文件纳入清理")
    CleanupView createCleanup(@RequestBody CleanupView.Create form) {
        return cleanups.create(form, currentUsers.require());
    }

    @GetMapping("/cleanups/{id}")
    @PreAuthorize("hasAuthority('normative:view')")
    @Operation(summary = "查看清理")
    CleanupView cleanup(@PathVariable long id) {
        return cleanups.find(id, currentUsers.scope()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    @PostMapping("/cleanups/{id}/documents/{documentId}")
    @PreAuthorize("hasAuthority('normative:cleanup')")
    @Operation(summary = "登记清理意见", description = "继续有效、需要修改、废止或宣布失效，并说明理由；公布前不改变文件状态")
    CleanupView reviewCleanup(@PathVariable long id, @PathVariable long documentId, @RequestBody CleanupView.Review form) {
        return cleanups.review(id, documentId, form, currentUsers.scope());
    }

    @PostMapping("/cleanups/{id}/publish")
    @PreAuthorize("hasAuthority('normative:cleanup')")
    @Operation(summary = "公布清理结果", description = "全部文件均有清理意见后公布；公布时文件状态随之改变")
    CleanupView publishCleanup(@PathVariable long id) {
        return cleanups.publish(id, currentUsers.scope());
    }
}
