package cn.fazhi.platform.web;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Around a {@link SubmitOnce} handler, inside its {@code @PreAuthorize} check (a caller without the permission is
 * refused 403 before any token is looked at): consumes the one-time form token. A used token answers with the page
 * the first submission led to ({@link FormAlreadySubmitted}); a missing or expired one with a Chinese message and
 * nothing saved. After the handler, a redirect (post/redirect/get) records its target against the token; any other
 * outcome (the form shown again with its errors, an exception) releases the token, since nothing was saved.
 */
class SubmitOnceInterceptor implements MethodInterceptor {

    private static final String REDIRECT = "redirect:";

    private final ObjectProvider<FormTokens> tokens;

    SubmitOnceInterceptor(ObjectProvider<FormTokens> tokens) {
        this.tokens = tokens;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest() : null;
        if (request == null || !"POST".equals(request.getMethod())) {
            return invocation.proceed();
        }
        FormTokens formTokens = tokens.getObject();
        String token = request.getParameter(FormTokens.PARAMETER);
        FormTokens.Outcome outcome = formTokens.consume(token);
        if (outcome instanceof FormTokens.Replayed replayed) {
            throw new FormAlreadySubmitted(replayed.resultUrl().orElse(null));
        }
        if (!(outcome instanceof FormTokens.Consumed)) {
            throw new UserFacingException(HttpStatus.BAD_REQUEST, "error.form.tokenExpired");
        }
        boolean created = false;
        try {
            Object result = invocation.proceed();
            if (result instanceof String view && view.startsWith(REDIRECT)) {
                formTokens.complete(token, view.substring(REDIRECT.length()));
                created = true;
            }
            return result;
        } finally {
            if (!created) {
                formTokens.release(token);
            }
        }
    }
}
