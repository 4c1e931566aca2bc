package cn.fazhi.indicators;

import java.util.Comparator;
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
