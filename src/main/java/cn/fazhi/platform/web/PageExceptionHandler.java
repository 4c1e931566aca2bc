package cn.fazhi.platform.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refusal on a page that the page itself did not handle shows the friendly error page with its message. */
@ControllerAdvice(annotations = Controller.class)
public class PageExceptionHandler {

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
        ModelAndView mav = new ModelAndView("error", e.status());
        mav.addObject("status", e.status().value());
        mav.addObject("messageKey", e.messageKey());
        mav.addObject("messageArgs", e.args());
        return mav;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView conflict(OptimisticLockingFailureException e) {
        ModelAndView mav = new ModelAndView("error", org.springframework.http.HttpStatus.CONFLICT);
        mav.addObject("status", 409);
        mav.addObject("messageKey", "error.conflict");
        return mav;
    }
}
