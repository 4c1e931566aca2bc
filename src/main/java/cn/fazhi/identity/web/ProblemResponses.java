package cn.fazhi.identity.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

import cn.fazhi.platform.web.FazhiLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem bodies from security filters, where no controller advice runs. */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FazhiLocaleResolver LOCALES = new FazhiLocaleResolver();
    private final MessageSource messages;

    ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key, Object... args)
            throws IOException {
        java.util.Locale locale = LOCALES.resolveLocale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale));
        body.put("status", status.value());
        body.put("detail", messages.getMessage(key, args, key, locale));
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
