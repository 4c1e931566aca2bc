package cn.fazhi.enterprises.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.enterprises.Enterprises;
import cn.fazhi.enterprises.PaymentCommands;
import cn.fazhi.enterprises.PaymentPublications;
import cn.fazhi.enterprises.PaymentRecords;
import cn.fazhi.enterprises.PaymentView;
import cn.fazhi.enterprises.SmePaymentRules;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * Staff pages of SME payments (保障中小企业款项支付条例): the list within the caller's scope (a unit its own, the desk
 * all; search, filters, paging, .xlsx), recording a payment owed and the payment made ({@code enterprises:handle} for
 * the unit's own, {@code enterprises:dispatch} for any), and the Art. 18 publications per body and year with the
 * bodies that have not published; plus the public list of a year's publications.
 */
@Controller
class PaymentPageController {

    static final String BASE = "/enterprises/payments";

    private final PaymentRecords payments;
    private final PaymentPublications publications;
    private final CurrentUsers currentUsers;
    private final Units units;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    PaymentPageController(PaymentRecords payments, PaymentPublications publications, CurrentUsers currentUsers,
            Units units, MessageSource messages, AuditTrail audit, Clock clock) {
        this.payments = payments;
        this.publications = publications;
        this.currentUsers = currentUsers;
        this.units = units;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(BASE)
    @PreAuthorize("hasAuthority('enterprises:view')")
    String list(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "overdue", required = false) Boolean overdue,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        PaymentCommands.Query query = query(q, unitId, overdue, year);
        model.addAttribute("query", query);
        model.addAttribute("units", units.visible(currentUsers.require().scope()));
        model.addAttribute("result", payments.search(query, currentUsers.require().scope(), page, 20));
        model.addAttribute("canRecord", canRecord());
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replace(BASE + "?", BASE + ".xlsx?"));
        return "enterprises/payments/list";
    }

    @GetMapping(BASE + ".xlsx")
    @PreAuthorize("hasAuthority('enterprises:view')")
    void export(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "overdue", required = false) Boolean overdue,
            @RequestParam(name = "year", required = false) Integer year, HttpServletResponse response)
            throws IOException {
        var rows = payments.search(query(q, unitId, overdue, year), currentUsers.require().scope(), 0, 5000).items();
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage("enterprises.payments.title", null, locale);
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        List<List<String>> head = new ArrayList<>();
        for (String key : new String[] {"enterprises.payment.unit", "enterprises.payment.enterprise",
            "enterprises.field.uscc", "enterprises.payment.contractNo", "enterprises.payment.subject",
            "enterprises.payment.amount", "enterprises.payment.startOn", "enterprises.payment.termDays",
            "enterprises.payment.dueOn", "enterprises.payment.paidOn", "enterprises.payment.paidAmount",
            "enterprises.payment.daysOverdue", "enterprises.payment.interest"}) {
            head.add(List.of(messages.getMessage(key, null, locale)));
        }
        List<List<Object>> data = new ArrayList<>();
        for (PaymentView p : rows) {
            data.add(List.of(p.unitName(), p.enterpriseName(), p.uscc(), p.contractNo(), p.subject(),
                    p.amount().toPlainString(), p.startOn().toString(), p.termDays(), p.dueOn().toString(),
                    p.paidOn() == null ? "" : p.paidOn().toString(),
                    p.paidAmount() == null ? "" : p.paidAmount().toPlainString(), p.daysOverdue(),
                    p.interest().toPlainString()));
        }
        ExcelWriter writer = FastExcel.write(response.getOutputStream()).excelType(ExcelTypeEnum.XLSX)
                .autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, title).head(head).build();
        writer.write(data, sheet);
        writer.finish();
        audit.record(AuditEntry.of("enterprises.payment.exported", "sme_payment", "list", rows.size() + " rows"));
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAnyAuthority('enterprises:handle', 'enterprises:dispatch')")
    String createForm(Model model) {
        return form(model, new PaymentForm(null, null, null, null, "DELIVERY", null, null, null, null));
    }

    @PostMapping(BASE)
    @cn.fazhi.platform.web.SubmitOnce
    @PreAuthorize("hasAnyAuthority('enterprises:handle', 'enterprises:dispatch')")
    String create(PaymentForm form, Model model, RedirectAttributes redirect) {
        var errors = Pages.errors(model);
        PaymentCommands.Record c = form.command(errors);
        if (c == null) {
            return form(model, form);
        }
        return Pages.attempt(model, form(model, form), () -> {
            PaymentView p = payments.record(c);
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + p.id();
        });
    }

    @GetMapping(BASE + "/{id}")
    @PreAuthorize("hasAuthority('enterprises:view')")
    String one(@PathVariable long id, Model model) {
        return show(model, payments.get(id));
    }

    @PostMapping(BASE + "/{id}/paid")
    @PreAuthorize("hasAnyAuthority('enterprises:handle', 'enterprises:dispatch')")
    String paid(@PathVariable long id, @RequestParam(name = "paidOn", required = false) String paidOn,
            @RequestParam(name = "paidAmount", required = false) String paidAmount,
            @RequestParam(name = "version", required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        PaymentView p = payments.get(id);
        return Pages.attempt(model, show(model, p), () -> {
            LocalDate on = paidOn == null || paidOn.isBlank() ? null : Spreadsheets.date(paidOn)
                    .orElseThrow(() -> UserFacingException.badRequest("enterprises.payment.error.paidOn", p.startOn()));
            BigDecimal amount = PaymentForm.amount(paidAmount, "enterprises.payment.error.paidAmount", p.amount());
            payments.pay(id, new PaymentCommands.Pay(on, amount, version));
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/" + id;
        });
    }

    @GetMapping(BASE + "/publications")
    @PreAuthorize("hasAuthority('enterprises:view')")
    String publicationsPage(@RequestParam(name = "year", required = false) Integer year, Model model) {
        int y = year == null || year < 2000 || year > LocalDate.now(clock).getYear() ? LocalDate.now(clock).getYear() - 1
                : year;
        var scope = currentUsers.require().scope();
        model.addAttribute("year", y);
        model.addAttribute("publishBy", SmePaymentRules.publishBy(y));
        model.addAttribute("published", publications.published(y).stream()
                .filter(f -> units.findVisible(f.unitId(), scope).isPresent()).toList());
        model.addAttribute("missing", publications.missing(y, scope));
        model.addAttribute("late", LocalDate.now(clock).isAfter(SmePaymentRules.publishBy(y)));
        model.addAttribute("canPublish", canRecord());
        model.addAttribute("ownUnit", scope.unitId());
        model.addAttribute("dispatch", currentUsers.require().can(Enterprises.DISPATCH));
        return "enterprises/payments/publications";
    }

    @PostMapping(BASE + "/publications")
    @PreAuthorize("hasAnyAuthority('enterprises:handle', 'enterprises:dispatch')")
    String publish(@RequestParam(name = "unitId") long unitId, @RequestParam(name = "year") int year, Model model,
            RedirectAttributes redirect) {
        try {
            publications.publish(unitId, year);
            redirect.addFlashAttribute("noticeKey", "enterprises.publication.done");
        } catch (UserFacingException e) {
            if (e.status() == org.springframework.http.HttpStatus.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:" + BASE + "/publications?year=" + year;
    }

    @GetMapping("/public/enterprises/overdue-payments/{year}")
    String publicList(@PathVariable int year, Model model) {
        if (year < 2000 || year > 9999) {
            throw UserFacingException.notFound("error.notFound");
        }
        model.addAttribute("year", year);
        model.addAttribute("publishBy", SmePaymentRules.publishBy(year));
        model.addAttribute("published", publications.published(year));
        return "enterprises/payments/public";
    }

    private boolean canRecord() {
        var u = currentUsers.require();
        return u.can(Enterprises.HANDLE) || u.can(Enterprises.DISPATCH);
    }

    private String form(Model model, PaymentForm form) {
        model.addAttribute("form", form);
        model.addAttribute("units", units.visible(currentUsers.require().scope()));
        model.addAttribute("dispatch", currentUsers.require().can(Enterprises.DISPATCH));
        return "enterprises/payments/form";
    }

    private String show(Model model, PaymentView p) {
        model.addAttribute("p", p);
        model.addAttribute("canRecord", canRecord());
        model.addAttribute("today", LocalDate.now(clock));
        return "enterprises/payments/detail";
    }

    private static PaymentCommands.Query query(String q, Long unitId, Boolean overdue, Integer year) {
        return new PaymentCommands.Query(q == null || q.isBlank() ? null : q.strip(), unitId, overdue,
                year != null && year >= 2000 && year <= 9999 ? year : null);
    }
}
