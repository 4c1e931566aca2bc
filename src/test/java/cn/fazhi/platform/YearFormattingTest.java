package cn.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A year is printed without a thousands separator ("2026年", never "2,026年"). MessageFormat groups a plain
 * {@code {0}} holding an Integer, so every placeholder a Chinese text follows with 年 is declared
 * {@code {n,number,#}}, in both languages, and callers pass the year as a number (issue 10, point 18).
 */
class YearFormattingTest {

    private static final Path MESSAGES = Paths.get("src/main/resources/messages");
    private static final Pattern YEAR_PLACEHOLDER = Pattern.compile("\\{(\\d)(,[^}]*)?}\\s*年");

    private static Properties load(Path path) throws IOException {
        Properties p = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    @Test
    void everyYearPlaceholderIsFormattedWithoutGrouping() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path zh : files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties"))
                    .sorted().toList()) {
                Properties chinese = load(zh);
                Properties english = load(Paths.get(zh.toString().replace(".properties", "_en.properties")));
                for (String key : chinese.stringPropertyNames()) {
                    Matcher m = YEAR_PLACEHOLDER.matcher(chinese.getProperty(key));
                    while (m.find()) {
                        checked++;
                        String declared = "{" + m.group(1) + ",number,#}";
                        if (!",number,#".equals(m.group(2))) {
                            wrong.add(key + " (zh)");
                        }
                        String en = english.getProperty(key, "");
                        if (en.contains("{" + m.group(1)) && !en.contains(declared)) {
                            wrong.add(key + " (en)");
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aYearArgumentPrintsWithoutSeparator() {
        assertThat(new MessageFormat("{0,number,#}年法律意见书", Locale.CHINA).format(new Object[] {2026}))
                .isEqualTo("2026年法律意见书");
        assertThat(new MessageFormat("{0}年法律意见书", Locale.CHINA).format(new Object[] {2026}))
                .as("what the plain placeholder did").isEqualTo("2,026年法律意见书");
    }
}
