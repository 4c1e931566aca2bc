package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 行政处罚法 Art. 72(1)(一): "到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额" — the late
 * fee from the day after the payment was due (Art. 67: 15 days from service) up to the day paid (or today), 3 % of the
 * fine per day, capped at the fine.
 */
public final class LateFee {

    /** 3 % per day (Art. 72). */
    public static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

    private LateFee() {}

    /** The late fee for a fine due on {@code dueOn} and paid (or assessed) on {@code paidOn}, in yuan, 2 decimals. */
    public static BigDecimal of(BigDecimal fine, LocalDate dueOn, LocalDate paidOn) {
        if (fine == null || fine.signum() <= 0 || dueOn == null || paidOn == null || !paidOn.isAfter(dueOn)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long days = ChronoUnit.DAYS.between(dueOn, paidOn);
        BigDecimal fee = fine.multiply(DAILY_RATE).multiply(BigDecimal.valueOf(days));
        return fee.min(fine).setScale(2, RoundingMode.HALF_UP);
    }
}
