package cn.fazhi.services.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

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
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.services.ItemImport;

/** .xlsx import of service items (all or nothing, row-by-row reasons): the page and its template. */
@Controller
@PreAuthorize("hasAuthority('services:manage')")
class ItemImportController {

    static final String PAGE = "/services/items/import";

    private final ItemImport imports;
    private final MessageSource messages;

    ItemImportController(ItemImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page() {
        return "services/items/import";
    }

    @GetMapping(PAGE + "/template")
    void template(HttpServletResponse response) throws IOException {
        var locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage("services.item.import.title", null, locale);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        Spreadsheets.template(response.getOutputStream(), ItemImport.columns(), title, messages, locale);
    }

    @PostMapping(PAGE)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        try {
            importUpload(imports, file);
            redirect.addFlashAttribute("noticeKey", "services.item.import.done");
            return "redirect:/services/items";
        } catch (ImportRejected e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("rowErrors", e.errors().stream()
                    .map(err -> messages.getMessage(err.message(), LocaleContextHolder.getLocale())).toList());
            return "services/items/import";
        } catch (UserFacingException e) {
            if (e.status() == org.springframework.http.HttpStatus.FORBIDDEN) {
                throw e;
            }
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "services/items/import";
        }
    }

    static int importUpload(ItemImport imports, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw UserFacingException.badRequest("services.item.import.error.noFile");
        }
        return Spreadsheets.fromUpload(file, imports::importFile);
    }
}
