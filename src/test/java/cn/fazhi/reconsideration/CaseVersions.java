package cn.fazhi.reconsideration;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * For tests about something else than versions: a step posted to a reconsideration or litigation case (page or API)
 * gets the case's current version, as a caller who just read the case would send it — unless the request names one
 * itself. Every step must carry the version the caller saw (issue 10, point 12); {@code CaseStepConflictsTest} proves
 * what happens without one or with a stale one.
 */
final class CaseVersions {

    private static final Pattern STEP = Pattern.compile("/(reconsideration|litigation)/(?:cases/)?(\\d+)/[a-z-]+$");

    private CaseVersions() {}

    static RequestPostProcessor current(JdbcClient jdbc) {
        return request -> {
            Matcher m = STEP.matcher(request.getRequestURI());
            if (!m.find() || !"POST".equals(request.getMethod()) || request.getRequestURI().endsWith("/attachments")) {
                return request;
            }
            int version = jdbc.sql("SELECT version FROM " + m.group(1) + "_case WHERE id = :id")
                    .param("id", Long.parseLong(m.group(2))).query(Integer.class).optional().orElse(0);
            String type = request.getContentType();
            if (type != null && type.startsWith("application/json")) {
                byte[] bytes = request.getContentAsByteArray();
                String body = bytes == null || bytes.length == 0 ? "{}" : new String(bytes, StandardCharsets.UTF_8).strip();
                if (!body.contains("\"version\"")) {
                    body = body.equals("{}") ? "{\"version\":" + version + "}"
                            : "{\"version\":" + version + "," + body.substring(1);
                    request.setContent(body.getBytes(StandardCharsets.UTF_8));
                }
            } else if (request.getParameter("version") == null) {
                request.addParameter("version", Integer.toString(version));
            }
            return request;
        };
    }
}
