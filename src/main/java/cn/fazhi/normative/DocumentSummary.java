package cn.fazhi.normative;

import java.time.LocalDate;

/** One row of the register. */
public record DocumentSummary(long id, String number, String title, long unitId, String unitName, NormativeStatus status,
        LocalDate publishedOn, LocalDate effectiveOn, LocalDate expiresOn, LocalDate inForceUntil, boolean amendmentDue,
        boolean demo) {}
