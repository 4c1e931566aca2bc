package cn.fazhi.indicators;

import java.util.List;
import java.util.Optional;

/**
 * Indicators known only at runtime, contributed by a module as a bean (e.g. the reported figures' definitions, each an
 * indicator {@code reported.<code>}): the registry {@link Indicators} consults every source in {@link Indicators#all}
 * and {@link Indicators#find}, after the {@link Indicator} beans. A source answers from its own tables each time, so a
 * definition added or changed is an indicator at once.
 */
public interface IndicatorSource {

    /** The indicators of this moment, in any order. */
    List<Indicator> indicators();

    /** The indicator with {@code id}, if this source knows it; by default a search of {@link #indicators()}. */
    default Optional<Indicator> find(String id) {
        return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
