package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.enforcement.CertificateQrCodes;
import cn.fazhi.enforcement.CertificateStatus;
import cn.fazhi.enforcement.CertificateView;
import cn.fazhi.enforcement.EnforcementBodies;
import cn.fazhi.enforcement.OfficerCommands;
import cn.fazhi.enforcement.OfficerSpreadsheets;
import cn.fazhi.enforcement.OfficerView;
import cn.fazhi.enforcement.Officers;
import cn.fazhi.enforcement.TrainingCommands;
import cn.fazhi.enforcement.TrainingRecords;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Staff pages: officers, their certificates (with the 亮证 QR code and a printable card), training hours, import. */
@Controller
@PreAuthorize("hasAuthority('enforcement:view')")
class OfficerPageController {

    private static final int PAGE_SIZE = 50;

    private final Officers officers;
    private final EnforcementBodies bodies;
    private final TrainingRecords training;
    private final OfficerSpreadsheets spreadsheets;
    private final CertificateQrCodes qrCodes;
    private final CurrentUsers currentUsers;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    OfficerPageController(Officers officers, EnforcementBodies bodies, TrainingRecords training,
            OfficerSpreadsheets spreadsheets, CertificateQrCodes qrCodes, CurrentUsers currentUsers, Units units,
            MessageSource messages, Clock clock) {
        this.officers = officers;
        this.bodies = bodies;
        this.training = training;
        this.spreadsheets = spreadsheets;
        this.qrCodes = qrCodes;
        this.currentUsers = currentUsers;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/enforcement/officers")
    String list(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "certified", required = false) Boolean certified,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("certified", certified);
        model.addAttribute("result", officers.search(q, unitId, certified, page, PAGE_SIZE, scope()));
        model.addAttribute("units", units.visible(scope()));
        model.addAttribute("pageLink", Pages.pageLink());
        return "enforcement/officers/officers";
    }

    @GetMapping("/enforcement/officers/export")
    void export(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "certified", required = false) Boolean certified, HttpServletResponse response)
            throws IOException {
        OfficerPages.startDownload(response, text("enforcement.officers.export.fileName") + "-" + LocalDate.now(clock) + ".xlsx");
        spreadsheets.exportOfficers(q, unitId, certified, scope(), response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @GetMapping("/enforcement/officers/new")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String newOfficer(Model model) {
        return form(model, new OfficerCommands.Officer(null, null, null, null, null, null, null, false, null, false, true));
    }

    @PostMapping("/enforcement/officers")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @SubmitOnce
    String register(@Validated @ModelAttribute("form") OfficerCommands.Officer form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return OfficerPages.act(errors, model, redirect, () -> form(model, form),
                () -> "/enforcement/officers/" + officers.register(form, scope()).id());
    }

    @GetMapping("/enforcement/officers/{id}")
    String officer(@PathVariable long id, Model model, HttpServletRequest request) {
        return show(model, officers.get(id, scope()), null, request);
    }

    @PostMapping("/enforcement/officers/{id}")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String update(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version,
            @Validated @ModelAttribute("form") OfficerCommands.Officer form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        OfficerView o = officers.get(id, scope());
        return OfficerPages.act(errors, model, redirect, () -> show(model, o, form, request), () -> {
            officers.update(id, version, form, scope());
            return "/enforcement/officers/" + id;
        });
    }

    @PostMapping("/enforcement/officers/{id}/certificates")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @SubmitOnce
    String issue(@PathVariable long id, @Validated @ModelAttribute("certificate") OfficerCommands.Certificate c,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request) {
        OfficerView o = officers.get(id, scope());
        return OfficerPages.act(errors, model, redirect, () -> show(model, o, null, request), () -> {
            officers.issue(id, c, scope());
            return "/enforcement/officers/" + id;
        });
    }

    @PostMapping("/enforcement/certificates/{id}/status")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String changeStatus(@PathVariable long id, @Validated @ModelAttribute("statusChange") OfficerCommands.CertificateStatusChange c,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request) {
        CertificateView cert = officers.certificate(id, scope());
        OfficerView o = officers.get(cert.officerId(), scope());
        return OfficerPages.act(errors, model, redirect, () -> show(model, o, null, request), () -> {
            officers.changeStatus(id, c, scope());
            return "/enforcement/officers/" + o.id();
        });
    }

    @PostMapping("/enforcement/officers/{id}/training")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String recordTraining(@PathVariable long id, @Validated @ModelAttribute("hours") TrainingCommands.Hours c,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request) {
        OfficerView o = officers.get(id, scope());
        return OfficerPages.act(errors, model, redirect, () -> show(model, o, null, request), () -> {
            training.record(id, c, scope());
            return "/enforcement/officers/" + id;
        });
    }

    /** The certificate's QR code (PNG): the public check's address. */
    @GetMapping(value = "/enforcement/certificates/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable long id, HttpServletRequest request) {
        CertificateView c = officers.certificate(id, scope());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(qrCodes.png(qrCodes.publicUrl(c.number(), OfficerPages.requestBase(request)), 240));
    }

    /** A printable card: photo-free face of the certificate with its QR code. */
    @GetMapping("/enforcement/certificates/{id}/card")
    String card(@PathVariable long id, Model model, HttpServletRequest request) {
        CertificateView c = officers.certificate(id, scope());
        model.addAttribute("c", c);
        model.addAttribute("o", officers.get(c.officerId(), scope()));
        model.addAttribute("publicUrl", qrCodes.publicUrl(c.number(), OfficerPages.requestBase(request)));
        return "enforcement/officers/card";
    }

    // ---- import ----------------------------------------------------------------------------------------------------

    @GetMapping("/enforcement/officers/import")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String importForm() {
        return "enforcement/officers/import";
    }

    @GetMapping("/enforcement/officers/import/template")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    void template(HttpServletResponse response) throws IOException {
        OfficerPages.startDownload(response, text("enforcement.officers.import.templateFileName") + ".xlsx");
        spreadsheets.template(response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @PostMapping("/enforcement/officers/import")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        try {
            int n = Spreadsheets.fromUpload(file, (name, path) -> spreadsheets.importOfficers(name, path, scope()));
            redirect.addFlashAttribute("imported", n);
            redirect.addFlashAttribute("noticeKey", "enforcement.officers.import.done");
            return "redirect:/enforcement/officers/import";
        } catch (ImportRejected e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("rowErrors", e.errors().stream()
                    .map(err -> messages.getMessage(err.message(), LocaleContextHolder.getLocale())).toList());
            return "enforcement/officers/import";
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "enforcement/officers/import";
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private String form(Model model, OfficerCommands.Officer form) {
        model.addAttribute("form", form);
        model.addAttribute("units", units.visible(scope()));
        model.addAttribute("bodies", bodies.all(scope()));
        return "enforcement/officers/officer-form";
    }

    private String show(Model model, OfficerView o, OfficerCommands.Officer entered, HttpServletRequest request) {
        DataScope scope = scope();
        model.addAttribute("o", o);
        model.addAttribute("form", entered != null ? entered : new OfficerCommands.Officer(o.unitId(), o.bodyId(),
                o.userId(), o.name(), null, o.post(), o.appointedOn(), o.legalQualification(), o.legalQualificationNo(),
                o.reviewer(), o.active()));
        model.addAttribute("certificates", officers.certificates(o.id(), scope));
        model.addAttribute("statuses", new CertificateStatus[] {CertificateStatus.VALID, CertificateStatus.SUSPENDED,
                CertificateStatus.REVOKED});
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("year", year);
        model.addAttribute("training", training.of(o.id(), year - 1, scope).orElse(null));
        model.addAttribute("trainingThisYear", training.of(o.id(), year, scope).orElse(null));
        model.addAttribute("threshold", training.threshold());
        model.addAttribute("units", units.visible(scope));
        model.addAttribute("bodies", bodies.all(scope));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canManage", currentUsers.require().can("enforcement:manage"));
        return "enforcement/officers/officer";
    }

    private DataScope scope() {
        return currentUsers.require().scope();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
