package cn.fazhi.errands;

/**
 * What an authorisation lets the agent do: 代购 (PURCHASE), 代缴 of one utility (PAY_PHONE, PAY_WATER, PAY_POWER,
 * PAY_GAS), 代办 of service items (SERVICE, optionally limited to listed item codes).
 */
public enum Scope {
    PURCHASE, PAY_PHONE, PAY_WATER, PAY_POWER, PAY_GAS, SERVICE;

    /** The scope an errand of {@code kind} (and {@code utility} for a payment) needs. */
    public static Scope of(ErrandKind kind, Utility utility) {
        return switch (kind) {
            case PURCHASE -> PURCHASE;
            case SERVICE -> SERVICE;
            case PAYMENT -> utility == null ? null : valueOf("PAY_" + utility.name());
        };
    }
}
