/**
 * Indicators (统计指标): figures computed from the records, for a period and a region, each able to list the records
 * behind it. Every module contributes its own indicators by declaring {@link cn.fazhi.indicators.Indicator} beans in
 * its own package; this module's registry, the dashboard and the annual report know nothing module-specific.
 * <p>
 * An indicator's Chinese and English name, unit label and definition are message keys in the contributing module's
 * bundle: {@code indicator.<id>.name} and {@code indicator.<id>.definition}.
 * <p>
 * {@link cn.fazhi.indicators.IndicatorSql} builds the common kinds (a count or sum of one table's rows by a date of
 * their own, a rate of two counts); {@link cn.fazhi.indicators.IndicatorRequests} resolves a period and region within
 * the caller's scope. Pages: the records behind a figure ({@code /indicators/{id}/records}) and the dashboard
 * ({@code /dashboard}, 驾驶舱), where leaders and the rule-of-law office land after signing in; API under
 * {@code /api/v1/indicators}. Depends on: platform, organisation (regions, units), cases (overdue deadlines).
 */
package cn.fazhi.indicators;
