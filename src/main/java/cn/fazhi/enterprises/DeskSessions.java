package cn.fazhi.enterprises;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The enterprise verified through its desk code in this portal session: the help desk's portal pages (policies,
 * applications, requests, inspections, rating) act for it and for nobody else. A new verification replaces it; it ends
 * with the session.
 */
@Component
public class DeskSessions {

    static final String KEY = "fazhi.enterprise.desk";

    private final Enterprises enterprises;

    DeskSessions(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    /** Verifies the desk code and the phone ({@link Enterprises#verify}) and remembers the enterprise in the session. */
    public EnterpriseView enter(HttpSession session, String token, String phone) {
        EnterpriseView e = enterprises.verify(token, phone);
        session.setAttribute(KEY, e.id());
        return e;
    }

    /** The enterprise verified in this session, if any (and still active). */
    public Optional<EnterpriseView> current(HttpSession session) {
        Object id = session == null ? null : session.getAttribute(KEY);
        return id instanceof Long l ? enterprises.find(l).filter(e -> "ACTIVE".equals(e.status())) : Optional.empty();
    }

    /** The enterprise verified in this session, or 403 asking to scan the desk code first. */
    public EnterpriseView require(HttpSession session) {
        return current(session).orElseThrow(() -> UserFacingException.forbidden("enterprises.desk.notVerified"));
    }

    public void leave(HttpSession session) {
        session.removeAttribute(KEY);
    }
}
