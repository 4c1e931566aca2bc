/**
 * Indicators (统计指标): figures computed from the records, for a period and a region, each able to list the records
 * behind it. Every module contributes its own indicators by declaring {@link cn.fazhi.indicators.Indicator} beans in
 * its own package; this module's registry, the dashboard and the annual report know nothing module-specific.
 * <p>
 * An indicator's Chinese and English name, unit label and definition are message keys in the contributing module's
 * bundle: {@code indicator.<id>.name} and {@code indicator.<id>.definition}.
 * Depends on: platform.
 */
package cn.fazhi.indicators;
