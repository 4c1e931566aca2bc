package cn.fazhi.calendar.domain;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name recorded as having made a change: the signed-in user, or "system" outside a request. */
public final class Actor {

    private Actor() {}

    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return "system";
        }
        String name = auth.getName();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
