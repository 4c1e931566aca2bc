package cn.fazhi.hotline;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 12345 settings — no national period exists (LEGAL-RULES-2 §9: "12345 时限 (紧急/一般/复杂), 回访 window and 满意度
 * scale are configuration, not law"); the defaults follow the local example of 《潍坊市12345政务服务便民热线条例》
 * (2021) Arts. 18–27 (finish within 5 working days where possible; no return after a ruling on a disputed dispatch).
 *
 * @param limits          per urgency: {@code sign-days} (working days after the dispatch day to sign for it; 0 = the
 *                        same day) and {@code handle-days} (working days after the dispatch day to reply)
 * @param visitDays       working days after the reply within which the return visit is due
 * @param satisfaction    the satisfaction scale, best first (codes; labels {@code hotline.satisfaction.<code>})
 * @param satisfied       the codes of the scale that count as satisfied (满意率)
 * @param noReturnAfterRuling whether a ticket dispatched after a ruling on a disputed dispatch may no longer be returned
 *                        (潍坊 Art. 22, local)
 * @param centreUnitId    the 12345 centre's unit (holds tickets not yet dispatched or returned)
 * @param warnDays        how many days ahead an open limit is warned
 */
@ConfigurationProperties("fazhi.hotline")
public record HotlineProperties(@DefaultValue Map<Urgency, Limit> limits, @DefaultValue("3") int visitDays,
        @DefaultValue({"VERY_SATISFIED", "SATISFIED", "BASIC", "DISSATISFIED"}) List<String> satisfaction,
        @DefaultValue({"VERY_SATISFIED", "SATISFIED", "BASIC"}) List<String> satisfied,
        @DefaultValue("true") boolean noReturnAfterRuling, @DefaultValue("43") long centreUnitId,
        @DefaultValue("1") int warnDays) {

    /** Sign-for and handling limits in working days after the dispatch day. */
    public record Limit(int signDays, int handleDays) {}

    /** The defaults when the settings name none: 紧急 0/1, 一般 1/5 (潍坊 Art. 20), 复杂 1/15. */
    static final Map<Urgency, Limit> DEFAULTS = Map.of(Urgency.URGENT, new Limit(0, 1), Urgency.NORMAL, new Limit(1, 5),
            Urgency.COMPLEX, new Limit(1, 15));

    public HotlineProperties {
        if (visitDays < 0 || warnDays < 0 || satisfaction.isEmpty() || !satisfaction.containsAll(satisfied)) {
            throw new IllegalArgumentException("fazhi.hotline: visit-days ≥ 0, satisfied ⊆ satisfaction");
        }
        java.util.EnumMap<Urgency, Limit> all = new java.util.EnumMap<>(DEFAULTS);
        all.putAll(limits);
        for (Limit l : all.values()) {
            if (l.signDays() < 0 || l.handleDays() < l.signDays()) {
                throw new IllegalArgumentException("fazhi.hotline.limits: 0 ≤ sign-days ≤ handle-days");
            }
        }
        limits = Map.copyOf(all);
    }
}
