package cn.fazhi.reconsideration.domain;

import java.math.BigDecimal;

/**
 * 简易程序 scope (行政复议法 Art. 53): where facts are clear, rights and duties clear and there is little dispute, the
 * simplified procedure may be used when the act is (一) 当场作出, (二) 警告或者通报批评, (三) an amount of at most
 * 3000 元, or (四) 政府信息公开; and in any case when all parties agree (Art. 53(2)).
 */
public final class SimplifiedProcedureScope {

    /** Art. 53(1)(三): 案件涉及款额三千元以下. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("3000");

    private SimplifiedProcedureScope() {}

    public static boolean applies(ActCategory category, BigDecimal amount, boolean allPartiesConsent) {
        if (allPartiesConsent) {
            return true;
        }
        return switch (category) {
            case ON_THE_SPOT, WARNING_OR_CRITICISM, GOVERNMENT_INFORMATION -> true;
            case MONETARY -> amount != null && amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) <= 0;
            case OTHER -> false;
        };
    }
}
