package cn.fazhi.supervision.web;

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

/** What the registers' page controllers share: a form action with its errors on the page, downloads. */
final class RandomItemPages {

    private RandomItemPages() {}

    /** Runs a form action: binding errors or the domain's refusal re-render {@code page} (nothing saved). */
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
}
