package cn.fazhi.oneform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.oneform.ChangeCommand;
import cn.fazhi.oneform.ChangeKind;
import cn.fazhi.oneform.ChangeRequests;
import cn.fazhi.oneform.ChangeStatus;
import cn.fazhi.oneform.ChangeView;
import cn.fazhi.oneform.OneformProperties;
import cn.fazhi.oneform.PersonView;
import cn.fazhi.oneform.Register;
import cn.fazhi.oneform.RegisterImport;
import cn.fazhi.oneform.RegisterScope;
import cn.fazhi.oneform.Relation;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff pages of the register: the person list (search by name or ID number, village, attribute; paging; .xlsx), a
 * person (attributes, history, requests; the unmasked ID number for those allowed), the import, and the change
 * requests (a clerk files, the township reviews).
 */
@Controller
@PreAuthorize("hasAuthority('oneform:view')")
class RegisterPageController {

    static final int EXPORT_MAX = 5000;

    private final Register register;
    private final ChangeRequests changes;
    private final RegisterImport imports;
    private final CurrentUsers currentUsers;
    private final OneformProperties properties;
    private final MessageSource messages;

    RegisterPageController(Register register, ChangeRequests changes, RegisterImport imports,
            CurrentUsers currentUsers, OneformProperties properties, MessageSource messages) {
        this.register = register;
        this.changes = changes;
        this.imports = imports;
        this.currentUsers = currentUsers;
        this.properties = properties;
        this.messages = messages;
    }

    private RegisterScope scope() {
        return RegisterScope.of(currentUsers.require());
    }

    @GetMapping("/oneform/persons")
    String persons(@ModelAttribute("query") Register.Query query, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", register.search(query, scope(), Math.max(page, 0), 20));
        model.addAttribute("villages", register.villages(scope()));
        model.addAttribute("attributes", properties.attributes());
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace("/oneform/persons?", "/oneform/persons.xlsx?"));
        return "oneform/persons";
    }

    @GetMapping("/oneform/persons.xlsx")
    void export(@ModelAttribute("query") Register.Query query, HttpServletResponse response) throws IOException {
        List<PersonView> items = register.search(query, scope(), 0, EXPORT_MAX).items();
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (PersonView p : items) {
            rows.add(List.of(p.townshipName(), p.villageName(), p.groupName() == null ? "" : p.groupName(),
                    p.householdNo(), p.name(), label("oneform.sex." + p.sex(), locale), p.bornOn().toString(),
                    p.idMasked(), label("oneform.relation." + p.relation(), locale),
                    p.phoneMasked() == null ? "" : p.phoneMasked(), label("oneform.status." + p.status(), locale)));
        }
        List<List<String>> head = new ArrayList<>();
        for (String c : List.of("TOWNSHIP", "VILLAGE", "GROUP", "HOUSEHOLD", "NAME", "SEX", "BIRTH_DATE", "ID_NUMBER",
                "RELATION", "PHONE")) {
            head.add(List.of(label("oneform.column." + c, locale)));
        }
        head.add(List.of(label("oneform.field.status", locale)));
        String title = label("oneform.persons.title", locale);
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        writer.write(rows, FastExcel.writerSheet(0, title).head(head).build());
        writer.finish();
    }

    @GetMapping("/oneform/persons/{id}")
    String person(@PathVariable long id, Model model) {
        model.addAttribute("person", register.get(id, scope()));
        model.addAttribute("attributeList", register.attributes(id));
        model.addAttribute("history", register.history(id));
        model.addAttribute("changes", changes.forPerson(id));
        model.addAttribute("attributes", properties.attributes());
        model.addAttribute("grades", properties.grades());
        model.addAttribute("kinds", List.of(ChangeKind.SET_ATTRIBUTE, ChangeKind.REMOVE_ATTRIBUTE,
                ChangeKind.MOVE_HOUSEHOLD, ChangeKind.DEATH, ChangeKind.REMOVAL));
        return "oneform/person";
    }

    @PostMapping("/oneform/persons/{id}/reveal")
    @PreAuthorize("hasAuthority('oneform:reveal')")
    String reveal(@PathVariable long id, Model model) {
        model.addAttribute("revealed", register.revealId(id, currentUsers.require()));
        return person(id, model);
    }

    @GetMapping("/oneform/import")
    @PreAuthorize("hasAuthority('oneform:manage')")
    String importForm() {
        return "oneform/import";
    }

    @GetMapping("/oneform/import/template.xlsx")
    @PreAuthorize("hasAuthority('oneform:manage')")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("oneform.xlsx", StandardCharsets.UTF_8).build().toString());
        Spreadsheets.template(response.getOutputStream(), RegisterImport.COLUMNS, "oneform", messages,
                LocaleContextHolder.getLocale());
    }

    @PostMapping("/oneform/import")
    @PreAuthorize("hasAuthority('oneform:manage')")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw UserFacingException.badRequest("import.error.fileRequired");
            }
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
            CurrentUser user = currentUsers.require();
            int n = name.endsWith(".csv") ? imports.importCsv(file.getInputStream(), user)
                    : Spreadsheets.fromUpload(file, (fileName, path) -> imports.importXlsx(path, user));
            redirect.addFlashAttribute("noticeKey", "oneform.import.done");
            redirect.addFlashAttribute("imported", n);
            return "redirect:/oneform/persons";
        } catch (ImportRejected e) {
            model.addAttribute("importErrors", e.errors());
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "oneform/import";
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "oneform/import";
        } catch (IOException e) {
            model.addAttribute("errorKey", "import.error.notSpreadsheet");
            return "oneform/import";
        }
    }

    @GetMapping("/oneform/changes")
    String changeList(@RequestParam(required = false) ChangeStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", changes.search(status, scope(), Math.max(page, 0), 20));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ChangeStatus.values());
        model.addAttribute("pageLink", Pages.pageLink());
        return "oneform/changes";
    }

    @GetMapping("/oneform/changes/new")
    @PreAuthorize("hasAuthority('oneform:request')")
    String newPerson(Model model) {
        model.addAttribute("villages", register.villages(scope()));
        model.addAttribute("relations", Relation.values());
        return "oneform/change-new";
    }

    @PostMapping("/oneform/changes")
    @PreAuthorize("hasAuthority('oneform:request')")
    String file(@Validated @ModelAttribute ChangeCommand c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        String back = c.personId() == null ? "new" : "person";
        if (Pages.invalid(model, errors)) {
            return back.equals("new") ? newPerson(model) : person(c.personId(), model);
        }
        try {
            ChangeView v = changes.file(c, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "oneform.change.filed");
            return "redirect:/oneform/changes/" + v.id();
        } catch (UserFacingException e) {
            if (e.status() == org.springframework.http.HttpStatus.NOT_FOUND
                    || e.status() == org.springframework.http.HttpStatus.FORBIDDEN) {
                throw e;
            }
            Pages.errors(model).add(e);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return back.equals("new") ? newPerson(model) : person(c.personId(), model);
        }
    }

    @GetMapping("/oneform/changes/{id}")
    String change(@PathVariable long id, Model model) {
        model.addAttribute("change", changes.get(id, scope()));
        return "oneform/change";
    }

    @PostMapping("/oneform/changes/{id}/review")
    @PreAuthorize("hasAuthority('oneform:review')")
    String review(@PathVariable long id, @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(required = false) String note, @RequestParam(defaultValue = "-1") int version, Model model,
            RedirectAttributes redirect) {
        try {
            changes.review(id, approve, note, version, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", approve ? "oneform.change.approvedNotice" : "oneform.change.rejectedNotice");
            return "redirect:/oneform/changes/" + id;
        } catch (UserFacingException e) {
            if (e.status() == org.springframework.http.HttpStatus.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return change(id, model);
        }
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
