package cn.fazhi.platform.web;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of a REST call into an RFC 9457 problem body whose {@code detail} speaks the caller's language
 * (Chinese by default). An invalid request body lists every field error at once in an {@code errors} array
 * ({@code field}, {@code message}), as the pages do through {@link FormErrors}. Framework errors take their texts from the {@code problemDetail.*} keys of the platform bundle.
 * Nothing leaks a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final MessageSource messages;

    public ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(UserFacingException.class)
    ProblemDetail userFacing(UserFacingException e) {
        return problem(e.status(), e.messageKey(), e.args());
    }

    /** Field checks outside Bean Validation: every error in the {@code errors} array, as for an invalid body. */
    @ExceptionHandler(FormRejected.class)
    ProblemDetail formRejected(FormRejected e) {
        var locale = LocaleContextHolder.getLocale();
        var errors = e.errors().describe(m -> messages.getMessage(m, locale));
        ProblemDetail body = errors.size() == 1
                ? ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, (String) errors.get(0).get("message"))
                : problem(HttpStatus.BAD_REQUEST, "error.validation",
                        errors.stream().map(m -> (String) m.get("message")).collect(Collectors.joining("；")));
        body.setTitle(messages.getMessage("error.title.400", null, "Bad Request", locale));
        body.setProperty("errors", errors);
        return body;
    }

    /** A refused spreadsheet import: the problem carries an {@code errors} array (row, column, message). */
    @ExceptionHandler(cn.fazhi.platform.imports.ImportRejected.class)
    ProblemDetail importRejected(cn.fazhi.platform.imports.ImportRejected e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail body = problem(e.status(), e.messageKey(), e.args());
        body.setProperty("errors", e.errors().stream().map(err -> {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("row", err.row());
            m.put("column", err.column() == null ? null : messages.getMessage(err.column(), locale));
            m.put("message", messages.getMessage(err.message(), locale));
            return m;
        }).toList());
        return body;
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail denied(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "error.conflict");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        java.util.List<String> texts = ex.getBindingResult().getAllErrors().stream()
                .map(error -> messages.getMessage(error, LocaleContextHolder.getLocale())).toList();
        ProblemDetail body = texts.size() == 1
                ? ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, texts.get(0))
                : problem(HttpStatus.BAD_REQUEST, "error.validation", String.join("；", texts));
        body.setTitle(messages.getMessage("error.title.400", null, "Bad Request", LocaleContextHolder.getLocale()));
        body.setProperty("errors", FormErrors.of(ex.getBindingResult())
                .describe(error -> messages.getMessage(error, LocaleContextHolder.getLocale())));
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getAllErrors().stream()
                .map(error -> messages.getMessage(error, LocaleContextHolder.getLocale()))
                .collect(Collectors.joining("；"));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.validation", detail));
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... args) {
        String detail = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(),
                LocaleContextHolder.getLocale()));
        return body;
    }
}
