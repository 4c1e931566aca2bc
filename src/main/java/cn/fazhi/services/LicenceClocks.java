package cn.fazhi.services;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;

/**
 * The clocks of an application, each rule in this one place with its article. Periods of the 行政许可法 are working
 * days (Art. 82), counted by the legal calendar from the day after the start day.
 * <ul>
 * <li>补正 notice: once, within 5 working days of receipt; none in time → deemed accepted on the day of receipt
 * (许可法 Art. 32(1)(四)).</li>
 * <li>Decision: 20 working days from acceptance, +10 with the head's approval (Art. 42(1)); a joint item 45, +15
 * (Art. 42(2)); the working days of hearings, tests, expert review etc. are not counted (Art. 45).</li>
 * <li>Certificate served within 10 working days of the grant (Art. 44).</li>
 * <li>A renewal not decided before the licence expires counts as granted (Art. 50(2)).</li>
 * <li>The promised time (承诺时限, 优化营商环境条例 Art. 36(2)): promised working days from acceptance, the excluded
 * days added alike; 0 = decided on the day (即办).</li>
 * </ul>
 */
@Component
public class LicenceClocks {

    /** 许可法 Art. 32(1)(四): 五日内一次告知. */
    public static final int CORRECTION_DAYS = 5;
    /** 许可法 Art. 42(1). */
    public static final int DECISION_DAYS = 20;
    public static final int EXTENSION_DAYS = 10;
    /** 许可法 Art. 42(2). */
    public static final int JOINT_DAYS = 45;
    public static final int JOINT_EXTENSION_DAYS = 15;
    /** 许可法 Art. 44. */
    public static final int CERTIFICATE_DAYS = 10;

    private final LegalCalendar calendar;

    public LicenceClocks(LegalCalendar calendar) {
        this.calendar = calendar;
    }

    /** The last day a 补正 notice may be given (Art. 32(1)(四)). */
    public LocalDate correctionDue(LocalDate receivedOn) {
        return workingDays(receivedOn, CORRECTION_DAYS);
    }

    /** Whether an application still waiting at the window on {@code today} is deemed accepted (Art. 32(1)(四)). */
    public boolean deemedAccepted(LocalDate receivedOn, LocalDate correctionOn, LocalDate today) {
        return correctionOn == null && today.isAfter(correctionDue(receivedOn));
    }

    /** Whether a correction notice given on {@code on} is in time (Art. 32(1)(四)). */
    public boolean correctionInTime(LocalDate receivedOn, LocalDate on) {
        return !on.isAfter(correctionDue(receivedOn));
    }

    /** The legal decision day (Art. 42, Art. 45): base days (+ extension) + excluded working days from acceptance. */
    public LocalDate decisionDue(LocalDate acceptedOn, boolean joint, boolean extended, int excludedDays) {
        int days = joint ? JOINT_DAYS : DECISION_DAYS;
        if (extended) {
            days += joint ? JOINT_EXTENSION_DAYS : EXTENSION_DAYS;
        }
        return workingDays(acceptedOn, days + excludedDays);
    }

    /** The promised decision day (优化营商环境条例 Art. 36(2)); 0 days = the day itself. */
    public LocalDate promisedDue(LocalDate acceptedOn, int promisedDays, int excludedDays) {
        return workingDays(acceptedOn, promisedDays + excludedDays);
    }

    /** The last day to serve the certificate after a grant (Art. 44). */
    public LocalDate certificateDue(LocalDate grantedOn) {
        return workingDays(grantedOn, CERTIFICATE_DAYS);
    }

    /**
     * The working days a suspension excludes (Art. 45): those after the day of the written notice up to and including
     * the day it resumed — the day of the notice still counts as a day of handling.
     */
    public int excludedDays(LocalDate suspendedOn, LocalDate resumedOn) {
        int n = 0;
        for (LocalDate d = suspendedOn.plusDays(1); !d.isAfter(resumedOn); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** Whether an undecided renewal is deemed granted on {@code today}: its licence expired undecided (Art. 50(2)). */
    public boolean deemedRenewed(LocalDate licenceExpiresOn, LocalDate today) {
        return licenceExpiresOn != null && today.isAfter(licenceExpiresOn);
    }

    private LocalDate workingDays(LocalDate from, int days) {
        return days == 0 ? from : calendar.deadline(from, days, PeriodUnit.WORKING_DAYS).deadline();
    }
}
