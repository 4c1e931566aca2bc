package cn.fazhi.enterprises.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.fazhi.enterprises.EnterpriseCommands;
import cn.fazhi.enterprises.EnterpriseSize;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.FormErrors;

/**
 * The register form as typed: every field text, so that a bad number or date comes back as a Chinese message on the
 * form rather than a binding failure; certifications as parallel lists of code, obtained and expiry dates.
 */
public record EnterpriseForm(String uscc, String name, String industryCode, String size, String regionCode,
        String registeredOn, String revenueWan, String employees, String address, String legalRep, String phone,
        List<String> certCode, List<String> certFrom, List<String> certTo) {

    static final int CERT_ROWS = 3;

    static EnterpriseForm empty() {
        List<String> blank = new ArrayList<>();
        for (int i = 0; i < CERT_ROWS; i++) {
            blank.add("");
        }
        return new EnterpriseForm(null, null, null, null, null, null, null, null, null, null, null, blank, blank, blank);
    }

    public String cert(List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
    }

    /** The command, or null with the reasons added to {@code errors}. */
    EnterpriseCommands.Register command(FormErrors errors) {
        EnterpriseSize s = null;
        if (size != null && !size.isBlank()) {
            try {
                s = EnterpriseSize.valueOf(size.strip());
            } catch (IllegalArgumentException e) {
                errors.add("size", "enterprises.error.size");
            }
        }
        LocalDate reg = date(registeredOn, "registeredOn", errors);
        BigDecimal revenue = null;
        if (revenueWan != null && !revenueWan.isBlank()) {
            try {
                revenue = new BigDecimal(revenueWan.strip());
            } catch (NumberFormatException e) {
                errors.add("revenueWan", "enterprises.error.figures");
            }
        }
        Integer staff = null;
        if (employees != null && !employees.isBlank()) {
            if (employees.strip().matches("\\d{1,7}")) {
                staff = Integer.parseInt(employees.strip());
            } else {
                errors.add("employees", "enterprises.error.figures");
            }
        }
        List<EnterpriseView.Certification> certs = new ArrayList<>();
        int rows = certCode == null ? 0 : certCode.size();
        for (int i = 0; i < rows; i++) {
            String code = cert(certCode, i).strip();
            if (code.isEmpty()) {
                continue;
            }
            LocalDate from = date(cert(certFrom, i), "certFrom" + i, errors);
            LocalDate to = date(cert(certTo, i), "certTo" + i, errors);
            certs.add(new EnterpriseView.Certification(code, from, to));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new EnterpriseCommands.Register(uscc, name, industryCode, s, regionCode, reg, revenue, staff, address,
                legalRep, phone, certs);
    }

    private static LocalDate date(String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var d = Spreadsheets.date(text);
        if (d.isEmpty()) {
            errors.add(field, "enterprises.error.date", text);
        }
        return d.orElse(null);
    }
}
