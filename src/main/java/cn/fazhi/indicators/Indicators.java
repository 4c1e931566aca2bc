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
    private final List<IndicatorSource> sources;
    private final MessageSource messages;
    private final java.util.concurrent.Executor pool;

    /** @param pool runs the independent queries of one reading side by side ({@code IndicatorsConfiguration}) */
    public Indicators(List<Indicator> indicators, MessageSource messages,
            @org.springframework.beans.factory.annotation.Qualifier("indicatorPool") java.util.concurrent.Executor pool,
            org.springframework.beans.factory.ObjectProvider<IndicatorSource> sources) {
        this.messages = messages;
        this.sources = sources.orderedStream().toList();
        this.pool = pool;
        indicators.stream().sorted(Comparator.comparing(Indicator::id)).forEach(indicator -> {
            if (byId.putIfAbsent(indicator.id(), indicator) != null) {
                throw new IllegalStateException("Two indicators share the id " + indicator.id());
            }
        });
    }

    /**
     * All indicators, ordered by id: the beans and those the {@link IndicatorSource}s know now (a bean's id wins over a
     * source's).
     */
    public List<Indicator> all() {
        if (sources.isEmpty()) {
            return List.copyOf(byId.values());
        }
        return List.copyOf(current().values());
    }

    /** The beans and the sources' indicators of this moment, by id in order. */
    private Map<String, Indicator> current() {
        if (sources.isEmpty()) {
            return byId;
        }
        Map<String, Indicator> all = new java.util.TreeMap<>(byId);
        for (IndicatorSource source : sources) {
            source.indicators().forEach(indicator -> all.putIfAbsent(indicator.id(), indicator));
        }
        return all;
    }

    /**
     * Every indicator's value for {@code query}, in the order of {@link #all}, each computed once: a figure made of
     * others (a rate) reuses theirs. The figures without parts are computed in parallel on the module's small pool.
     */
    public Map<Indicator, BigDecimal> values(IndicatorQuery query) {
        Map<String, Indicator> current = current();
        Map<Indicator, BigDecimal> known = leaves(current, indicator -> indicator.value(query));
        Map<Indicator, BigDecimal> result = new LinkedHashMap<>();
        for (Indicator indicator : current.values()) {
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
        Map<String, Indicator> current = current();
        Map<Indicator, IndicatorBreakdown> known = leaves(current,
                indicator -> indicator.breakdown(query, codeLength, part -> {
                    throw new IllegalStateException(indicator.id() + " has parts it does not declare");
                }));
        Map<Indicator, IndicatorBreakdown> result = new LinkedHashMap<>();
        for (Indicator indicator : current.values()) {
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
    private <T> Map<Indicator, T> leaves(Map<String, Indicator> current,
            java.util.function.Function<Indicator, T> compute) {
        java.util.Set<Indicator> leaves = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Deque<Indicator> open = new java.util.ArrayDeque<>(current.values());
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
        Indicator bean = byId.get(id);
        if (bean != null || id == null) {
            return Optional.ofNullable(bean);
        }
        for (IndicatorSource source : sources) {
            Optional<Indicator> found = source.find(id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public String name(Indicator indicator, Locale locale) {
        return messages.getMessage("indicator." + indicator.id() + ".name", null,
                indicator.label(locale) != null ? indicator.label(locale) : indicator.id(), locale);
    }

    public String definition(Indicator indicator, Locale locale) {
        String explanation = indicator.explanation(locale);
        return messages.getMessage("indicator." + indicator.id() + ".definition", null,
                explanation == null ? "" : explanation, locale);
    }

    public String unitLabel(Indicator indicator, Locale locale) {
        return messages.getMessage("indicator.unit." + indicator.unit().name(), null, indicator.unit().name(), locale);
    }
}
