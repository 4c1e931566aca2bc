package cn.fazhi.platform.web;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The container's error dispatch ({@code /error}): what fails before a controller is chosen — a URL the firewall
 * refuses ({@code %00}, {@code %2F}, {@code ..}), an unknown path, an error thrown by a filter — answers like the rest
 * of the application: an RFC 9457 problem body in the caller's language when the original URI lies under
 * {@code /api/}, the Chinese error page otherwise. A refused URL is a 400, never a 500. (What Tomcat refuses before
 * the application sees the request is answered by {@link ProblemErrorReportValve}.)
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request, Locale locale) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (causedBy(failure, RequestRejectedException.class)) {
            status = HttpStatus.BAD_REQUEST;
        } else if (status.is5xxServerError() && failure != null) {
            log.error("Unexpected error outside a controller", failure);
        }
        String key = messageKey(status);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (isApi(uri == null ? request.getRequestURI() : uri, request.getContextPath())) {
            ProblemDetail body = problem(messages, status, key, locale);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        return PageExceptionHandler.page(status, key);
    }

    static boolean isApi(String uri, String contextPath) {
        return uri != null && uri.startsWith((contextPath == null ? "" : contextPath) + "/api/");
    }

    /** The message for a status that reached the container without one of its own. */
    static String messageKey(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST, URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "error.badRequest";
            case UNAUTHORIZED -> "error.unauthenticated";
            case FORBIDDEN -> "error.forbidden";
            case NOT_FOUND -> "error.notFound";
            case PAYLOAD_TOO_LARGE -> UploadLimitAdvice.MESSAGE;
            default -> status.is4xxClientError() ? "error.badRequest" : "error.internal";
        };
    }

    static ProblemDetail problem(MessageSource messages, HttpStatus status, String key, Locale locale) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, key, locale));
        body.setTitle(messages.getMessage("error.title." + status.value(), null,
                messages.getMessage("error.title." + (status.is4xxClientError() ? 400 : 500), null, locale), locale));
        return body;
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
