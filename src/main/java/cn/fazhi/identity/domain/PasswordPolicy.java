package cn.fazhi.identity.domain;

import org.springframework.stereotype.Component;

import cn.fazhi.platform.FazhiProperties;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Password complexity for 等保 2.0 level 3 (身份鉴别: 口令具有复杂度要求): at least the configured length (8 by
 * default), at least three of upper case, lower case, digits and symbols, and not containing the username.
 */
@Component
public class PasswordPolicy {

    private final int minLength;

    public PasswordPolicy(FazhiProperties properties) {
        this.minLength = properties.security().passwordMinLength();
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
                && password.toLowerCase().contains(username.toLowerCase())) {
            throw UserFacingException.badRequest("identity.password.containsUsername");
        }
    }
}
