package cn.fazhi.enterprises;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;

/**
 * The clocks of an SME payment complaint, 《保障中小企业款项支付条例》 (国务院令第728号, revised by 第802号, in force
 * 2025-06-01), in one place (LEGAL-RULES-2 §10):
 * <ul>
 * <li>Art. 24: the accepting department passes the complaint to the handling department within 10 working days of its
 * formal acceptance ({@value #TRANSFER_WORKING_DAYS} 工作日).</li>
 * <li>Art. 25: the handling department gives its written result within 30 days of receiving it
 * ({@value #RESULT_DAYS} 日, natural days); with its head's approval the period may be extended, to at most 90 days in
 * all ({@value #MAX_RESULT_DAYS} 日). A natural-day period whose last day is a rest day ends on the next working day
 * (the legal calendar's rule).</li>
 * </ul>
 */
@Component
public class SmeComplaintClocks {

    /** Art. 24: 十个工作日内转交. */
    public static final int TRANSFER_WORKING_DAYS = 10;
    /** Art. 25: 收到之日起30日内形成处理结果. */
    public static final int RESULT_DAYS = 30;
    /** Art. 25: 经负责人批准可以延长，最长不超过90日. */
    public static final int MAX_RESULT_DAYS = 90;

    private final LegalCalendar calendar;

    public SmeComplaintClocks(LegalCalendar calendar) {
        this.calendar = calendar;
    }

    /** The last day to pass a complaint accepted on {@code acceptedOn} to the handling department (Art. 24). */
    public LocalDate transferDue(LocalDate acceptedOn) {
        return calendar.deadline(acceptedOn, TRANSFER_WORKING_DAYS, PeriodUnit.WORKING_DAYS).deadline();
    }

    /** The last day of the written result for a complaint received by the handling department on {@code on} (Art. 25). */
    public LocalDate resultDue(LocalDate receivedByHandler) {
        return calendar.deadline(receivedByHandler, RESULT_DAYS, PeriodUnit.DAYS).deadline();
    }

    /** The latest day an approved extension may reach (Art. 25: 90 days in all). */
    public LocalDate maxExtendedDue(LocalDate receivedByHandler) {
        return calendar.deadline(receivedByHandler, MAX_RESULT_DAYS, PeriodUnit.DAYS).deadline();
    }

    /** Whether an extension to {@code to} is allowed: later than the 30-day due day and within the 90 days. */
    public boolean extensionAllowed(LocalDate receivedByHandler, LocalDate to) {
        return to != null && to.isAfter(resultDue(receivedByHandler)) && !to.isAfter(maxExtendedDue(receivedByHandler));
    }
}
