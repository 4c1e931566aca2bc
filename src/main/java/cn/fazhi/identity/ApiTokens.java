package cn.fazhi.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.domain.FazhiUserDetails;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.FazhiProperties;
import cn.fazhi.platform.crypto.Sm3;
import cn.fazhi.platform.web.ClientAddress;
import cn.fazhi.platform.web.UserFacingException;

/** Bearer tokens for the API: issued after a password check, listed and revoked by their owner or an administrator. */
@Service
public class ApiTokens {

    private static final String COLUMNS = "t.id, t.user_id, u.username, t.label, t.created_at, t.expires_at, "
            + "t.last_used_at, t.revoked_at, t.client_ip";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final UserAccounts accounts;
    private final FazhiProperties properties;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock, AuditTrail audit, UserAccounts accounts, FazhiProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.accounts = accounts;
        this.properties = properties;
    }

    @Transactional
    public IssuedToken issue(long userId, String username, String label) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "fz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime now = now();
        OffsetDateTime expires = now.plus(properties.security().tokenLifetime());
        String cleanLabel = label == null || label.isBlank() ? null : label.trim();
        if (cleanLabel != null && cleanLabel.length() > 64) {
            throw UserFacingException.badRequest("identity.token.labelTooLong");
        }
        jdbc.sql("INSERT INTO api_token (user_id, token_hash, label, created_at, expires_at, client_ip) "
                        + "VALUES (:u, :h, :l, :c, :e, :ip)")
                .param("u", userId).param("h", Sm3.hex(token)).param("l", cleanLabel).param("c", now)
                .param("e", expires).param("ip", ClientAddress.current()).update();
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = :h").param("h", Sm3.hex(token))
                .query(Long.class).single();
        audit.record(AuditEntry.of("identity.token.issued", "api_token", id, "user=" + username).by(username));
        return new IssuedToken(id, token, expires);
    }

    /** The principal a presented token stands for, if the token is known, unexpired, unrevoked and its user may sign in. */
    @Transactional
    public Optional<FazhiUserDetails> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        Optional<Long[]> found = jdbc.sql("SELECT id, user_id FROM api_token WHERE token_hash = :h AND revoked_at IS NULL "
                        + "AND expires_at > :now")
                .param("h", Sm3.hex(token)).param("now", now)
                .query((rs, n) -> new Long[] {rs.getLong(1), rs.getLong(2)}).optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :stale)")
                .param("now", now).param("id", found.get()[0]).param("stale", now.minusMinutes(1)).update();
        return accounts.loadDetails(found.get()[1])
                .filter(d -> d.isEnabled() && d.isAccountNonLocked() && !d.user().mustChangePassword());
    }

    public List<TokenView> ofUser(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token t JOIN app_user u ON u.id = t.user_id "
                + "WHERE t.user_id = :u ORDER BY t.created_at DESC").param("u", userId).query(ApiTokens::map).list();
    }

    public List<TokenView> all(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token t JOIN app_user u ON u.id = t.user_id "
                + "ORDER BY t.created_at DESC LIMIT :n").param("n", limit).query(ApiTokens::map).list();
    }

    /** Revokes a token; only its owner or a holder of {@code system:token:manage} may. */
    @Transactional
    public void revoke(long tokenId, CurrentUser by) {
        TokenView token = jdbc.sql("SELECT " + COLUMNS + " FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.id = :id")
                .param("id", tokenId).query(ApiTokens::map).optional()
                .filter(t -> t.userId() == by.id() || by.can(Permissions.TOKEN_MANAGE))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (token.revokedAt() != null) {
            return;
        }
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id").param("now", now()).param("id", tokenId).update();
        audit.record(AuditEntry.of("identity.token.revoked", "api_token", tokenId, "owner=" + token.username()));
    }

    /** Revokes every active token of a user, e.g. after a password change or when the account is disabled. */
    @Transactional
    public int revokeAll(long userId) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE user_id = :u AND revoked_at IS NULL")
                .param("now", now()).param("u", userId).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static TokenView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new TokenView(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"), rs.getString("label"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getString("client_ip"));
    }
}
