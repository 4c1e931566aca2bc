package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What callers send to {@link PaymentRecords}. */
public final class PaymentCommands {

    private PaymentCommands() {}

    /**
     * A payment owed to an SME: the enterprise by USCC, the contract, the amount, whether the term runs from DELIVERY or
     * ACCEPTANCE and that day, the agreed term (null: 30 days), the contract's annual interest rate in percent (null:
     * 万分之五 per day), and the paying unit (null: the caller's own).
     */
    public record Record(String uscc, String contractNo, String subject, BigDecimal amount, String startKind,
            LocalDate startOn, Integer termDays, BigDecimal annualRate, Long unitId) {}

    /** The payment made: day and amount (the whole sum or part of it). */
    public record Pay(LocalDate paidOn, BigDecimal paidAmount, Integer version) {}

    /** The list's filters: text in the contract or enterprise, the paying unit, overdue only, the due year. */
    public record Query(String q, Long unitId, Boolean overdue, Integer year) {

        public static Query none() {
            return new Query(null, null, null, null);
        }
    }
}
