package cn.fazhi.services.web;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.services.ItemImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The .xlsx import of service items over REST: all or nothing, a refused file answers each row's reasons. */
@RestController
@Tag(name = "政务服务事项")
@PreAuthorize("hasAuthority('services:manage')")
class ItemImportApiController {

    private final ItemImport imports;

    ItemImportApiController(ItemImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/v1/services/items/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入政务服务事项", description = "本单位事项 .xlsx，全部成功才保存；有误时返回 400 及逐行原因，一行也不保存")
    Map<String, Integer> importFile(@RequestParam(name = "file", required = false) MultipartFile file) {
        return Map.of("rows", ItemImportController.importUpload(imports, file));
    }
}
