package cn.fazhi.enterprises.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.fazhi.enterprises.PaymentCommands;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.FormErrors;
import cn.fazhi.platform.web.UserFacingException;

/** The payment form as typed (text fields, so that bad numbers and dates come back as Chinese form errors). */
public record PaymentForm(String uscc, String contractNo, String subject, String amount, String startKind, String startOn,
        String termDays, String annualRate, Long unitId) {

    /** The command, or null with the reasons added to {@code errors}. */
    PaymentCommands.Record command(FormErrors errors) {
        BigDecimal a = null;
        BigDecimal rate = null;
        Integer term = null;
        LocalDate start = null;
        try {
            a = amount(amount, "enterprises.payment.error.amount");
        } catch (UserFacingException e) {
            errors.add("amount", e.messageKey(), e.args());
        }
        if (annualRate != null && !annualRate.isBlank()) {
            try {
                rate = new BigDecimal(annualRate.strip());
            } catch (NumberFormatException e) {
                errors.add("annualRate", "enterprises.payment.error.rate");
            }
        }
        if (termDays != null && !termDays.isBlank()) {
            if (termDays.strip().matches("\\d{1,4}")) {
                term = Integer.parseInt(termDays.strip());
            } else {
                errors.add("termDays", "enterprises.payment.error.term", 60);
            }
        }
        if (startOn != null && !startOn.isBlank()) {
            start = Spreadsheets.date(startOn).orElse(null);
            if (start == null) {
                errors.add("startOn", "enterprises.payment.error.startOn");
            }
        }
        return errors.isEmpty() ? new PaymentCommands.Record(uscc, contractNo, subject, a, startKind, start, term, rate,
                unitId) : null;
    }

    static BigDecimal amount(String text, String key, Object... args) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw UserFacingException.badRequest(key, args);
        }
    }
}
