package cn.fazhi.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.fazhi.calendar.PeriodUnit;

/**
 * The reply/rectification period of each supervision instrument, from its issue day: an amount and a day type
 * ({@code DAYS} natural days, {@code WORKING_DAYS} working days with the State Council holidays). 行政执法监督条例
 * (国务院令第825号, in force 2026-02-01) was not read on these points (LEGAL-RULES-2 §5.1), so every period is a setting:
 * <ul>
 * <li>{@code notice} 监督通知书 — 10 working days: 《市场监督管理执法监督暂行规定》(总局令第22号) Art. 18 (reply with the
 * materials or an explanation within 十个工作日).</li>
 * <li>{@code decision} 监督决定书 — 10 working days: 总局令第22号 Art. 19 (report the correction within 十个工作日).</li>
 * <li>{@code suggestion} 监督建议书 — 30 natural days: 广东省人民政府令第231号 Art. 20 (整改 within 30日; local).</li>
 * <li>{@code opinion} 监督意见书 — 30 natural days: 总局令第22号 Art. 21 sets no number (report within the period the
 * letter sets); 30日 as in 广东231号 Arts. 20–22.</li>
 * </ul>
 * Unanswered instruments are warned by the kernel's due list ({@code fazhi.cases} warning window) and shown as the
 * unit's to-dos.
 */
@ConfigurationProperties("fazhi.supervision.letters")
public record LetterProperties(Period notice, Period decision, Period suggestion, Period opinion) {

    /** One kind's period. */
    public record Period(int amount, PeriodUnit unit) {

        public Period {
            if (amount < 1 || amount > 365 || unit == null || (unit != PeriodUnit.DAYS && unit != PeriodUnit.WORKING_DAYS)) {
                throw new IllegalArgumentException("fazhi.supervision.letters: amount 1–365, unit DAYS or WORKING_DAYS");
            }
        }
    }

    public LetterProperties {
        notice = notice == null ? new Period(10, PeriodUnit.WORKING_DAYS) : notice;
        decision = decision == null ? new Period(10, PeriodUnit.WORKING_DAYS) : decision;
        suggestion = suggestion == null ? new Period(30, PeriodUnit.DAYS) : suggestion;
        opinion = opinion == null ? new Period(30, PeriodUnit.DAYS) : opinion;
    }

    /** The defaults above. */
    public static LetterProperties defaults() {
        return new LetterProperties(null, null, null, null);
    }

    public Period of(LetterKind kind) {
        return switch (kind) {
            case NOTICE -> notice;
            case DECISION -> decision;
            case SUGGESTION -> suggestion;
            case OPINION -> opinion;
        };
    }
}
