package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
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

import cn.fazhi.enforcement.CertificateQrCodes;
import cn.fazhi.enforcement.CertificateView;
import cn.fazhi.enforcement.OfficerCommands;
import cn.fazhi.enforcement.OfficerSpreadsheets;
import cn.fazhi.enforcement.OfficerView;
import cn.fazhi.enforcement.Officers;
import cn.fazhi.enforcement.TrainingCommands;
import cn.fazhi.enforcement.TrainingRecords;
import cn.fazhi.enforcement.TrainingSummary;
import cn.fazhi.enforcement.TrainingView;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.scope.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.fazhi.platform.web.Paged;

/** Officers, certificates and training hours over REST: the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/enforcement")
@Tag(name = "enforcement-officers", description = "行政执法人员、行政执法证（亮证二维码）、培训学时、导入导出")
class OfficerApiController {

    private final Officers officers;
    private final TrainingRecords training;
    private final OfficerSpreadsheets spreadsheets;
    private final CertificateQrCodes qrCodes;
    private final CurrentUsers currentUsers;

    OfficerApiController(Officers officers, TrainingRecords training, OfficerSpreadsheets spreadsheets,
            CertificateQrCodes qrCodes, CurrentUsers currentUsers) {
        this.officers = officers;
        this.training = training;
        this.spreadsheets = spreadsheets;
        this.qrCodes = qrCodes;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/officers")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查询执法人员", description = "按姓名或证号、单位、今日是否持有效证件筛选，分页；单位人员只见本单位")
    Paged<OfficerView> search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "certified", required = false) Boolean certified,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size) {
        return officers.search(q, unitId, certified, page, size, scope());
    }

    @PostMapping("/officers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "登记执法人员", description = "身份证号加密存储并脱敏显示；法制审核人员须具有法律职业资格（《行政处罚法》第五十八条第二款）")
    OfficerView register(@Validated @RequestBody OfficerCommands.Officer c) {
        return officers.register(c, scope());
    }

    @GetMapping("/officers/{id}")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查看执法人员", description = "不在数据范围内返回 404")
    OfficerView one(@PathVariable long id) {
        return officers.get(id, scope());
    }

    @PutMapping("/officers/{id}")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "修改执法人员", description = "需带 version；身份证号留空则不变")
    OfficerView update(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version,
            @Validated @RequestBody OfficerCommands.Officer c) {
        return officers.update(id, version, c, scope());
    }

    @GetMapping("/officers/{id}/certificates")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "执法人员的证件", description = "每张证件的登记状态及今日效力")
    List<CertificateView> certificates(@PathVariable long id) {
        return officers.certificates(id, scope());
    }

    @PostMapping("/officers/{id}/certificates")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "发放行政执法证", description = "证号格式由 fazhi.enforcement.officers.certificate-number-pattern 设定，全局唯一")
    CertificateView issue(@PathVariable long id, @Validated @RequestBody OfficerCommands.Certificate c) {
        return officers.issue(id, c, scope());
    }

    @PostMapping("/certificates/{id}/status")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "暂扣、恢复或注销证件", description = "自某日起生效并记录理由；已注销、已过期的证件不能再变更")
    CertificateView changeStatus(@PathVariable long id, @Validated @RequestBody OfficerCommands.CertificateStatusChange c) {
        return officers.changeStatus(id, c, scope());
    }

    @GetMapping(value = "/certificates/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "证件二维码", description = "PNG，内容为公开查验地址 /public/enforcement/certificates/{证号}")
    ResponseEntity<byte[]> qr(@PathVariable long id, HttpServletRequest request) {
        CertificateView c = officers.certificate(id, scope());
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .body(qrCodes.png(qrCodes.publicUrl(c.number(), OfficerPages.requestBase(request)), 240));
    }

    @GetMapping("/training")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "年度培训学时", description = "数据范围内在岗执法人员某年学时及是否达到 fazhi.enforcement.officers.training-hours（默认60）")
    Paged<TrainingView> training(@RequestParam int year, @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "below", required = false) Boolean below,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "100") int size) {
        return training.year(year, unitId, below, page, size, scope());
    }

    @GetMapping("/training/summary")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "培训学时达标情况", description = "在岗人数、达标人数、达标率")
    Map<String, Object> summary(@RequestParam int year) {
        TrainingSummary s = training.summary(year, scope());
        return Map.of("year", s.year(), "officers", s.officers(), "met", s.met(), "threshold", s.threshold(),
                "percent", s.percent() == null ? "" : s.percent());
    }

    @PostMapping("/officers/{id}/training")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "记录培训学时", description = "同一人员同一年份再次记录即替换")
    TrainingView recordTraining(@PathVariable long id, @Validated @RequestBody TrainingCommands.Hours c) {
        return training.record(id, c, scope());
    }

    @PostMapping(value = "/officers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "导入执法人员及证件", description = ".xlsx，全部成功或全部不导入；错误逐行列出")
    Map<String, Integer> importOfficers(@RequestParam(name = "file", required = false) MultipartFile file) {
        int n = Spreadsheets.fromUpload(file, (name, path) -> spreadsheets.importOfficers(name, path, scope()));
        return Map.of("imported", n);
    }

    @GetMapping("/officers/import/template")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "导入模板", description = "表头为各列中文名称")
    void template(HttpServletResponse response) throws IOException {
        OfficerPages.startDownload(response, "enforcement-officers-template.xlsx");
        spreadsheets.template(response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @GetMapping("/officers/export")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "导出执法人员", description = "与查询条件相同，身份证号脱敏")
    void export(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "certified", required = false) Boolean certified, HttpServletResponse response)
            throws IOException {
        OfficerPages.startDownload(response, "enforcement-officers.xlsx");
        spreadsheets.exportOfficers(q, unitId, certified, scope(), response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    private DataScope scope() {
        return currentUsers.require().scope();
    }
}
