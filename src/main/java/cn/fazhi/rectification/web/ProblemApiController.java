package cn.fazhi.rectification.web;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.TimelineEntry;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.rectification.ProblemCommands;
import cn.fazhi.rectification.ProblemReport;
import cn.fazhi.rectification.ProblemView;
import cn.fazhi.rectification.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.fazhi.platform.web.Paged;

/** Rectification over REST: the same permissions, scope and rules as the pages; bad input is a Chinese problem body. */
@RestController
@RequestMapping("/api/v1/supervision/rectification/problems")
@Tag(name = "整改")
@PreAuthorize("hasAuthority('rectification:view')")
class ProblemApiController {

    private final Problems problems;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseLinks links;

    ProblemApiController(Problems problems, CurrentUsers currentUsers, CaseTimeline timeline, CaseLinks links) {
        this.problems = problems;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.links = links;
    }

    /** A problem with its history, files, timeline, links and the steps the caller may take now. */
    record Detail(ProblemView problem, String acceptanceNote, List<ProblemReport> reports, List<Attachment> attachments,
            List<TimelineEntry> timeline, List<CaseLinks.Linked> links, List<String> actions) {}

    @GetMapping
    @Operation(summary = "查询整改问题", description = "本人数据范围内（责任单位、交办单位或辖区）；可按状态、来源类型、责任单位、是否逾期、发现年度筛选")
    Paged<ProblemView> search(@ParameterObject @Validated @ModelAttribute ProblemCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("rectification.error.paging");
        }
        return problems.search(query, currentUsers.require().scope(), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看整改问题", description = "含整改方案、进展报告、佐证材料、时间线、关联记录和可办理的步骤；不在数据范围内的返回 404")
    Detail one(@PathVariable long id) {
        ProblemView v = problems.get(id);
        return new Detail(v, problems.acceptanceNote(id), problems.reports(id), problems.attachments(id),
                timeline.of(Problems.ref(id)), links.of(Problems.ref(id)), problems.actions(v));
    }

    @PostMapping("/{id}/steps/{step}")
    @Operation(summary = "办理整改步骤", description = "plan 制定方案、progress 报告进展、submit 提请验收（责任单位）；accept 验收销号、"
            + "return 退回、reopen 重新打开、extend 延长期限（交办方，不得验收本单位问题）。须带读取时的 version，过期返回 409")
    ProblemView step(@PathVariable long id, @PathVariable String step,
            @Validated @RequestBody(required = false) ProblemCommands.Step c) {
        return problems.step(id, step, c);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传整改佐证材料", description = "kind: evidence 佐证、plan 方案、acceptance 验收材料；SM4 加密存储并记录 SM3 摘要")
    Attachment attach(@PathVariable long id, @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw UserFacingException.badRequest("cases.attachment.empty");
        }
        return problems.attach(id, file.getOriginalFilename(), file.getInputStream(), kind);
    }
}
