/**
 * Legal calendar (法定期间): which days are working days under the State Council's yearly holiday notice (节假日安排,
 * including 调休 make-up working days), how a statutory period is counted (民事诉讼法 Art. 85, 民法典 Arts. 201–203,
 * 行政复议法 Art. 88, 行政处罚法 Art. 85), and legal clocks: periods of other modules' records that can be suspended,
 * resumed and extended (e.g. 行政复议法 Arts. 39, 62).
 * <p>
 * API: {@link cn.fazhi.calendar.LegalCalendar}, {@link cn.fazhi.calendar.LegalClocks} and their records.
 * Depends on: platform, audit.
 */
package cn.fazhi.calendar;
