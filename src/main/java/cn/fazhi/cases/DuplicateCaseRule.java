package cn.fazhi.cases;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * When a new case looks like an existing one (issue 10, point 20): a party with the same ID number (compared through
 * its blind index, never in clear) against the same respondent, received within {@code fazhi.cases.duplicate-window-days}
 * (default 30) days before or after. Such a case is not refused — a person may bring two disputes — but staff are
 * warned with a link to the existing case and confirm before registering; the public applicant is not shown other
 * people's cases, staff see the warning on the case page. Each case type applies the rule to its own parties
 * (mediation: applicant and respondent; reconsideration: applicant and respondent organ).
 */
@Component
public class DuplicateCaseRule {

    private final int windowDays;

    DuplicateCaseRule(CaseProperties properties) {
        this.windowDays = properties.duplicateWindowDays();
    }

    /** The first day on which an existing case received counts as a look-alike of one received on {@code day}. */
    public LocalDate from(LocalDate day) {
        return day.minusDays(windowDays);
    }

    /** The last such day. */
    public LocalDate to(LocalDate day) {
        return day.plusDays(windowDays);
    }

    public int windowDays() {
        return windowDays;
    }
}
