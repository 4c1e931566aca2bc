package cn.fazhi.supervision.web;

import java.io.IOException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.supervision.TargetRegister;
import cn.fazhi.supervision.TargetRegisterCommand;
import cn.fazhi.supervision.TargetRegisterImported;
import cn.fazhi.supervision.TargetRegisterSpreadsheets;
import cn.fazhi.supervision.TargetRegisterStatus;
import cn.fazhi.supervision.TargetRegisterView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import cn.fazhi.platform.web.Paged;

/** The register of inspection targets over REST: read by departments, kept and imported by the office. */
@RestController
@RequestMapping("/api/v1/supervision/random-inspections/entities")
@Tag(name = "supervision-random-entities", description = "检查对象名录库（市场主体）：查询、登记、修改、.xlsx 导入导出")
class TargetApiController {

    private final TargetRegister register;
    private final TargetRegisterSpreadsheets spreadsheets;

    TargetApiController(TargetRegister register, TargetRegisterSpreadsheets spreadsheets) {
        this.register = register;
        this.spreadsheets = spreadsheets;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
    @Operation(summary = "查询检查对象", description = "按统一社会信用代码或名称、行业（门类字母或代码前缀）、乡镇街道、状态筛选，分页")
    Paged<TargetRegisterView> search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "industry", required = false) String industry,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "status", required = false) TargetRegisterStatus status,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size) {
        return register.search(q, industry, region, status, page, size);
    }

    @GetMapping("/export")
    @PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
    @Operation(summary = "导出检查对象（.xlsx）")
    void export(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "industry", required = false) String industry,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "status", required = false) TargetRegisterStatus status, HttpServletResponse response)
            throws IOException {
        RandomItemPages.startDownload(response, "random-entities.xlsx");
        spreadsheets.exportEntities(q, industry, region, status, response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
    @Operation(summary = "查看检查对象")
    TargetRegisterView one(@PathVariable long id) {
        return register.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "登记检查对象", description = "统一社会信用代码须符合 GB 32100-2015 校验；行业为 GB/T 4754 代码；区域为本区乡镇街道")
    TargetRegisterView create(@RequestBody TargetRegisterCommand c) {
        return register.create(c);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "修改检查对象", description = "需带 version，版本不符返回 409；统一社会信用代码不可改")
    TargetRegisterView update(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version,
            @RequestBody TargetRegisterCommand c) {
        return register.update(id, version, c);
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "导入检查对象（.xlsx）", description = "按统一社会信用代码新增或更新；任何一行有误则全部不保存，返回 400 及逐行中文原因（errors 数组）；"
            + "单次最多 200,000 行")
    TargetRegisterImported importEntities(@RequestParam(name = "file", required = false) MultipartFile file) {
        return Spreadsheets.fromUpload(file, spreadsheets::importEntities);
    }

    @GetMapping("/import/template")
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "导入模板（.xlsx）")
    void template(HttpServletResponse response) throws IOException {
        RandomItemPages.startDownload(response, "random-entities-template.xlsx");
        spreadsheets.template(response.getOutputStream(), LocaleContextHolder.getLocale());
    }
}
