package cn.fazhi.enforcement;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Coercion settings ({@code fazhi.enforcement.coercion.*}): what the law leaves to local practice.
 *
 * @param nightStart when the night begins for 行政强制法 Art. 43 ("不得在夜间或者法定节假日实施行政强制执行"); the law does
 *        not define 夜间 — 22:00 by default (the usual reading, cf. 环境噪声污染防治法), a local setting
 * @param nightEnd when the night ends, 06:00 by default
 * @param weekendsAreRestDays whether weekends (not made working days by a 调休 notice) count as 法定节假日 for Art. 43;
 *        true by default (法定节假日 read as the statutory rest days, weekends included) — a local reading, a setting
 * @param expiryWarningDays how many days before a measure's period ends its deadline shows as due (warnings)
 */
@ConfigurationProperties("fazhi.enforcement.coercion")
public record CoercionProperties(@DefaultValue("22:00") LocalTime nightStart, @DefaultValue("06:00") LocalTime nightEnd,
        @DefaultValue("true") boolean weekendsAreRestDays, @DefaultValue("5") int expiryWarningDays) {

    public CoercionProperties {
        if (nightStart == null || nightEnd == null || nightStart.equals(nightEnd)) {
            throw new IllegalArgumentException("fazhi.enforcement.coercion.night-start/night-end must differ");
        }
        if (expiryWarningDays < 0 || expiryWarningDays > 30) {
            throw new IllegalArgumentException("fazhi.enforcement.coercion.expiry-warning-days must be 0..30");
        }
    }
}
