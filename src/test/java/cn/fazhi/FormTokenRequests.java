package cn.fazhi;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

import cn.fazhi.platform.web.FormTokens;

/** Test requests to create forms ({@code @SubmitOnce}): the one-time token the form page would have carried. */
public final class FormTokenRequests {

    private FormTokenRequests() {}

    /** A fresh token, as rendered by {@code fragments/forms :: token}. */
    public static RequestPostProcessor formToken() {
        return request -> {
            FormTokens tokens = WebApplicationContextUtils
                    .getRequiredWebApplicationContext(request.getServletContext()).getBean(FormTokens.class);
            request.addParameter(FormTokens.PARAMETER, tokens.issue());
            return request;
        };
    }
}
