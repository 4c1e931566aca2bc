package cn.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.modulith.events.core.EventSerializer;

import cn.fazhi.IntegrationTest;

/**
 * Every module's event (the records in {@code cn.fazhi.<module>.events}) survives the event publication registry: the
 * registry stores the event serialized (Spring Modulith's Jackson serializer) and a listener called after a restart or
 * a retry gets it back deserialized, so it must come back equal.
 */
@IntegrationTest
class EventSerializationTest {

    @Autowired
    EventSerializer serializer;

    @Test
    void everyModuleEventRoundTripsThroughTheRegistrysSerializer() throws Exception {
        List<Class<?>> events = moduleEvents();
        assertThat(events).hasSizeGreaterThan(40);
        for (Class<?> type : events) {
            Object event = sample(type);
            Object stored = serializer.serialize(event);
            assertThat(stored).as(type.getName()).isInstanceOf(String.class);
            assertThat(serializer.deserialize(stored, type)).as(type.getName() + " from " + stored).isEqualTo(event);
        }
    }

    private static List<Class<?>> moduleEvents() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && !definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile("cn\\.fazhi\\.\\w+\\.events\\.\\w+")));
        List<Class<?>> types = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("cn.fazhi")) {
            types.add(Class.forName(definition.getBeanClassName()));
        }
        return types;
    }

    /** An instance of a record event with a value for every component (every type an event uses today). */
    private static Object sample(Class<?> type) throws Exception {
        assertThat(type.isRecord()).as(type.getName() + " is a record").isTrue();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(types[i], i, type);
        }
        var constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object value(Class<?> type, int i, Class<?> event) {
        if (type == long.class || type == Long.class) {
            return 4_000_000_000L + i;
        }
        if (type == int.class || type == Integer.class) {
            return 7 + i;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == String.class) {
            return "复议〔2024〕第" + i + "号 \"quoted\"";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2024, 2, 29).plusDays(i);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.of(2024, 2, 29, 8, 30).plusMinutes(i);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.of(2024, 2, 29, 8, 30, 0, 0, ZoneOffset.ofHours(8)).plusMinutes(i);
        }
        if (type == Instant.class) {
            return Instant.parse("2024-02-29T00:30:00Z").plusSeconds(i);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("12345.67");
        }
        if (type == UUID.class) {
            return UUID.nameUUIDFromBytes(new byte[] {(byte) i});
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[i % type.getEnumConstants().length];
        }
        if (type == List.class || type == Set.class || type == Map.class) {
            return type == List.class ? List.of() : type == Set.class ? Set.of() : Map.of();
        }
        throw new AssertionError("EventSerializationTest has no sample for " + type.getName() + " in "
                + event.getName() + ": add one (and make sure the registry can store it)");
    }
}
