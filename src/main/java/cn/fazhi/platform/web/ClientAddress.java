package cn.fazhi.platform.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address the current request came from (X-Forwarded-For applied only from a trusted proxy, see ForwardedHeadersFilter), or "system". */
public final class ClientAddress {

    private ClientAddress() {}

    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "system";
    }
}
