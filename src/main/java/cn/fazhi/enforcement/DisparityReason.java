package cn.fazhi.enforcement;

/** Why a decided case is flagged by 同案不同罚 detection ({@link Disparities}). */
public enum DisparityReason {
    /** The fine is below the minimum of the benchmark level the decision states. */
    BELOW_RANGE,
    /** The fine is above the maximum of the benchmark level the decision states. */
    ABOVE_RANGE,
    /** The fine is far from the peers' median by the robust rule (median and MAD). */
    FAR_FROM_PEERS
}
