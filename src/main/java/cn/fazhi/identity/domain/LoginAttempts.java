package cn.fazhi.identity.domain;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.FazhiProperties;

/**
 * Lockout (等保 2.0 level 3, 身份鉴别: 登录失败处理): after {@code max-failed-logins} (5) consecutive failures an account
 * is locked for {@code lockout} (15 minutes), for form login and the token API alike, and unlocks itself when that time
 * has passed (or an administrator unlocks it earlier). Every attempt is audited with the client address; failures are
 * kept even though the request itself fails. A failure names the account only when it exists: a name that is no
 * account (often a mistyped password) is never written to the trail, the actor is then {@code anonymous}.
 */
@Service
public class LoginAttempts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final FazhiProperties.Security settings;

    public LoginAttempts(JdbcClient jdbc, Clock clock, AuditTrail audit, FazhiProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.settings = properties.security();
    }

    /** Counts and audits a failed attempt; {@code username} is what was typed, or null when nothing usable was. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String channel, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Integer attempts = username == null ? null
                : jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = :u FOR UPDATE")
                        .param("u", username).query(Integer.class).optional().orElse(null);
        if (attempts != null && "bad-credentials".equals(reason)) {
            int next = attempts + 1;
            if (next >= settings.maxFailedLogins()) {
                jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = :until WHERE username = :u")
                        .param("until", now.plus(settings.lockout())).param("u", username).update();
                audit.record(new AuditEntry("identity.account.locked", "app_user", username,
                        channel + ": " + next + " failures", true, username));
            } else {
                jdbc.sql("UPDATE app_user SET failed_attempts = :n WHERE username = :u")
                        .param("n", next).param("u", username).update();
            }
        }
        boolean known = attempts != null;
        audit.record(new AuditEntry("identity.login", "app_user", known ? username : null,
                channel + ": " + reason + (known || username == null ? "" : " (no such account)"), false,
                known ? username : "anonymous"));
    }

    @Transactional
    public void succeeded(String username, String channel) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE username = :u")
                .param("u", username).update();
        audit.record(new AuditEntry("identity.login", "app_user", username, channel, true, username));
    }

    /** Audits a sign-out from the pages (the API is stateless: revoking a token is its sign-out, audited there). */
    @Transactional
    public void loggedOut(String username) {
        audit.record(new AuditEntry("identity.logout", "app_user", username, "web", true, username));
    }
}
