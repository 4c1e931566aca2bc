package cn.fazhi.mediation.web;

import java.io.IOException;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.mediation.DisputeExports;
import cn.fazhi.mediation.DisputeImports;
import cn.fazhi.mediation.DisputeQuery;
import cn.fazhi.platform.imports.ImportResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** Spreadsheet import and export of disputes over REST (same permissions and scope as the pages). */
@RestController
@RequestMapping("/api/v1/mediation")
@Tag(name = "mediation", description = "人民调解：纠纷登记、受理、调解、协议、司法确认")
class DisputeSpreadsheetApiController {

    private final DisputeImports imports;
    private final DisputeExports exports;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    DisputeSpreadsheetApiController(DisputeImports imports, DisputeExports exports, CurrentUsers currentUsers,
            MessageSource messages) {
        this.imports = imports;
        this.exports = exports;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('mediation:register')")
    @Operation(summary = "批量导入纠纷（.xlsx）",
            description = "按模板每行一件纠纷；全部校验通过才保存（一个事务），否则 400，errors 列出行号、列和原因")
    ImportResult importFile(@RequestPart("file") MultipartFile file) {
        return DisputeSpreadsheetPageController.importUpload(imports, file, currentUsers);
    }

    @GetMapping("/imports/template")
    @PreAuthorize("hasAuthority('mediation:register')")
    @Operation(summary = "下载导入模板（.xlsx）")
    void template(HttpServletResponse response) throws IOException {
        DisputeSpreadsheetPageController.sendTemplate(imports, messages, response);
    }

    @GetMapping("/disputes/export")
    @PreAuthorize("hasAuthority('mediation:view')")
    @Operation(summary = "导出纠纷列表（.xlsx）", description = "与查询相同的筛选条件，不分页；仅本人数据范围内；证件号码和电话已脱敏")
    void export(@ParameterObject @ModelAttribute DisputeQuery query, HttpServletResponse response) throws IOException {
        DisputeSpreadsheetPageController.startDownload(response,
                messages.getMessage("mediation.export.fileName", null, LocaleContextHolder.getLocale()) + ".xlsx");
        exports.export(query, currentUsers.require().scope(), response.getOutputStream(), LocaleContextHolder.getLocale());
    }
}
