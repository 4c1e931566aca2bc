package cn.fazhi.platform.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One-time form tokens: every create form carries one ({@code fragments/forms :: token} calls {@link #issue()} while
 * the page renders), and the POST of a {@link SubmitOnce} handler consumes it ({@link SubmitOnceInterceptor}). A
 * token is consumed by one atomic UPDATE, so a refresh, a back-and-resubmit or a double click finds it used and
 * creates nothing; the first submission's target is kept to send a replay there. Tokens live in table
 * {@code form_token} (not the HTTP session: one atomic step, the same for anonymous visitors and every node) for
 * {@code fazhi.forms.token-lifetime} (default one day).
 */
@Component("formTokens")
public class FormTokens {

    /** The request parameter that carries the token. */
    public static final String PARAMETER = "_formToken";

    /** What a consumption found. */
    public sealed interface Outcome {}

    /** The token was fresh and is now in use by this request. */
    public record Consumed() implements Outcome {}

    /** The token was used before; {@code resultUrl} is where the first submission led, if it has finished. */
    public record Replayed(Optional<String> resultUrl) implements Outcome {}

    /** No such token: missing, made up, or older than the lifetime. */
    public record Unknown() implements Outcome {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    FormTokens(JdbcClient jdbc, Clock clock, @Value("${fazhi.forms.token-lifetime:24h}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new token for a form being rendered. */
    public String issue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO form_token (token, issued_at) VALUES (:t, :at)")
                .param("t", token).param("at", OffsetDateTime.now(clock)).update();
        return token;
    }

    /** Marks the token used; only the first of any number of concurrent or repeated calls gets {@link Consumed}. */
    public Outcome consume(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return new Unknown();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("UPDATE form_token SET used_at = :now WHERE token = :t AND used_at IS NULL "
                        + "AND issued_at > :oldest")
                .param("now", now).param("t", token).param("oldest", now.minus(lifetime)).update();
        if (updated == 1) {
            return new Consumed();
        }
        return jdbc.sql("SELECT result_url FROM form_token WHERE token = :t AND used_at IS NOT NULL")
                .param("t", token).query((rs, n) -> new Replayed(Optional.ofNullable(rs.getString(1))))
                .optional().<Outcome>map(r -> r).orElseGet(Unknown::new);
    }

    /** The submission that consumed the token created something: a replay is sent to {@code url}. */
    public void complete(String token, String url) {
        jdbc.sql("UPDATE form_token SET result_url = :u WHERE token = :t").param("u", url).param("t", token).update();
    }

    /** The submission saved nothing (it was refused or failed): the token may be submitted again. */
    public void release(String token) {
        jdbc.sql("UPDATE form_token SET used_at = NULL WHERE token = :t AND result_url IS NULL")
                .param("t", token).update();
    }

    @Scheduled(fixedDelayString = "${fazhi.forms.cleanup-every:1h}", initialDelayString = "${fazhi.forms.cleanup-every:1h}")
    void deleteExpired() {
        jdbc.sql("DELETE FROM form_token WHERE issued_at < :oldest")
                .param("oldest", OffsetDateTime.now(clock).minus(lifetime)).update();
    }
}
