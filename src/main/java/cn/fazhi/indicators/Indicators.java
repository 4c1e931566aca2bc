package cn.fazhi.indicators;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The registry: every {@link Indicator} bean of every module, by id. Names and definitions come from the message
 * bundles ({@code indicator.<id>.name}, {@code indicator.<id>.definition}). Knows nothing module-specific.
 */
@Component
public class Indicators {

    private final Map<String, Indicator> byId = new LinkedHashMap<>();
    private final MessageSource messages;

    public Indicators(List<Indicator> indicators, MessageSource messages) {
        this.messages = messages;
        indicators.stream().sorted(Comparator.comparing(Indicator::id)).forEach(indicator -> {
            if (byId.putIfAbsent(indicator.id(), indicator) != null) {
                throw new IllegalStateException("Two indicators share the id " + indicator.id());
            }
        });
    }

    /** All indicators, ordered by id. */
    public List<Indicator> all() {
        return List.copyOf(byId.values());
    }

    /**
     * Every indicator's value for {@code query}, in the order of {@link #all}, each computed once: a figure made of
     * others (a rate) reuses theirs.
     */
    public Map<Indicator, BigDecimal> values(IndicatorQuery query) {
        Map<Indicator, BigDecimal> known = new IdentityHashMap<>();
        Map<Indicator, BigDecimal> result = new LinkedHashMap<>();
        for (Indicator indicator : byId.values()) {
            result.put(indicator, value(indicator, query, known));
        }
        return result;
    }

    private static BigDecimal value(Indicator indicator, IndicatorQuery query, Map<Indicator, BigDecimal> known) {
        if (!known.containsKey(indicator)) {
            known.put(indicator, indicator.value(query, part -> value(part, query, known)));
        }
        return known.get(indicator);
    }

    /**
     * Every indicator's value and breakdowns (sub-regions by the first {@code codeLength} digits) for {@code query},
     * in the order of {@link #all}, each computed once: a figure made of others (a rate) reuses theirs.
     */
    public Map<Indicator, IndicatorBreakdown> breakdowns(IndicatorQuery query, int codeLength) {
        Map<Indicator, IndicatorBreakdown> known = new IdentityHashMap<>();
        Map<Indicator, IndicatorBreakdown> result = new LinkedHashMap<>();
        for (Indicator indicator : byId.values()) {
            result.put(indicator, breakdown(indicator, query, codeLength, known));
        }
        return result;
    }

    private static IndicatorBreakdown breakdown(Indicator indicator, IndicatorQuery query, int codeLength,
            Map<Indicator, IndicatorBreakdown> known) {
        IndicatorBreakdown b = known.get(indicator);
        if (b == null) {
            b = indicator.breakdown(query, codeLength, part -> breakdown(part, query, codeLength, known));
            known.put(indicator, b);
        }
        return b;
    }

    public Optional<Indicator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public String name(Indicator indicator, Locale locale) {
        return messages.getMessage("indicator." + indicator.id() + ".name", null, indicator.id(), locale);
    }

    public String definition(Indicator indicator, Locale locale) {
        return messages.getMessage("indicator." + indicator.id() + ".definition", null, "", locale);
    }

    public String unitLabel(Indicator indicator, Locale locale) {
        return messages.getMessage("indicator.unit." + indicator.unit().name(), null, indicator.unit().name(), locale);
    }
}
