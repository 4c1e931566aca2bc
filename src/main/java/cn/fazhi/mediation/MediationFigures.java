package cn.fazhi.mediation;

import java.math.BigDecimal;

/**
 * The figures the annual report and the indicators read for one township over a period (inclusive dates):
 * disputes accepted (受理, by acceptance date), resolved by agreement (调解成功, by the day the agreement took effect)
 * and the sum of their amounts in dispute (涉及金额), court-entrusted disputes received (委托调解), applications for
 * judicial confirmation made and confirmations granted (司法确认, by the court's ruling date).
 */
public record MediationFigures(String townshipCode, long accepted, long resolved, BigDecimal resolvedAmount,
        long courtEntrusted, long confirmationApplications, long confirmed) {}
