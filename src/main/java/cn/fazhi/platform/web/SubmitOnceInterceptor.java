package cn.fazhi.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Consumes the one-time form token of a {@link SubmitOnce} handler before it runs. A used token answers with the
 * page the first submission led to ({@link FormAlreadySubmitted}); a missing or expired one with a Chinese message
 * and nothing saved. After the handler: a redirect (post/redirect/get) records its target against the token; any
 * other outcome (the form shown again with its errors, an exception) releases the token, since nothing was saved.
 */
class SubmitOnceInterceptor implements HandlerInterceptor {

    private static final String CONSUMED = SubmitOnceInterceptor.class.getName() + ".token";

    private final FormTokens tokens;

    SubmitOnceInterceptor(FormTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod()) || !(handler instanceof HandlerMethod method)
                || !method.hasMethodAnnotation(SubmitOnce.class)) {
            return true;
        }
        String token = request.getParameter(FormTokens.PARAMETER);
        FormTokens.Outcome outcome = tokens.consume(token);
        if (outcome instanceof FormTokens.Replayed replayed) {
            throw new FormAlreadySubmitted(replayed.resultUrl().orElse(null));
        }
        if (!(outcome instanceof FormTokens.Consumed)) {
            throw new UserFacingException(HttpStatus.BAD_REQUEST, "error.form.tokenExpired");
        }
        request.setAttribute(CONSUMED, token);
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView mav) {
        String token = (String) request.getAttribute(CONSUMED);
        if (token == null) {
            return;
        }
        request.removeAttribute(CONSUMED);
        String view = mav == null ? null : mav.getViewName();
        if (view != null && view.startsWith("redirect:")) {
            tokens.complete(token, view.substring("redirect:".length()));
        } else {
            tokens.release(token);
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        String token = (String) request.getAttribute(CONSUMED);
        if (token != null) {
            tokens.release(token);
        }
    }
}
