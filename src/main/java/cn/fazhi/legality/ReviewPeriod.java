package cn.fazhi.legality;

/**
 * How many working days a legality reviewer has, counted with the legal calendar from the day after submission (the
 * request's due date; a {@code calendar.LegalCalendar} working-day deadline, not a suspendable
 * {@code calendar.LegalClocks} clock: a review request is never suspended or extended).
 * <ul>
 * <li>Agreements, contracts, plans and other documents: no national rule was confirmed (docs/LEGAL-RULES.md
 * LEG-1 and U1: the "一般不少于5个工作日，最长不超过15个工作日" attributed to 国办发〔2018〕115号 is unverified,
 * confidence low), so the period is the setting {@code fazhi.legality.review-working-days} (15 by default).</li>
 * <li>Drafts of major administrative decisions: 《重大行政决策程序暂行条例》 Art. 26 gives the reviewer "一般不少于7个工作日"
 * (docs/LEGAL-RULES.md LEG-2, confidence high), so the setting applies but never below
 * {@value #DECISION_MIN_WORKING_DAYS}.</li>
 * </ul>
 */
public final class ReviewPeriod {

    /** 《重大行政决策程序暂行条例》 Art. 26: the reviewer of a decision draft is given generally at least 7 working days. */
    public static final int DECISION_MIN_WORKING_DAYS = 7;

    private ReviewPeriod() {}

    public static int workingDays(ReviewType type, LegalityProperties settings) {
        int configured = settings.reviewWorkingDays();
        return type == ReviewType.DECISION ? Math.max(DECISION_MIN_WORKING_DAYS, configured) : configured;
    }
}
