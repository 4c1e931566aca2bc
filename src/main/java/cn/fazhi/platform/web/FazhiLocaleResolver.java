package cn.fazhi.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Pages are Chinese by default whatever the browser asks for; a user's chosen language (a signed-in user's
 * preference, or {@code ?lang=en} on a public page) is kept in the session. An API caller may ask for English with
 * {@code Accept-Language}.
 */
public class FazhiLocaleResolver extends SessionLocaleResolver {

    public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    public FazhiLocaleResolver() {
        setDefaultLocaleFunction(FazhiLocaleResolver::fromHeader);
    }

    private static Locale fromHeader(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String lang = range.getRange().toLowerCase(Locale.ROOT);
                    if (lang.startsWith("zh")) {
                        return Locale.SIMPLIFIED_CHINESE;
                    }
                    if (lang.startsWith("en")) {
                        return Locale.ENGLISH;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header falls back to Chinese
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public static Locale supported(String tag) {
        return "en".equalsIgnoreCase(tag) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
