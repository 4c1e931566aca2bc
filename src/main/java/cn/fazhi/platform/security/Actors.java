package cn.fazhi.platform.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The name of whoever is acting: the signed-in user; {@value #PUBLIC} for a caller of the public portal without an
 * account; {@value #SYSTEM} for scheduled jobs and start-up work (no request at all). The two words are reserved and
 * never usernames.
 */
public final class Actors {

    public static final String PUBLIC = "public";
    public static final String SYSTEM = "system";
    private static final Set<String> RESERVED = Set.of(PUBLIC, SYSTEM, "anonymous", "anonymoususer");

    private Actors() {}

    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
            return auth.getName();
        }
        return RequestContextHolder.getRequestAttributes() != null ? PUBLIC : SYSTEM;
    }

    public static boolean isReserved(String username) {
        return username != null && RESERVED.contains(username.trim().toLowerCase(java.util.Locale.ROOT));
    }
}
