package cn.fazhi.mediation.domain;

import java.time.LocalDate;

import cn.fazhi.calendar.PeriodUnit;

/**
 * 司法确认的申请期限: "经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向
 * 人民法院申请司法确认" (人民调解法 Art. 33; likewise 民事诉讼法 Art. 205: 自调解协议生效之日起三十日内). The period is
 * counted by the legal calendar as a period in days: the effective day is not counted and a last day that is a rest
 * day moves to the next working day (民事诉讼法 Art. 85). The clock is kept by {@code LegalClocks}; this class only
 * states the period and whether an application date falls inside it.
 */
public final class JudicialConfirmationWindow {

    /** 三十日 (人民调解法 Art. 33). */
    public static final int AMOUNT = 30;
    public static final PeriodUnit UNIT = PeriodUnit.DAYS;
    /** Name of the legal clock (a message key). */
    public static final String CLOCK_NAME = "mediation.clock.confirmation";

    private JudicialConfirmationWindow() {}

    /**
     * Whether an application made on {@code appliedOn} is inside the window that opened when the agreement took effect
     * on {@code effectiveOn} and ends on {@code deadline} (as computed by the legal clock).
     */
    public static boolean allows(LocalDate effectiveOn, LocalDate deadline, LocalDate appliedOn) {
        return !appliedOn.isBefore(effectiveOn) && !appliedOn.isAfter(deadline);
    }
}
