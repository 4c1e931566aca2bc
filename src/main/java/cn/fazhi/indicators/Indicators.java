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
    private final java.util.concurrent.Executor pool;

    /** @param pool runs the independent queries of one reading side by side ({@code IndicatorsConfiguration}) */
    public Indicators(List<Indicator> indicators, MessageSource messages,
            @org.springframework.beans.factory.annotation.Qualifier("indicatorPool") java.util.concurrent.Executor pool) {
        this.messages = messages;
        this.pool = pool;
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
     * others (a rate) reuses theirs. The figures without parts are computed in parallel on the module's small pool.
     */
    public Map<Indicator, BigDecimal> values(IndicatorQuery query) {
        Map<Indicator, BigDecimal> known = leaves(indicator -> indicator.value(query));
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
     * in the order of {@link #all}, each computed once: a figure made of others (a rate) reuses theirs. The figures
     * without parts are computed in parallel on the module's small pool.
     */
    public Map<Indicator, IndicatorBreakdown> breakdowns(IndicatorQuery query, int codeLength) {
        Map<Indicator, IndicatorBreakdown> known = leaves(
                indicator -> indicator.breakdown(query, codeLength, part -> {
                    throw new IllegalStateException(indicator.id() + " has parts it does not declare");
                }));
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

    /**
     * {@code compute} of every indicator without {@link Indicator#parts parts}, among the registered ones and the
     * parts of those (a rate's numerator need not be registered), run on the pool; the caller waits for all of them.
     * Each computation is independent (its own query and connection), so they may overlap.
     */
    private <T> Map<Indicator, T> leaves(java.util.function.Function<Indicator, T> compute) {
        java.util.Set<Indicator> leaves = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Deque<Indicator> open = new java.util.ArrayDeque<>(byId.values());
        while (!open.isEmpty()) {
            Indicator indicator = open.pop();
            if (indicator.parts().isEmpty()) {
                leaves.add(indicator);
            } else {
                open.addAll(indicator.parts());
            }
        }
        Map<Indicator, java.util.concurrent.CompletableFuture<T>> futures = new IdentityHashMap<>();
        leaves.forEach(leaf -> futures.put(leaf,
                java.util.concurrent.CompletableFuture.supplyAsync(() -> compute.apply(leaf), pool)));
        Map<Indicator, T> known = new IdentityHashMap<>();
        futures.forEach((leaf, future) -> {
            try {
                known.put(leaf, future.join());
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        });
        return known;
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
