package cn.fazhi.enforcement;

import java.time.LocalDate;

/**
 * 行政处罚法 Art. 36 (追责时效): "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，
 * 上述期限延长至五年。法律另有规定的除外。前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日
 * 起计算。" The period is in natural years (LEGAL-RULES.md §2); an act discovered on the last day is still in time.
 */
public final class Limitation {

    /** Years within which an act must be discovered (Art. 36(1)). */
    public static final int YEARS = 2;
    /** Years where life, health or financial security was involved and harm occurred (Art. 36(1)). */
    public static final int YEARS_GRAVE_HARM = 5;

    private Limitation() {}

    /** The last day on which the act may be discovered: from the act, or from the end of a continuing act. */
    public static LocalDate endsOn(LocalDate actOn, LocalDate actEndedOn, boolean graveHarm) {
        LocalDate start = actEndedOn != null && actEndedOn.isAfter(actOn) ? actEndedOn : actOn;
        return start.plusYears(graveHarm ? YEARS_GRAVE_HARM : YEARS);
    }

    /** Whether an act discovered on {@code discoveredOn} is time-barred. */
    public static boolean barred(LocalDate actOn, LocalDate actEndedOn, boolean graveHarm, LocalDate discoveredOn) {
        return discoveredOn.isAfter(endsOn(actOn, actEndedOn, graveHarm));
    }
}
