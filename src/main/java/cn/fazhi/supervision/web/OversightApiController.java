package cn.fazhi.supervision.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.rectification.ProblemView;
import cn.fazhi.supervision.OverseerCommands;
import cn.fazhi.supervision.OverseerView;
import cn.fazhi.supervision.Overseers;
import cn.fazhi.supervision.OversightCommands;
import cn.fazhi.supervision.OversightMissions;
import cn.fazhi.supervision.OversightView;
import cn.fazhi.supervision.ReportDuties;
import cn.fazhi.supervision.ReportDutyView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.fazhi.platform.web.Paged;

/** 法治督察 over REST (督察工作规定): the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/supervision/oversight")
@Tag(name = "supervision-oversight", description = "法治督察：督察任务、法治督察员库、年度报告报送公开督察")
class OversightApiController {

    private final OversightMissions missions;
    private final Overseers overseers;
    private final ReportDuties duties;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    OversightApiController(OversightMissions missions, Overseers overseers, ReportDuties duties, CurrentUsers currentUsers,
            Clock clock) {
        this.missions = missions;
        this.overseers = overseers;
        this.duties = duties;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    // ---- missions ----------------------------------------------------------------------------------------------------

    @PostMapping("/missions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "制定督察任务", description = "专项/实地/书面督察；被督察单位至少一个；实地督察至少一名在任督察员")
    OversightView plan(@RequestBody OversightCommands.Plan c) {
        return missions.plan(c, currentUsers.require());
    }

    @GetMapping("/missions")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "查询督察任务", description = "本人数据范围内：督察单位，或被督察的本单位")
    Paged<OversightView> search(@ParameterObject @ModelAttribute OversightCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return missions.search(query, currentUsers.require().scope(), page, size);
    }

    @GetMapping("/missions/{id}")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "查看督察任务", description = "不在本人数据范围内的返回 404")
    OversightView one(@PathVariable long id) {
        return missions.get(id);
    }

    @GetMapping("/missions/{id}/actions")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "可办理的步骤", description = "按状态和本人权限，来自流转表")
    List<String> actions(@PathVariable long id) {
        return missions.actions(missions.get(id));
    }

    @GetMapping("/missions/{id}/problems")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "督察发现问题的整改情况", description = "每条督察发现生成的整改问题及其状态")
    List<ProblemView> problems(@PathVariable long id) {
        return missions.problems(id);
    }

    @PostMapping("/missions/{id}/notify")
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "通知被督察单位", description = "书面督察同时确定自查报告报送期限（默认见设置）")
    OversightView notifyTargets(@PathVariable long id, @RequestBody OversightCommands.Notify c) {
        return missions.notifyTargets(id, c);
    }

    @PostMapping(path = "/missions/{id}/self-report", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('supervision:respond')")
    @Operation(summary = "报送自查报告", description = "书面督察的被督察单位（本单位）报送一次")
    OversightView selfReport(@PathVariable long id, @RequestBody OversightCommands.SelfReport c) {
        return missions.selfReport(id, c, currentUsers.require(), List.of());
    }

    @PostMapping(path = "/missions/{id}/self-report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('supervision:respond')")
    @Operation(summary = "报送自查报告（含附件）", description = "multipart：version、text 与 files（一个或多个附件）")
    OversightView selfReportWithFiles(@PathVariable long id, @RequestParam("version") Integer version,
            @RequestParam("text") String text,
            @RequestParam(name = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files) {
        List<OversightMissions.Upload> uploads = new java.util.ArrayList<>();
        for (var f : files == null ? List.<org.springframework.web.multipart.MultipartFile>of() : files) {
            if (f != null && !f.isEmpty()) {
                try {
                    uploads.add(new OversightMissions.Upload(f.getOriginalFilename(), f.getInputStream()));
                } catch (java.io.IOException e) {
                    throw cn.fazhi.platform.web.UserFacingException.badRequest("cases.attachment.empty");
                }
            }
        }
        return missions.selfReport(id, new OversightCommands.SelfReport(version, text), currentUsers.require(), uploads);
    }

    @PostMapping("/missions/{id}/start")
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "开始督察（实地/进行中）")
    OversightView start(@PathVariable long id, @RequestBody OversightCommands.Step c) {
        return missions.start(id, c);
    }

    @PostMapping("/missions/{id}/findings")
    @PreAuthorize("hasAuthority('supervision:inspect')")
    @Operation(summary = "记录督察发现的问题", description = "参加本次督察的督察员记录；每条发现生成一个整改问题")
    OversightView recordFinding(@PathVariable long id, @RequestBody OversightCommands.Finding c) {
        return missions.recordFinding(id, c, currentUsers.require());
    }

    @PostMapping("/missions/{id}/complete-findings")
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "问题记录完毕")
    OversightView completeFindings(@PathVariable long id, @RequestBody OversightCommands.Step c) {
        return missions.completeFindings(id, c);
    }

    @PostMapping("/missions/{id}/report")
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "印发督察报告", description = "督察工作规定第十七条：工作开展、结果、责任落实、问题、原因、建议，均须填写")
    OversightView issueReport(@PathVariable long id, @RequestBody OversightCommands.Report c) {
        return missions.issueReport(id, c);
    }

    @GetMapping("/missions/{id}/report.docx")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "督察报告 DOCX（GB/T 9704）")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        OversightView v = missions.get(id);
        return file(missions.reportDocx(id), v.caseNumber() + "督察报告.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @GetMapping("/missions/{id}/report.pdf")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "督察报告 PDF（GB/T 9704）")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        OversightView v = missions.get(id);
        return file(missions.reportPdf(id), v.caseNumber() + "督察报告.pdf", MediaType.APPLICATION_PDF_VALUE);
    }

    @PostMapping("/missions/{id}/close")
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "督察任务办结")
    OversightView close(@PathVariable long id, @RequestBody OversightCommands.Step c) {
        return missions.close(id, c);
    }

    @PostMapping("/missions/{id}/cancel")
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "取消督察任务", description = "仅限开始前")
    OversightView cancel(@PathVariable long id, @RequestBody OversightCommands.Step c) {
        return missions.cancel(id, c);
    }

    // ---- inspectors --------------------------------------------------------------------------------------------------

    @GetMapping("/inspectors")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "法治督察员库", description = "电话仅显示脱敏号码")
    Paged<OverseerView> inspectors(@ParameterObject @ModelAttribute OverseerCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return overseers.search(query, page, size);
    }

    @GetMapping("/inspectors/{id}")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "查看督察员")
    OverseerView inspector(@PathVariable long id) {
        return overseers.find(id);
    }

    @PostMapping("/inspectors")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "聘任督察员", description = "聘任日期、聘任文号、任期届满日期必填；电话加密保存")
    OverseerView appoint(@RequestBody OverseerCommands.Save c) {
        return overseers.appoint(c);
    }

    @PutMapping("/inspectors/{id}")
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "修改督察员信息", description = "电话留空则保持原号码")
    OverseerView update(@PathVariable long id, @RequestBody OverseerCommands.Save c) {
        return overseers.update(id, c);
    }

    @PostMapping("/inspectors/{id}/dismiss")
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "解聘督察员")
    OverseerView dismiss(@PathVariable long id, @RequestBody OverseerCommands.Dismiss c) {
        return overseers.dismiss(id, c);
    }

    // ---- annual-report duties ------------------------------------------------------------------------------------------

    @GetMapping("/report-duties")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "年度报告报送、公开情况", description = "督察工作规定第二十三至二十五条；期限取自年度报告模块的设置；本人数据范围内")
    List<ReportDutyView> reportDuties(@RequestParam(name = "year", required = false) Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        return OversightPageController.visible(duties.of(y), currentUsers.require());
    }

    @PostMapping("/report-duties/{year}/{regionCode}/problem")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "对逾期未报送或未公开的单位通报批评并责令整改", description = "督察工作规定第二十六条；每项只生成一个整改问题")
    ProblemView raise(@PathVariable int year, @PathVariable String regionCode) {
        return duties.raise(year, regionCode);
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
