package cn.fazhi.enterprises.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.enforcement.CertificateQrCodes;
import cn.fazhi.enterprises.DeskRatings;
import cn.fazhi.enterprises.EnterpriseCommands;
import cn.fazhi.enterprises.EnterpriseDeskProperties;
import cn.fazhi.enterprises.EnterpriseIntake;
import cn.fazhi.enterprises.EnterpriseQuery;
import cn.fazhi.enterprises.EnterpriseRegister;
import cn.fazhi.enterprises.EnterpriseSize;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.Enterprises;
import cn.fazhi.enterprises.InspectedRecords;
import cn.fazhi.enterprises.PaymentRecords;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.FormErrors;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * Staff pages of the enterprise register ({@code enterprises:view}, within the caller's region): the list (search,
 * size and township filters, paging, .xlsx), the register form and the .xlsx import ({@code enterprises:manage}), one
 * enterprise with its inspections, payments owed and ratings, and — for the desk ({@code enterprises:manage}) — its
 * desk code as a QR image, the printable code card and reissuing the code.
 */
@Controller
@PreAuthorize("hasAuthority('enterprises:view')")
class EnterprisePageController {

    static final String BASE = "/enterprises/register";

    private final EnterpriseRegister register;
    private final EnterpriseIntake intake;
    private final Enterprises enterprises;
    private final InspectedRecords inspections;
    private final PaymentRecords payments;
    private final DeskRatings ratings;
    private final CertificateQrCodes qr;
    private final Regions regions;
    private final CurrentUsers currentUsers;
    private final EnterpriseDeskProperties settings;
    private final MessageSource messages;
    private final AuditTrail audit;

    EnterprisePageController(EnterpriseRegister register, EnterpriseIntake intake, Enterprises enterprises,
            InspectedRecords inspections, PaymentRecords payments, DeskRatings ratings, CertificateQrCodes qr,
            Regions regions, CurrentUsers currentUsers, EnterpriseDeskProperties settings, MessageSource messages,
            AuditTrail audit) {
        this.register = register;
        this.intake = intake;
        this.enterprises = enterprises;
        this.inspections = inspections;
        this.payments = payments;
        this.ratings = ratings;
        this.qr = qr;
        this.regions = regions;
        this.currentUsers = currentUsers;
        this.settings = settings;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping(BASE)
    String list(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "size", required = false) String size,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        EnterpriseQuery query = query(q, size, region);
        model.addAttribute("query", query);
        model.addAttribute("sizes", EnterpriseSize.values());
        model.addAttribute("townships", regions.townships());
        model.addAttribute("result", register.search(query, currentUsers.require().scope(), page, 20));
        model.addAttribute("canManage", currentUsers.require().can(Enterprises.MANAGE));
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        return "enterprises/register/list";
    }

    @GetMapping(BASE + ".xlsx")
    void export(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "size", required = false) String size,
            @RequestParam(name = "region", required = false) String region, HttpServletResponse response)
            throws IOException {
        var rows = register.search(query(q, size, region), currentUsers.require().scope(), 0, 5000).items();
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage("enterprises.register.title", null, locale);
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (var c : EnterpriseIntake.columns()) {
            if (!c.key().equals("enterprises.field.phone")) {
                head.add(List.of(messages.getMessage(c.key(), null, locale)));
            }
        }
        head.add(List.of(messages.getMessage("enterprises.field.phoneMasked", null, locale)));
        List<List<Object>> data = new ArrayList<>();
        for (EnterpriseView e : rows) {
            data.add(List.of(e.uscc(), e.name(), nz(e.industryCode()),
                    messages.getMessage("enterprises.size." + e.size(), null, locale), regionName(e.regionCode()),
                    e.registeredOn() == null ? "" : e.registeredOn().toString(),
                    e.revenueWan() == null ? "" : e.revenueWan().toPlainString(),
                    e.employees() == null ? "" : e.employees().toString(), nz(e.address()), e.legalRep(),
                    String.join("; ", e.certifications().stream()
                            .map(c -> intake.certificationLabel(c.code()) + " " + c.obtainedOn()
                                    + (c.expiresOn() == null ? "" : " " + c.expiresOn())).toList()),
                    e.phoneMasked()));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, title).head(head).build();
        writer.write(data, sheet);
        writer.finish();
        audit.record(AuditEntry.of("enterprises.exported", "enterprise", "list", rows.size() + " rows"));
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    String createForm(Model model) {
        return form(model, EnterpriseForm.empty());
    }

    @PostMapping(BASE)
    @cn.fazhi.platform.web.SubmitOnce
    @PreAuthorize("hasAuthority('enterprises:manage')")
    String create(@ModelAttribute("form") EnterpriseForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = Pages.errors(model);
        EnterpriseCommands.Register c = form.command(errors);
        if (c == null) {
            return form(model, form);
        }
        return Pages.attempt(model, form(model, form), () -> {
            EnterpriseView e = intake.register(c);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + e.id();
        });
    }

    @GetMapping(BASE + "/{id}")
    String one(@PathVariable long id, Model model) {
        EnterpriseView e = register.visible(id);
        boolean manage = currentUsers.require().can(Enterprises.MANAGE);
        model.addAttribute("e", e);
        model.addAttribute("regionName", regionName(e.regionCode()));
        model.addAttribute("canManage", manage);
        model.addAttribute("deskUrl", manage ? deskUrl(e) : null);
        model.addAttribute("summary", inspections.of(e));
        model.addAttribute("payments", payments.ofEnterprise(e.id(), currentUsers.require().scope()));
        model.addAttribute("ratings", ratings.of(e.id()));
        model.addAttribute("items", ratings.itemsOf(e.id()));
        return "enterprises/register/detail";
    }

    @GetMapping(value = BASE + "/{id}/code.png", produces = MediaType.IMAGE_PNG_VALUE)
    @PreAuthorize("hasAuthority('enterprises:manage')")
    ResponseEntity<byte[]> code(@PathVariable long id, @RequestParam(name = "px", defaultValue = "320") int px) {
        EnterpriseView e = register.visible(id);
        int size = Math.max(120, Math.min(px, 1200));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(qr.png(deskUrl(e), size));
    }

    @GetMapping(BASE + "/{id}/card")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    String card(@PathVariable long id, Model model) {
        EnterpriseView e = register.visible(id);
        audit.record(AuditEntry.of("enterprises.desk.printed", "enterprise", e.id(), e.uscc()));
        model.addAttribute("e", e);
        model.addAttribute("deskUrl", deskUrl(e));
        return "enterprises/register/card";
    }

    @PostMapping(BASE + "/{id}/reissue")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    String reissue(@PathVariable long id, RedirectAttributes redirect) {
        register.visible(id);
        enterprises.reissueCode(id);
        redirect.addFlashAttribute("noticeKey", "enterprises.desk.reissuedNotice");
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping(BASE + "/import")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    String importPage() {
        return "enterprises/register/import";
    }

    @GetMapping(BASE + "/import/template")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    void template(HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage("enterprises.import.title", null, locale);
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        Spreadsheets.template(response.getOutputStream(), EnterpriseIntake.columns(), title, messages, locale);
    }

    @PostMapping(BASE + "/import")
    @PreAuthorize("hasAuthority('enterprises:manage')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        try {
            int n = importUpload(intake, file);
            redirect.addFlashAttribute("noticeKey", "enterprises.import.done");
            redirect.addFlashAttribute("importedRows", n);
            return "redirect:" + BASE;
        } catch (ImportRejected e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("rowErrors", e.errors().stream()
                    .map(err -> messages.getMessage(err.message(), LocaleContextHolder.getLocale())).toList());
            return "enterprises/register/import";
        } catch (UserFacingException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "enterprises/register/import";
        }
    }

    static int importUpload(EnterpriseIntake intake, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw UserFacingException.badRequest("import.error.fileRequired");
        }
        return Spreadsheets.fromUpload(file, intake::importFile);
    }

    /** The absolute address the desk code carries. */
    String deskUrl(EnterpriseView e) {
        String base = settings.publicBaseUrl().isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString().replaceAll("/+$", "")
                : settings.publicBaseUrl();
        return base + "/public/enterprises/code/" + e.deskToken();
    }

    static EnterpriseQuery query(String q, String size, String region) {
        EnterpriseSize s = null;
        if (size != null && !size.isBlank()) {
            try {
                s = EnterpriseSize.valueOf(size.strip());
            } catch (IllegalArgumentException e) {
                s = null;
            }
        }
        String r = region != null && region.strip().matches("\\d{9}") ? region.strip() : null;
        return new EnterpriseQuery(q == null || q.isBlank() ? null : q.strip(), s, r);
    }

    private String form(Model model, EnterpriseForm form) {
        model.addAttribute("form", form);
        model.addAttribute("sizes", EnterpriseSize.values());
        model.addAttribute("regions", regions.districtRegions().stream().filter(r -> r.code().length() <= 9).toList());
        model.addAttribute("certifications", settings.certifications());
        return "enterprises/register/form";
    }

    private String regionName(String code) {
        return regions.find(code).map(r -> r.name()).orElse(code);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
