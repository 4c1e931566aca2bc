package cn.fazhi.enforcement.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;
import jakarta.servlet.http.HttpServletResponse;

/** What the officers part's page controllers share: a form action with every error at once, downloads. */
final class OfficerPages {

    private OfficerPages() {}

    /**
     * Runs a form action: binding and Bean Validation errors, or the domain's refusal, re-render {@code page} with the
     * errors (nothing saved); otherwise a redirect to {@code target} with the saved notice.
     */
    static String act(BindingResult errors, Model model, RedirectAttributes redirect, Supplier<String> page,
            Supplier<String> action) {
        if (errors != null && Pages.invalid(model, errors)) {
            return page.get();
        }
        try {
            String target = action.get();
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + target;
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            Pages.errors(model).add(e);
            return page.get();
        }
    }

    static void startDownload(HttpServletResponse response, String fileName) {
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    /** The address of the request's site (scheme, host, port, context path), for the QR codes. */
    static String requestBase(jakarta.servlet.http.HttpServletRequest request) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request).build()
                .toUriString();
    }
}
