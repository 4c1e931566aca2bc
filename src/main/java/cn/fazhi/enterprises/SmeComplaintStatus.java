package cn.fazhi.enterprises;

/**
 * An SME payment complaint's state (保障中小企业款项支付条例 Arts. 24, 25): RECEIVED (by the desk) → ACCEPTED (formal
 * acceptance, its date starts the 10 working days) or REFUSED (not accepted, with the reason) → TRANSFERRED (passed to
 * the handling body, whose 30 days, extendable to 90, start) → CONCLUDED (its written result).
 */
public enum SmeComplaintStatus {
    RECEIVED, ACCEPTED, REFUSED, TRANSFERRED, CONCLUDED;

    public boolean open() {
        return this == RECEIVED || this == ACCEPTED || this == TRANSFERRED;
    }
}
