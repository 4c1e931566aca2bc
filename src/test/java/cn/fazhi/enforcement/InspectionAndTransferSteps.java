package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Test access to the publicity part's aggregates (their step methods are package-private): puts an aggregate in a
 * state with the dates its steps need and takes a step by name with valid arguments.
 */
public final class InspectionAndTransferSteps {

    private InspectionAndTransferSteps() {}

    public static Inspection inspection(InspectionStatus status, LocalDate inspectedOn) {
        return Inspection.in(status, inspectedOn);
    }

    public static void take(Inspection i, String step) {
        switch (step) {
            case "conclude" -> i.conclude(InspectionResult.COMPLIANT, "未发现问题", null, null, LocalDate.of(2024, 3, 5));
            case "cancel" -> i.cancel("重复登记", LocalDate.of(2024, 3, 5));
            default -> throw new IllegalArgumentException(step);
        }
    }

    public static Transfer transfer(TransferStatus status) {
        Transfer t = Transfer.in(status);
        t.transferredOn = LocalDate.of(2024, 3, 5);
        t.receivedOn = LocalDate.of(2024, 3, 5);
        t.reconsiderDueOn = LocalDate.of(2024, 3, 20);
        t.reconsiderRequestedOn = LocalDate.of(2024, 3, 8);
        return t;
    }

    public static void take(Transfer t, String step, OffsetDateTime now) {
        LocalDate day = LocalDate.of(2024, 3, 8);
        switch (step) {
            case "approve" -> t.decide(true, null, now, "head", now.plusHours(24));
            case "reject" -> t.decide(false, "证据不足", now, "head", null);
            case "transfer" -> t.transfer("咸宁市公安局咸安区分局", "ALL", now);
            case "receipt" -> t.receipt(day, "咸公接〔2024〕1号", day.plusDays(3));
            case "policeAccept" -> t.policeDecision(true, day, null, null);
            case "policeRefuse" -> t.policeDecision(false, day, "不构成犯罪", day.plusDays(3));
            case "reconsider" -> t.reconsider(day, "有新证据");
            case "reconsiderAccept" -> t.reconsiderDecision(true, day.plusDays(2));
            case "reconsiderUphold" -> t.reconsiderDecision(false, day.plusDays(2));
            default -> throw new IllegalArgumentException(step);
        }
    }
}
