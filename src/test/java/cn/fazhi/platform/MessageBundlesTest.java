package cn.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The UI speaks through message bundles: every key a template uses exists, in Chinese and in English. */
class MessageBundlesTest {

    private static final Path MESSAGES = Paths.get("src/main/resources/messages");
    private static final Path TEMPLATES = Paths.get("src/main/resources/templates");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.:-]*)[}(]");

    private static Properties load(Path path) throws IOException {
        Properties p = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static Set<String> keys(boolean english) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path f : files.toList()) {
                boolean isEnglish = f.getFileName().toString().endsWith("_en.properties");
                if (isEnglish == english) {
                    load(f).stringPropertyNames().forEach(keys::add);
                }
            }
        }
        return keys;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys(true)).containsExactlyInAnyOrderElementsOf(keys(false));
    }

    /** A key defined twice silently keeps the later text (branches merged by union append to the same files). */
    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        List<String> duplicates = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                Set<String> seen = new HashSet<>();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || !l.contains("=")) {
                        continue;
                    }
                    String key = l.substring(0, l.indexOf('=')).strip();
                    if (!seen.add(key)) {
                        duplicates.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> zh = keys(false);
        Set<String> missing = new HashSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = STATIC_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    if (!zh.contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoChineseText() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            offenders = files.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                try {
                    // strip Thymeleaf expressions, then look for CJK characters in the remaining markup
                    String text = Files.readString(p).replaceAll("\\$\\{[^}]*}|#\\{[^}]*}|@\\{[^}]*}", "");
                    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
    }
}
