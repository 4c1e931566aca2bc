package cn.fazhi.reconsideration.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.ImportResult;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reconsideration.CaseImports;
import jakarta.servlet.http.HttpServletResponse;

/** Pages for the spreadsheet import of reconsideration applications and litigation cases (form, template, upload). */
@Controller
class CaseImportPageController {

    private static final String VIEW = "reconsideration/import";

    private final CaseImports imports;
    private final MessageSource messages;

    CaseImportPageController(CaseImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/reconsideration/import")
    @PreAuthorize("hasAuthority('reconsideration:register')")
    String reconsiderationForm(Model model) {
        model.addAttribute("kind", "reconsideration");
        return VIEW;
    }

    @GetMapping("/reconsideration/import/template")
    @PreAuthorize("hasAuthority('reconsideration:register')")
    void reconsiderationTemplate(HttpServletResponse response) throws IOException {
        startDownload(response, messages.getMessage("reconsideration.import.templateFileName", null,
                LocaleContextHolder.getLocale()) + ".xlsx");
        imports.reconsiderationTemplate(response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @PostMapping("/reconsideration/import")
    @PreAuthorize("hasAuthority('reconsideration:register')")
    String reconsiderationUpload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("kind", "reconsideration");
        return upload(model, redirect, "/reconsideration/import",
                () -> Spreadsheets.fromUpload(file, imports::importReconsideration));
    }

    @GetMapping("/litigation/import")
    @PreAuthorize("hasAuthority('litigation:edit')")
    String litigationForm(Model model) {
        model.addAttribute("kind", "litigation");
        return VIEW;
    }

    @GetMapping("/litigation/import/template")
    @PreAuthorize("hasAuthority('litigation:edit')")
    void litigationTemplate(HttpServletResponse response) throws IOException {
        startDownload(response, messages.getMessage("litigation.import.templateFileName", null,
                LocaleContextHolder.getLocale()) + ".xlsx");
        imports.litigationTemplate(response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @PostMapping("/litigation/import")
    @PreAuthorize("hasAuthority('litigation:edit')")
    String litigationUpload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("kind", "litigation");
        return upload(model, redirect, "/litigation/import",
                () -> Spreadsheets.fromUpload(file, imports::importLitigation));
    }

    private String upload(Model model, RedirectAttributes redirect, String page,
            java.util.function.Supplier<ImportResult> importer) {
        try {
            redirect.addFlashAttribute("imported", importer.get());
            return "redirect:" + page;
        } catch (ImportRejected e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("rowErrors", e.errors().stream()
                    .map(err -> messages.getMessage(err.message(), LocaleContextHolder.getLocale())).toList());
            return VIEW;
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return VIEW;
        }
    }

    static void startDownload(HttpServletResponse response, String fileName) {
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
