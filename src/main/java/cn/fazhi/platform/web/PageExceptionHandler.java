package cn.fazhi.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a page that the page itself did not handle shows the friendly error page with its message; so do a
 * lock timeout or deadlock (409, try again) and a value the database refused (400), never a 500.
 */
@ControllerAdvice(annotations = Controller.class)
public class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    /**
     * A replayed one-time form token: the caller is sent to what the first submission created, with a notice that
     * nothing new was saved; while the first submission still runs, the message alone.
     */
    @ExceptionHandler(FormAlreadySubmitted.class)
    ModelAndView alreadySubmitted(FormAlreadySubmitted e, jakarta.servlet.http.HttpServletRequest request) {
        if (e.resultUrl() == null) {
            return userFacing(e);
        }
        org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request)
                .put("noticeKey", "error.form.alreadySubmitted");
        return new ModelAndView("redirect:" + e.resultUrl());
    }

    @ExceptionHandler(UserFacingException.class)
    ModelAndView userFacing(UserFacingException e) {
        return page(e.status(), e.messageKey(), e.args());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView conflict(OptimisticLockingFailureException e) {
        return page(HttpStatus.CONFLICT, "error.conflict");
    }

    @ExceptionHandler({PessimisticLockingFailureException.class, QueryTimeoutException.class})
    ModelAndView busy(DataAccessException e) {
        log.warn("Lock conflict or timeout on a page, answered 409: {}", e.getMostSpecificCause().toString());
        return page(HttpStatus.CONFLICT, "error.retry");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView refusedByDatabase(DataIntegrityViolationException e) {
        log.warn("Value refused by the database on a page, answered 400: {}", e.getMostSpecificCause().toString());
        return page(HttpStatus.BAD_REQUEST, "error.dataRange");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ModelAndView duplicate(DuplicateKeyException e) {
        return page(HttpStatus.CONFLICT, "error.duplicate");
    }

    static ModelAndView page(HttpStatus status, String messageKey, Object... args) {
        ModelAndView mav = new ModelAndView("error", status);
        mav.addObject("status", status.value());
        mav.addObject("messageKey", messageKey);
        mav.addObject("messageArgs", args);
        return mav;
    }
}
