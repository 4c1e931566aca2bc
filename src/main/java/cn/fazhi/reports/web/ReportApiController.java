package cn.fazhi.reports.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reports.AnnualReports;
import cn.fazhi.reports.ReportForms.Create;
import cn.fazhi.reports.ReportForms.EditText;
import cn.fazhi.reports.ReportForms.StepForm;
import cn.fazhi.reports.ReportStep;
import cn.fazhi.reports.ReportTemplates;
import cn.fazhi.reports.ReportViews.FrozenRecords;
import cn.fazhi.reports.ReportViews.Report;
import cn.fazhi.reports.ReportViews.Summary;
import cn.fazhi.reports.ReportViews.Template;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Annual reports over REST. Each step of the flow is its own POST; a step not allowed in the report's status is a
 * 409, a step the caller may not take a 403, bad input (unknown indicator in the text, missing reason) a 400, a report
 * outside the caller's scope a 404 — RFC 9457 problems in Chinese by default.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "reports", description = "Annual 法治政府建设年度报告: draft, review flow, DOCX/PDF")
@ApiResponse(responseCode = "400", description = "Bad input: problem body naming the problem (Chinese by default)")
@ApiResponse(responseCode = "404", description = "No such report in the caller's scope")
@ApiResponse(responseCode = "409", description = "The step is not allowed in the report's status, or a concurrent change")
class ReportApiController {

    private final AnnualReports reports;
    private final ReportTemplates templates;
    private final CurrentUsers currentUsers;

    ReportApiController(AnnualReports reports, ReportTemplates templates, CurrentUsers currentUsers) {
        this.reports = reports;
        this.templates = templates;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('reports:view')")
    @Operation(summary = "Reports in the caller's scope, newest year first")
    List<Summary> list() {
        return reports.list(currentUsers.require());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('reports:draft')")
    @Operation(summary = "Draft the report of a year for the district (6 digits) or a township (9 digits) from the template")
    ResponseEntity<Report> create(@RequestBody Create form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reports.create(form, currentUsers.require()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('reports:view')")
    @Operation(summary = "One report: rendered text, its figures (live until frozen, then the snapshot) and the steps possible now")
    Report get(@PathVariable long id) {
        return reports.get(id, currentUsers.require());
    }

    @PutMapping("/{id}/text")
    @PreAuthorize("hasAuthority('reports:draft')")
    @Operation(summary = "Edit title, body and signature of a DRAFT report (placeholders {{indicator.id:format}})")
    Report edit(@PathVariable long id, @RequestBody EditText form) {
        return reports.editText(id, form, currentUsers.require());
    }

    @PostMapping("/{id}/steps/{step}")
    @PreAuthorize("hasAuthority('reports:view')")
    @Operation(summary = "Take a step: submit, pass-review (freezes), approve (text = secrecy review conclusion), publish, "
            + "reject (text = reason); the permission depends on the step. Four eyes: 403 when the caller submitted "
            + "this round (pass-review, approve) or passed its internal review (approve)")
    Report step(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) StepForm form) {
        ReportStep s = ReportStep.ofPath(step).orElseThrow(() -> UserFacingException.notFound("reports.error.stepUnknown"));
        return reports.step(id, s, form, currentUsers.require());
    }

    @GetMapping("/{id}/figures/{indicatorId}/records")
    @PreAuthorize("hasAuthority('reports:view')")
    @Operation(summary = "The records behind a frozen figure, as kept at freezing time")
    FrozenRecords frozenRecords(@PathVariable long id, @PathVariable String indicatorId,
            @RequestParam(defaultValue = "0") int page) {
        return reports.frozenRecords(id, indicatorId, page, currentUsers.require());
    }

    @GetMapping(value = "/{id}/docx", produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @PreAuthorize("hasAuthority('reports:view')")
    @Operation(summary = "The report as DOCX (GB/T 9704-2012)")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return ReportFiles.file(reports.docx(id, currentUsers.require()), ReportFiles.DOCX, false);
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAuthority('reports:view')")
    @Operation(summary = "The report as PDF (GB/T 9704-2012, fonts embedded)")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ReportFiles.file(reports.pdf(id, currentUsers.require()), MediaType.APPLICATION_PDF, false);
    }

    @GetMapping("/template")
    @PreAuthorize("hasAuthority('reports:view')")
    @Operation(summary = "The template new reports start from")
    Template template() {
        return templates.current();
    }

    @PutMapping("/template")
    @PreAuthorize("hasAuthority('reports:template:edit')")
    @Operation(summary = "Save the template; unknown indicator ids are refused, named in the problem detail")
    Template saveTemplate(@RequestBody EditText form) {
        return templates.save(form, currentUsers.require());
    }
}
