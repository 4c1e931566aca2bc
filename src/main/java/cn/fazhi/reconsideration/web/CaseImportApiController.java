package cn.fazhi.reconsideration.web;

import java.io.IOException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.platform.imports.ImportResult;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.reconsideration.CaseImports;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;

/** Spreadsheet import of reconsideration applications and litigation cases over REST (same rules as the pages). */
@RestController
@RequestMapping("/api/v1")
class CaseImportApiController {

    private final CaseImports imports;
    private final MessageSource messages;

    CaseImportApiController(CaseImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(path = "/reconsideration/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('reconsideration:register')")
    @Operation(tags = "reconsideration", summary = "批量导入行政复议申请（.xlsx）",
            description = "按模板每行一件申请，逐行按登记规则校验；全部通过才保存（一个事务，案号连续），否则 400，errors 列出行号、列和原因")
    ImportResult importReconsideration(@RequestPart("file") MultipartFile file) {
        return Spreadsheets.fromUpload(file, imports::importReconsideration);
    }

    @GetMapping("/reconsideration/import/template")
    @PreAuthorize("hasAuthority('reconsideration:register')")
    @Operation(tags = "reconsideration", summary = "下载行政复议申请导入模板（.xlsx）")
    void reconsiderationTemplate(HttpServletResponse response) throws IOException {
        CaseImportPageController.startDownload(response, messages.getMessage(
                "reconsideration.import.templateFileName", null, LocaleContextHolder.getLocale()) + ".xlsx");
        imports.reconsiderationTemplate(response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @PostMapping(path = "/litigation/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('litigation:edit')")
    @Operation(tags = "litigation", summary = "批量导入行政应诉案件（.xlsx）",
            description = "按模板每行一件案件，逐行按登记规则校验；全部通过才保存（一个事务），否则 400，errors 列出行号、列和原因")
    ImportResult importLitigation(@RequestPart("file") MultipartFile file) {
        return Spreadsheets.fromUpload(file, imports::importLitigation);
    }

    @GetMapping("/litigation/import/template")
    @PreAuthorize("hasAuthority('litigation:edit')")
    @Operation(tags = "litigation", summary = "下载行政应诉案件导入模板（.xlsx）")
    void litigationTemplate(HttpServletResponse response) throws IOException {
        CaseImportPageController.startDownload(response, messages.getMessage(
                "litigation.import.templateFileName", null, LocaleContextHolder.getLocale()) + ".xlsx");
        imports.litigationTemplate(response.getOutputStream(), LocaleContextHolder.getLocale());
    }
}
