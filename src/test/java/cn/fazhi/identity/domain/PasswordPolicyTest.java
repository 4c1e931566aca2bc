package cn.fazhi.identity.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.platform.FazhiProperties;
import cn.fazhi.platform.web.UserFacingException;

/** The password policy, table-driven: each row a password, demo mode on or off, and the refusal (or none). */
class PasswordPolicyTest {

    private static PasswordPolicy policy(boolean demo) {
        return new PasswordPolicy(new FazhiProperties(null, new FazhiProperties.Demo(demo), null,
                new FazhiProperties.Security(5, Duration.ofMinutes(15), Duration.ofHours(8), 8), null));
    }

    @ParameterizedTest(name = "{0} (demo {1}) -> {2}")
    @CsvSource({
            "Fazhi@2026,     false, identity.password.demo",
            "fazhi@2026,     false, identity.password.demo",
            "Fazhi@2026,     true,  ",
            "Password1,      false, identity.password.common",
            "P@ssw0rd,       false, identity.password.common",
            "P@SSW0RD,       true,  identity.password.common",
            "Admin@123,      false, identity.password.common",
            "1qaz@WSX,       false, identity.password.common",
            "Short1!,        false, identity.password.length",
            "alllowercase1,  false, identity.password.classes",
            "Zhou#Review87,  false, ",
            "Test@Pass2026,  false, ",
            "Xq7!mediation,  false, ",
    })
    void refusesWeakCommonAndDemoPasswords(String password, boolean demo, String refusal) {
        if (refusal == null) {
            assertThatCode(() -> policy(demo).check("someone", password)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> policy(demo).check("someone", password))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((UserFacingException) e).messageKey())
                            .isEqualTo(refusal));
        }
    }

    @ParameterizedTest
    @CsvSource({"zhangsan, Zhangsan#2026x", "admin, MyAdmin#2026"})
    void refusesAPasswordContainingTheUsername(String username, String password) {
        assertThatThrownBy(() -> policy(false).check(username, password))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((UserFacingException) e).messageKey())
                        .isEqualTo("identity.password.containsUsername"));
    }
}
