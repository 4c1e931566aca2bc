package cn.fazhi.oneform.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.oneform.FormColumn;
import cn.fazhi.oneform.FormCommand;
import cn.fazhi.oneform.FormFiles;
import cn.fazhi.oneform.FormOutput;
import cn.fazhi.oneform.FormView;
import cn.fazhi.oneform.Forms;
import cn.fazhi.oneform.GroupBy;
import cn.fazhi.oneform.OneformProperties;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;

/** Forms: the list, a form's definition (oneform:manage), a form produced on screen and as .xlsx or PDF. */
@Controller
@PreAuthorize("hasAuthority('oneform:view')")
class FormPageController {

    private final Forms forms;
    private final FormFiles files;
    private final CurrentUsers currentUsers;
    private final OneformProperties properties;

    FormPageController(Forms forms, FormFiles files, CurrentUsers currentUsers, OneformProperties properties) {
        this.forms = forms;
        this.files = files;
        this.currentUsers = currentUsers;
        this.properties = properties;
    }

    @GetMapping("/oneform/forms")
    String list(Model model) {
        model.addAttribute("forms", forms.list(currentUsers.require()));
        model.addAttribute("columns", Arrays.stream(FormColumn.values()).map(Enum::name).toList());
        model.addAttribute("attributes", properties.attributes());
        model.addAttribute("groupings", GroupBy.values());
        return "oneform/forms";
    }

    @PostMapping("/oneform/forms")
    @PreAuthorize("hasAuthority('oneform:manage')")
    String define(@Validated @ModelAttribute FormCommand c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return list(model);
        }
        return Pages.attempt(model, list(model), () -> {
            FormView v = forms.define(c, currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/oneform/forms/" + v.id();
        });
    }

    @GetMapping("/oneform/forms/{id}")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("form", forms.get(id, currentUsers.require()));
        model.addAttribute("output", forms.produce(id, currentUsers.require(), LocaleContextHolder.getLocale()));
        model.addAttribute("previewRows", 50);
        return "oneform/form";
    }

    @GetMapping("/oneform/forms/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format) {
        return download(forms, files, currentUsers.require(), id, format);
    }

    static ResponseEntity<byte[]> download(Forms forms, FormFiles files, CurrentUser user, long id, String format) {
        Locale locale = LocaleContextHolder.getLocale();
        if (!"xlsx".equals(format) && !"pdf".equals(format)) {
            throw UserFacingException.badRequest("oneform.error.format");
        }
        FormOutput output = forms.produce(id, user, locale);
        byte[] body;
        String type;
        if ("pdf".equals(format)) {
            body = files.pdf(output, locale);
            type = MediaType.APPLICATION_PDF_VALUE;
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            files.xlsx(output, out, locale);
            body = out.toByteArray();
            type = Spreadsheets.XLSX;
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(output.title() + "." + format, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
