package cn.fazhi.platform.web;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
 * ({@code field}, {@code message}), as the pages do through {@link FormErrors}. Framework errors take their texts from
 * the {@code problemDetail.*} keys of the platform bundle. Nothing leaks a stack trace, and no mistake of the caller is
 * a 500: a lock timeout or deadlock is a 409 "try again", a value the database refuses a 400, a sent value repeated in
 * a detail is cut ({@link Echoes}).
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

    /** A lock wait that timed out, a deadlock victim, a cancelled statement: nothing was saved, try again (409). */
    @ExceptionHandler({PessimisticLockingFailureException.class, QueryTimeoutException.class})
    ProblemDetail busy(DataAccessException e) {
        log.warn("Lock conflict or timeout in API call, answered 409: {}", e.getMostSpecificCause().toString());
        return problem(HttpStatus.CONFLICT, "error.retry");
    }

    /** A value the database refused (a number beyond its column, a text too long) that no check caught first. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail refusedByDatabase(DataIntegrityViolationException e) {
        log.warn("Value refused by the database in API call, answered 400: {}", e.getMostSpecificCause().toString());
        return problem(HttpStatus.BAD_REQUEST, "error.dataRange");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "error.duplicate");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a value that could not even be converted names its parameter: the message itself is written for a form field
        java.util.List<String> texts = ex.getBindingResult().getAllErrors().stream()
                .map(error -> (error instanceof org.springframework.validation.FieldError f && f.isBindingFailure()
                        ? Echoes.cut(f.getField()) + "：" : "")
                        + messages.getMessage(error, LocaleContextHolder.getLocale())).toList();
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

    /** A JSON body that cannot be read: the detail names the field whose value is wrong, when Jackson knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = null;
        for (Throwable t = ex.getCause(); t != null && field == null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException j && !j.getPath().isEmpty()) {
                field = j.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                        : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
            }
        }
        ProblemDetail body = field == null
                ? problem(HttpStatus.BAD_REQUEST, "problemDetail." + HttpMessageNotReadableException.class.getName())
                : problem(HttpStatus.BAD_REQUEST, "error.field.format", Echoes.cut(field));
        return ResponseEntity.badRequest().body(body);
    }

    /**
     * Framework errors (type mismatch, missing parameter...) build their detail from the {@code problemDetail.*} key
     * with the sent value among the arguments: the value is cut ({@link Echoes}) and the title is in Chinese.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof org.springframework.web.ErrorResponse error) {
            var locale = LocaleContextHolder.getLocale();
            ProblemDetail problem = error.getBody();
            Object[] args = Echoes.cut(error.getDetailMessageArguments(messages, locale));
            problem.setDetail(messages.getMessage(error.getDetailMessageCode(), args, problem.getDetail(), locale));
            problem.setTitle(messages.getMessage("error.title." + statusCode.value(), null, problem.getTitle(), locale));
            body = problem;
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /** The detail of a framework error built from its arguments: a sent value among them is cut. */
    @Override
    protected ProblemDetail createProblemDetail(Exception ex, HttpStatusCode status, String defaultDetail,
            String detailMessageCode, Object[] detailMessageArguments, WebRequest request) {
        return super.createProblemDetail(ex, status, Echoes.cut(defaultDetail), detailMessageCode,
                Echoes.cut(detailMessageArguments), request);
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... args) {
        String detail = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(),
                LocaleContextHolder.getLocale()));
        return body;
    }
}
