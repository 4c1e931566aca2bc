package cn.fazhi.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request whose files exceed the upload limits ({@code spring.servlet.multipart}) fails while the request is read,
 * before any controller is chosen, so neither the API's nor the pages' advice (each limited to its own controllers)
 * sees it. This one answers in Chinese: a 413 problem body under {@code /api/}, the error page otherwise.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    static final String MESSAGE = "problemDetail.org.springframework.web.multipart.MaxUploadSizeExceededException";

    private final MessageSource messages;

    UploadLimitAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, Locale locale) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    messages.getMessage(MESSAGE, null, locale));
            problem.setTitle(messages.getMessage("error.title.413", null, locale));
            JacksonJsonView json = new JacksonJsonView();
            json.setContentType("application/problem+json");
            json.setExtractValueFromSingleKeyModel(true);
            ModelAndView view = new ModelAndView(json, "problem", problem);
            view.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
            return view;
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", 413);
        page.addObject("messageKey", MESSAGE);
        page.addObject("messageArgs", new Object[0]);
        return page;
    }
}
