package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The rules of 《保障中小企业款项支付条例》 (国务院令第728号, revised by 第802号, in force 2025-06-01) the payment records
 * follow, all in natural days:
 * <ul>
 * <li>Art. 9: 机关、事业单位 pay an SME within 30 days of delivery of the goods, works or services; a contract may agree a
 * longer term, at most 60 days — a longer term is refused.</li>
 * <li>Art. 10: where the contract provides for inspection or acceptance (检验、验收), the term runs from the day the
 * acceptance was passed.</li>
 * <li>Art. 17: late payment bears interest at the contract's rate; without an agreed rate, 万分之五 per day (a setting)
 * of the amount overdue.</li>
 * <li>Art. 18: by 31 March each body publishes the number and amount of its contracts overdue and unpaid at the end of
 * the previous year.</li>
 * </ul>
 */
public final class SmePaymentRules {

    /** Art. 9: the term when the contract sets none. */
    public static final int DEFAULT_TERM_DAYS = 30;
    /** Art. 9: the longest term a contract may agree. */
    public static final int MAX_TERM_DAYS = 60;

    private SmePaymentRules() {}

    /** Art. 9: the term in days — 30 when none is agreed; 1–60 otherwise, else 400 (nothing is saved). */
    public static int term(Integer agreedDays) {
        if (agreedDays == null) {
            return DEFAULT_TERM_DAYS;
        }
        if (agreedDays < 1 || agreedDays > MAX_TERM_DAYS) {
            throw UserFacingException.badRequest("enterprises.payment.error.term", MAX_TERM_DAYS);
        }
        return agreedDays;
    }

    /** Arts. 9, 10: the last day to pay — {@code termDays} after the day of delivery or of the passed acceptance. */
    public static LocalDate dueOn(LocalDate deliveredOrAcceptedOn, int termDays) {
        return deliveredOrAcceptedOn.plusDays(termDays);
    }

    /**
     * Days overdue on {@code today}: from the day after the due date to the day paid in full, or to today while any of
     * the amount is unpaid; 0 when paid on time or not yet due.
     */
    public static long daysOverdue(LocalDate dueOn, LocalDate paidOn, boolean paidInFull, LocalDate today) {
        LocalDate end = paidOn != null && paidInFull ? paidOn : today;
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, end));
    }

    /**
     * Art. 17: the interest on {@code overdueAmount} for {@code days} days — at the contract's annual rate in percent
     * (per day: rate / 100 / 365) when one was agreed, else at {@code defaultDailyRate} (万分之五); yuan, 2 decimals.
     */
    public static BigDecimal interest(BigDecimal overdueAmount, long days, BigDecimal annualRatePercent,
            BigDecimal defaultDailyRate) {
        if (days <= 0 || overdueAmount.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal daily = annualRatePercent == null ? defaultDailyRate
                : annualRatePercent.divide(BigDecimal.valueOf(36500), 12, RoundingMode.HALF_UP);
        return overdueAmount.multiply(daily).multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Art. 18: the day by which the figures of {@code year} are published (31 March of the next year). */
    public static LocalDate publishBy(int year) {
        return LocalDate.of(year + 1, 3, 31);
    }

    /** Art. 18: whether a payment counts as overdue and unpaid at the end of {@code year}. */
    public static boolean overdueUnpaidAtYearEnd(LocalDate dueOn, LocalDate paidOn, boolean paidInFull, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return dueOn.isBefore(end) && (paidOn == null || !paidInFull || paidOn.isAfter(end));
    }

    /** Art. 18 as SQL over {@code p} (sme_payment) with the parameter {@code :yearEnd}: the same rule. */
    static final String OVERDUE_AT_YEAR_END = "p.due_on < :yearEnd AND (p.paid_on IS NULL OR p.paid_amount < p.amount "
            + "OR p.paid_on > :yearEnd)";

    /** Late (for the overdue rate): paid after the due date, or not paid in full and the due date passed. */
    static final String LATE = "(p.paid_on > p.due_on OR ((p.paid_on IS NULL OR p.paid_amount < p.amount) "
            + "AND p.due_on < CURRENT_DATE))";
}
