package cn.fazhi.publicity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The balance of "谁执法谁普法" (中办发〔2017〕31号; 督察规定 Art. 9(十): a department carries out 普法 in its own
 * field): a roster unit is required to hold the activities its published 普法责任清单 plans, and at least the year's
 * minimum (a setting); its fulfilment is done / required (capped at 1); it is named as doing too little when it held
 * fewer than the minimum or its fulfilment is below the threshold (a setting). A unit without a published list is
 * held to the minimum.
 */
public record DutyFulfilmentPolicy(int minimum, BigDecimal threshold) {

    public int required(int planned) {
        return Math.max(planned, minimum);
    }

    /** done / required, 0..1 with four decimals (1 when nothing is required). */
    public BigDecimal fulfilment(int planned, int done) {
        int required = required(planned);
        if (required == 0) {
            return BigDecimal.ONE.setScale(4);
        }
        return BigDecimal.valueOf(Math.min(done, required)).divide(BigDecimal.valueOf(required), 4, RoundingMode.HALF_UP);
    }

    public boolean shortfall(int planned, int done) {
        return done < minimum || fulfilment(planned, done).compareTo(threshold) < 0;
    }
}
