package cn.fazhi.mediation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.mediation.DisputeExports;
import cn.fazhi.mediation.DisputeImports;
import cn.fazhi.mediation.DisputeQuery;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.ImportResult;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.UserFacingException;
import jakarta.servlet.http.HttpServletResponse;

/** Pages for the spreadsheet import (upload form, template) and the export of the filtered dispute list. */
@Controller
@PreAuthorize("hasAuthority('mediation:view')")
class DisputeSpreadsheetPageController {

    private final DisputeImports imports;
    private final DisputeExports exports;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final java.time.Clock clock;

    DisputeSpreadsheetPageController(DisputeImports imports, DisputeExports exports, CurrentUsers currentUsers,
            MessageSource messages, java.time.Clock clock) {
        this.clock = clock;
        this.imports = imports;
        this.exports = exports;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @GetMapping("/mediation/import")
    @PreAuthorize("hasAuthority('mediation:register')")
    String importForm() {
        return "mediation/import";
    }

    @GetMapping("/mediation/import/template")
    @PreAuthorize("hasAuthority('mediation:register')")
    void template(HttpServletResponse response) throws IOException {
        sendTemplate(imports, messages, response);
    }

    @PostMapping("/mediation/import")
    @PreAuthorize("hasAuthority('mediation:register')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        try {
            ImportResult result = importUpload(imports, file, currentUsers);
            redirect.addFlashAttribute("imported", result);
            return "redirect:/mediation/import";
        } catch (ImportRejected e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("rowErrors", e.errors().stream()
                    .map(err -> messages.getMessage(err.message(), LocaleContextHolder.getLocale())).toList());
            return "mediation/import";
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "mediation/import";
        }
    }

    @GetMapping("/mediation/export")
    void export(@ModelAttribute("query") DisputeQuery query, BindingResult errors, HttpServletResponse response)
            throws IOException {
        DisputeQuery q = errors.hasErrors() ? new DisputeQuery(null, null, null, null, null, null) : query;
        startDownload(response, messages.getMessage("mediation.export.fileName", null, LocaleContextHolder.getLocale())
                + "-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx");
        exports.export(q, currentUsers.require().scope(), response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    // ---- shared with the API --------------------------------------------------------------------------------------

    /** Copies the upload to a temporary file (read twice, streamed each time) and imports it. */
    static ImportResult importUpload(DisputeImports imports, MultipartFile file, CurrentUsers currentUsers) {
        return Spreadsheets.fromUpload(file, (name, path) -> imports.importFile(name, path, currentUsers.require()));
    }

    static void sendTemplate(DisputeImports imports, MessageSource messages, HttpServletResponse response)
            throws IOException {
        startDownload(response, messages.getMessage("mediation.import.templateFileName", null,
                LocaleContextHolder.getLocale()) + ".xlsx");
        imports.template(response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    static void startDownload(HttpServletResponse response, String fileName) {
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

}
