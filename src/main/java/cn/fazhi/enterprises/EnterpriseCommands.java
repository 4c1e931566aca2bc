package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What callers send to {@link Enterprises}. */
public final class EnterpriseCommands {

    private EnterpriseCommands() {}

    /** An enterprise to register (all but the optional figures required); certifications may be empty. */
    public record Register(String uscc, String name, String industryCode, EnterpriseSize size, String regionCode,
            LocalDate registeredOn, BigDecimal revenueWan, Integer employees, String address, String legalRep,
            String phone, List<EnterpriseView.Certification> certifications) {}
}
