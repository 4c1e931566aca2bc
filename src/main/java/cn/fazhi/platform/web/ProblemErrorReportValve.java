package cn.fazhi.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error report, for what Tomcat refuses before the application sees the request (an encoded slash
 * {@code %2F}, a request line or header beyond {@code server.max-http-request-header-size}, a malformed request): in
 * place of Tomcat's English HTML page, an RFC 9457 problem body in Chinese when the URI lies under {@code /api/}, a
 * short Chinese page otherwise (a request line too long to be parsed has no known URI: a problem body too). Everything
 * the application sees goes through {@link ErrorPages} instead.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProblemErrorReportValve.class);

    private final MessageSource messages;

    public ProblemErrorReportValve(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) {
            status = code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String accept = request.getHeader("Accept-Language");
        Locale locale = accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
        String key = ErrorPages.messageKey(status);
        String uri = request.getCoyoteRequest().requestURI().toString();
        uri = uri == null ? "" : uri;
        try {
            String body;
            // A request line too long to parse leaves the URI (and the headers) unknown: a problem body then, readable
            // by a program and by a person alike.
            if (uri.isEmpty() || ErrorPages.isApi(uri, request.getContextPath())) {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                ProblemDetail problem = ErrorPages.problem(messages, status, key, locale);
                java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
                fields.put("type", "about:blank");
                fields.put("title", problem.getTitle());
                fields.put("status", problem.getStatus());
                fields.put("detail", problem.getDetail());
                body = JSON.writeValueAsString(fields);
            } else {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                String title = HtmlUtils.htmlEscape(messages.getMessage("error.page.heading", null, locale));
                body = "<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\"><title>"
                        + title + "</title></head><body><h1>" + title + "</h1><p>"
                        + HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale)) + "</p><p><a href=\"/\">"
                        + HtmlUtils.htmlEscape(messages.getMessage("error.page.back", null, locale))
                        + "</a></p></body></html>";
            }
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | RuntimeException e) {
            // the client is gone or the response is committed: nothing more to say
            log.debug("No error report written", e);
        }
    }

    /** Puts the valve on the host in place of Tomcat's (which Tomcat then does not add). */
    @Configuration(proxyBeanMethods = false)
    static class Installation {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(MessageSource messages) {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    host.getPipeline().addValve(new ProblemErrorReportValve(messages));
                }
            });
        }
    }
}
