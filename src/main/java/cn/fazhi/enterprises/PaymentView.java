package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment owed to an SME as shown: with its state on the day read — {@code overdue} (paid late, or unpaid after the
 * due date), the days overdue and the late-payment interest (Art. 17) on the amount overdue.
 */
public record PaymentView(long id, long unitId, String unitName, long enterpriseId, String enterpriseName, String uscc,
        String contractNo, String subject, BigDecimal amount, String startKind, LocalDate startOn, int termDays,
        LocalDate dueOn, BigDecimal annualRate, LocalDate paidOn, BigDecimal paidAmount, boolean overdue,
        long daysOverdue, BigDecimal interest, int version) {

    public boolean paidInFull() {
        return paidOn != null && paidAmount != null && paidAmount.compareTo(amount) >= 0;
    }
}
