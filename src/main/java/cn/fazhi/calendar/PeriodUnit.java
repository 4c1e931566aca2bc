package cn.fazhi.calendar;

/** The unit a statutory period is stated in. */
public enum PeriodUnit {
    /** Calendar days (日): every day counts, a last day that is a rest day moves to the next working day. */
    DAYS,
    /** Working days (工作日): only working days count, e.g. 行政复议法 Art. 88, 行政处罚法 Art. 85. */
    WORKING_DAYS,
    /** Months (月): ends on the corresponding day of the final month (民法典 Art. 202). */
    MONTHS,
    /** Years (年): ends on the corresponding day of the final year (民法典 Art. 202). */
    YEARS
}
