package cn.fazhi.enforcement;

import java.math.BigDecimal;

/** A year's training figures within the caller's scope: active officers, those who met the threshold, the threshold. */
public record TrainingSummary(int year, long officers, long met, BigDecimal threshold) {

    /** The share that met the threshold in percent (one decimal), or null without officers. */
    public BigDecimal percent() {
        return officers == 0 ? null : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(officers), 1,
                java.math.RoundingMode.HALF_UP);
    }
}
