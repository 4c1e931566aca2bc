package cn.fazhi.audit.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Audit rows in words rather than codes (issue 10, point 22), for the audit page and the home page's recent actions.
 * <ul>
 * <li>An action is shown by its label {@code audit.action.<code>}; a code without one is shown as it is.</li>
 * <li>A detail keeps its text, but a status code in it (an upper-case word such as {@code APPROVED}) is shown by the
 * label of the module's status, {@code <module>.status.<CODE>} where the module is the action's first part (the
 * convention every case type's status labels follow), an arrow {@code ->} as {@code →}, and {@code name=null} pairs
 * (a filter that was not set) are left out. Anything else stays as written.</li>
 * <li>The filter offers every labelled action: the labels are the catalogue of action codes (a test checks that every
 * code written in src/main has one).</li>
 * </ul>
 */
@Component("auditLabels")
public class AuditLabels {

    private static final String PREFIX = "audit.action.";
    private static final Pattern STATUS = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");
    private static final Pattern UNSET = Pattern.compile("\\s*\\b\\w+=null\\b");

    /** A choice of the action filter. */
    public record Option(String code, String label) {}

    private final MessageSource messages;
    private final List<String> codes;

    AuditLabels(MessageSource messages) {
        this.messages = messages;
        Properties bundle = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource("messages/audit.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.codes = bundle.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
                .map(k -> k.substring(PREFIX.length())).sorted().toList();
    }

    public String action(String code, Locale locale) {
        return code == null ? "" : messages.getMessage(PREFIX + code, null, code, locale);
    }

    public String detail(String action, String detail, Locale locale) {
        if (detail == null) {
            return "";
        }
        String module = action == null || !action.contains(".") ? null : action.substring(0, action.indexOf('.'));
        String text = UNSET.matcher(detail).replaceAll("").strip().replace("->", "→");
        if (module == null) {
            return text;
        }
        Matcher m = STATUS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = messages.getMessage(module + ".status." + m.group(), null, m.group(), locale);
            m.appendReplacement(out, Matcher.quoteReplacement(label));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every labelled action, by its label. */
    public List<Option> actions(Locale locale) {
        List<Option> options = new ArrayList<>();
        codes.forEach(code -> options.add(new Option(code, action(code, locale))));
        Collator collator = Collator.getInstance(locale);
        options.sort(Comparator.comparing(Option::label, collator));
        return options;
    }
}
