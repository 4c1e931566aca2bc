package cn.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key the calendar's templates and refusals use exists in both bundles, and the bundles hold the same
 * keys, so no page or problem body shows a raw key or falls back to the other language.
 */
class CalendarMessagesTest {

    private static final Path MAIN = Path.of("src/main");
    /** A literal key in a template: #{key} or a quoted 'calendar.…' prefix in an expression. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.:]+)|'(calendar\\.[A-Za-z0-9_.]+)'");
    /** A string literal that names a calendar message (audit action names share the prefix and are skipped). */
    private static final Pattern CODE_KEY = Pattern.compile("\"(calendar\\.[A-Za-z0-9_.]+)\"");

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        assertThat(bundle("calendar_en").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("calendar").stringPropertyNames());
    }

    @Test
    void everyKeyUsedExists() throws IOException {
        Set<String> keys = new TreeSet<>(bundle("calendar").stringPropertyNames());
        keys.addAll(bundle("platform").stringPropertyNames());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(MAIN.resolve("resources/templates/calendar"))) {
            for (Path template : templates.toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        try (Stream<Path> sources = Files.walk(MAIN.resolve("java/cn/fazhi/calendar"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(source)) {
                    Matcher m = CODE_KEY.matcher(line);
                    while (m.find() && !line.contains("AuditEntry.of(")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        for (String key : used) {
            boolean known = key.endsWith(".") ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
            assertThat(known).as("message key " + key).isTrue();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MAIN.resolve("resources/messages/" + name + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
