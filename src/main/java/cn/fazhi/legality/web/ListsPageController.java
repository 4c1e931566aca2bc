package cn.fazhi.legality.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.legality.CertificateHandling;
import cn.fazhi.legality.ListCommands;
import cn.fazhi.legality.ListKind;
import cn.fazhi.legality.PublicLists;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.UserFacingException;
import jakarta.servlet.http.HttpServletResponse;

/** Staff pages of the public lists: items, one-by-one entry, .xlsx import with its template, publication. */
@Controller
@PreAuthorize("hasAuthority('legality:view')")
class ListsPageController {

    private final PublicLists lists;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    ListsPageController(PublicLists lists, CurrentUsers currentUsers, MessageSource messages) {
        this.lists = lists;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @GetMapping("/legality/lists")
    String overview(Model model) {
        model.addAttribute("lists", lists.lists());
        return "legality/lists";
    }

    @GetMapping("/legality/lists/{slug}")
    String list(@PathVariable String slug, Model model) {
        if (ListKind.movedToServices(slug)) {
            return "redirect:/services/catalogues/" + slug;
        }
        return show(model, ListKind.ofSlug(slug));
    }

    @PostMapping("/legality/lists/{slug}/items")
    @PreAuthorize("hasAuthority('legality:manage')")
    String add(@PathVariable String slug, @ModelAttribute ListCommands.Item c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        ListKind kind = ListKind.ofSlug(slug);
        return attempt(kind, model, redirect, () -> lists.add(kind, c, currentUsers.require()));
    }

    @PostMapping("/legality/lists/{slug}/items/{id}/delete")
    @PreAuthorize("hasAuthority('legality:manage')")
    String remove(@PathVariable String slug, @PathVariable long id, Model model, RedirectAttributes redirect) {
        ListKind kind = ListKind.ofSlug(slug);
        return attempt(kind, model, redirect, () -> lists.remove(kind, id));
    }

    @PostMapping("/legality/lists/{slug}/publish")
    @PreAuthorize("hasAuthority('legality:manage')")
    String publish(@PathVariable String slug, @ModelAttribute ListCommands.Publish c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        ListKind kind = ListKind.ofSlug(slug);
        return attempt(kind, model, redirect, () -> lists.publish(kind, c));
    }

    @PostMapping("/legality/lists/{slug}/withdraw")
    @PreAuthorize("hasAuthority('legality:manage')")
    String withdraw(@PathVariable String slug, Model model, RedirectAttributes redirect) {
        ListKind kind = ListKind.ofSlug(slug);
        return attempt(kind, model, redirect, () -> lists.withdraw(kind));
    }

    @GetMapping("/legality/lists/{slug}/template")
    @PreAuthorize("hasAuthority('legality:manage')")
    void template(@PathVariable String slug, HttpServletResponse response) throws IOException {
        ListKind kind = ListKind.ofSlug(slug);
        String name = messages.getMessage("legality.list." + kind, null, LocaleContextHolder.getLocale()) + ".xlsx";
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        lists.template(kind, response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @PostMapping("/legality/lists/{slug}/import")
    @PreAuthorize("hasAuthority('legality:manage')")
    String importFile(@PathVariable String slug, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) {
        ListKind kind = ListKind.ofSlug(slug);
        try {
            int rows = importUpload(lists, kind, file, currentUsers);
            redirect.addFlashAttribute("noticeKey", "legality.import.done");
            redirect.addFlashAttribute("importedRows", rows);
            return "redirect:/legality/lists/" + kind.slug();
        } catch (ImportRejected e) {
            show(model, kind);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("rowErrors", e.errors().stream()
                    .map(err -> messages.getMessage(err.message(), LocaleContextHolder.getLocale())).toList());
            return "legality/list";
        } catch (UserFacingException e) {
            show(model, kind);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "legality/list";
        }
    }

    /** Copies the upload to a temporary file (deleted afterwards) and imports it; shared with the API. */
    static int importUpload(PublicLists lists, ListKind kind, MultipartFile file, CurrentUsers currentUsers) {
        return Spreadsheets.fromUpload(file, (name, path) -> lists.importFile(kind, name, path, currentUsers.require()));
    }

    private String show(Model model, ListKind kind) {
        model.addAttribute("list", lists.list(kind));
        model.addAttribute("items", lists.items(kind));
        model.addAttribute("handlings", CertificateHandling.values());
        model.addAttribute("canManage", currentUsers.require().can("legality:manage"));
        return "legality/list";
    }

    private String attempt(ListKind kind, Model model, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (UserFacingException e) {
            show(model, kind);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "legality/list";
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:/legality/lists/" + kind.slug();
    }
}
