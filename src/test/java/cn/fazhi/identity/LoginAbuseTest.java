package cn.fazhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import cn.fazhi.HardenedSettings;
import cn.fazhi.TestAccounts;

/**
 * Logins are throttled by client address (429 on the API, the throttle message on the form) before anything is checked;
 * an unknown user, a wrong password and a locked account get the same answer; a failed login is audited with the
 * client address and never with a typed name that is no account; X-Forwarded-For counts only from a configured proxy.
 */
@HardenedSettings
class LoginAbuseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    cn.fazhi.identity.domain.UserAccounts userAccounts;

    @Autowired
    cn.fazhi.audit.AuditTrail trail;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static RequestPostProcessor forwardedFor(String value) {
        return request -> {
            request.addHeader("X-Forwarded-For", value);
            return request;
        };
    }

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    /** A client address no other request of this context used (each has its own throttle bucket). */
    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + n / 250 + "." + (n % 250 + 1);
    }

    private MvcResult token(String username, String password, RequestPostProcessor... processors) throws Exception {
        var request = post("/api/v1/auth/token").contentType("application/json")
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        for (RequestPostProcessor p : processors) {
            request = request.with(p);
        }
        return mvc.perform(request).andReturn();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String username,
            String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private static String detail(MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.detail");
    }

    @Test
    void anAddressThatFailedTooOftenIsRefusedBeforeAnythingIsCheckedOthersAreNot() throws Exception {
        String name = accounts.create("thr", 5, "UNIT_STAFF");
        String address = address();
        for (int i = 0; i < 3; i++) {
            assertThat(token("nobody" + i, "wrong", from(address)).getResponse().getStatus()).isEqualTo(401);
        }
        MvcResult refused = token(name, TestAccounts.PASSWORD, from(address));
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(detail(refused)).contains("登录失败次数过多");
        mvc.perform(login(name, TestAccounts.PASSWORD, address))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error=throttled"));
        // the refused attempts counted against no account, and another address signs in
        assertThat(jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = :u").param("u", name)
                .query(Integer.class).single()).isZero();
        assertThat(token(name, TestAccounts.PASSWORD, from(address())).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void unknownUserWrongPasswordAndLockedAccountGetTheSameAnswer() throws Exception {
        String name = accounts.create("same", 5, "UNIT_STAFF");
        String unknown = detail(token("no-such-user-" + System.nanoTime(), "Whatever@2026", from(address())));
        String wrong = detail(token(name, "Wrong@Pass2026", from(address())));
        jdbc.sql("UPDATE app_user SET locked_until = :until WHERE username = :u")
                .param("until", java.time.OffsetDateTime.now().plusMinutes(15)).param("u", name).update();
        MvcResult locked = token(name, TestAccounts.PASSWORD, from(address()));
        assertThat(locked.getResponse().getStatus()).isEqualTo(401);
        assertThat(detail(locked)).isEqualTo(unknown).isEqualTo(wrong).contains("自动解锁");
        mvc.perform(login(name, TestAccounts.PASSWORD, address()))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad"));
        mvc.perform(login("no-such-user", "x", address()))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad"));
    }

    @Test
    void aFailedLoginIsAuditedWithTheClientAddressNotTheTypedName() throws Exception {
        String address = address();
        String typed = "Secret" + System.nanoTime();
        token(typed, "x", from(address));
        Map<String, Object> row = jdbc.sql("SELECT actor, target_id, detail, client_ip FROM audit_event "
                + "WHERE action = 'identity.login' ORDER BY seq DESC LIMIT 1").query().singleRow();
        assertThat(row.get("actor")).isEqualTo("anonymous");
        assertThat(row.get("client_ip")).isEqualTo(address);
        assertThat(row.get("target_id")).isNull();
        assertThat((String) row.get("detail")).doesNotContain(typed);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :t OR target_id = :t OR detail LIKE :like")
                .param("t", typed).param("like", "%" + typed + "%").query(Long.class).single()).isZero();
    }

    @Test
    void aUsernameLongerThanTheColumnIsAnOrdinaryFailureNeverA500() throws Exception {
        String longName = "u".repeat(300);
        MvcResult api = token(longName, "x", from(address()));
        assertThat(api.getResponse().getStatus()).isEqualTo(401);
        assertThat(detail(api)).contains("用户名或密码错误");
        mvc.perform(login(longName, "x", address()))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad"));
    }

    @Test
    void aLongUsernameInUserAdministrationIsAFormErrorAndTheTrailBoundsEveryColumn() throws Exception {
        var admin = userAccounts.loadDetails("admin").orElseThrow();
        MvcResult result = mvc.perform(post("/admin/users").with(cn.fazhi.FormTokenRequests.formToken()).with(user(admin)).with(csrf()).param("username", "a".repeat(100))
                .param("displayName", "长用户名").param("unitId", "5").param("roleIds", "3").param("password", "Init@Pass2026")
                .param("enabled", "true")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        trail.record(cn.fazhi.audit.AuditEntry.of("test.event", "t".repeat(100), "i".repeat(100), "d").by("x".repeat(100)));
    }

    @Test
    void aSpoofedForwardedForCountsOnlyFromAConfiguredProxy() throws Exception {
        // 127.0.0.1 is no configured proxy: a header naming fresh addresses neither escapes the throttle nor the audit
        String direct = address();
        for (int i = 0; i < 3; i++) {
            token("nobody", "wrong", from(direct), forwardedFor("198.51.100." + (i + 1)));
        }
        assertThat(token("nobody", "wrong", from(direct), forwardedFor("198.51.100.99")).getResponse().getStatus())
                .isEqualTo(429);
        assertThat(jdbc.sql("SELECT client_ip FROM audit_event WHERE action = 'identity.login' ORDER BY seq DESC LIMIT 1")
                .query(String.class).single()).isEqualTo(direct);

        // through the configured proxy 192.0.2.1 the right-most address it adds is the client
        String client = address();
        MvcResult viaProxy = token("nobody", "wrong", from("192.0.2.1"), forwardedFor("10.66.66.66, " + client));
        assertThat(viaProxy.getResponse().getStatus()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT client_ip FROM audit_event WHERE action = 'identity.login' ORDER BY seq DESC LIMIT 1")
                .query(String.class).single()).isEqualTo(client);
        for (int i = 0; i < 2; i++) {
            token("nobody", "wrong", from("192.0.2.1"), forwardedFor(client));
        }
        assertThat(token("nobody", "wrong", from("192.0.2.1"), forwardedFor(client)).getResponse().getStatus())
                .as("the client's own bucket, not the proxy's").isEqualTo(429);
        assertThat(token("nobody", "wrong", from("192.0.2.1"), forwardedFor(address())).getResponse().getStatus())
                .isEqualTo(401);
    }
}
