package cn.fazhi.supervision;

import java.time.LocalDate;

/** An inspector's standing on a day: SERVING 在任, EXPIRED 期满 (after the term end), DISMISSED 解聘. */
public enum OverseerStatus {
    SERVING, EXPIRED, DISMISSED;

    static OverseerStatus on(LocalDate day, LocalDate appointedOn, LocalDate termEndsOn, LocalDate dismissedOn) {
        if (dismissedOn != null && !dismissedOn.isAfter(day)) {
            return DISMISSED;
        }
        return termEndsOn.isBefore(day) ? EXPIRED : SERVING;
    }
}
