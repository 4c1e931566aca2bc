package cn.fazhi.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import cn.fazhi.platform.FazhiProperties;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Password complexity for 等保 2.0 level 3 (身份鉴别: 口令具有复杂度要求): at least the configured length (8 by
 * default), at least three of upper case, lower case, digits and symbols, not containing the username, not one of the
 * common passwords shipped in {@code identity/common-passwords.txt} (compared ignoring case), and not the public demo
 * password unless demo mode is on.
 */
@Component
public class PasswordPolicy {

    /** The password of the demo accounts, published in the README: refused everywhere outside demo mode. */
    public static final String DEMO_PASSWORD = "Fazhi@2026";

    private static final Set<String> COMMON = load();

    private final int minLength;
    private final boolean demo;

    public PasswordPolicy(FazhiProperties properties) {
        this.minLength = properties.security().passwordMinLength();
        this.demo = properties.demo() != null && properties.demo().enabled();
    }

    public void check(String username, String password) {
        if (password == null || password.length() < minLength || password.length() > 128) {
            throw UserFacingException.badRequest("identity.password.length", minLength);
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            throw UserFacingException.badRequest("identity.password.classes");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw UserFacingException.badRequest("identity.password.containsUsername");
        }
        if (!demo && DEMO_PASSWORD.equalsIgnoreCase(password)) {
            throw UserFacingException.badRequest("identity.password.demo");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw UserFacingException.badRequest("identity.password.common");
        }
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                String entry = line.trim();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("identity/common-passwords.txt is missing", e);
        }
        return Set.copyOf(out);
    }
}
