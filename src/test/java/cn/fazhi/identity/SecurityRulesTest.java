package cn.fazhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/** Each security rule of the platform, one test per rule. */
@IntegrationTest
class SecurityRulesTest {

    /** Paths that are public by nature (the portal, the calendar, sign-in, API docs, health). */
    private static final List<String> PUBLIC_PREFIXES = List.of("/public", "/api/v1/public/", "/api/v1/calendar/", "/api/v1/auth/token",
            "/login", "/error", "/v3/api-docs", "/swagger-ui", "/actuator/health");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String path) {}

    private List<Endpoint> protectedEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPatternValues();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                if (PUBLIC_PREFIXES.stream().anyMatch(path::startsWith)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(HttpMethod.GET, path));
                }
                methods.forEach(m -> endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), path)));
            }
        }
        return endpoints;
    }

    @Test
    void everyProtectedEndpointRefusesAnAnonymousCaller() throws Exception {
        List<Endpoint> endpoints = protectedEndpoints();
        assertThat(endpoints).hasSizeGreaterThan(20);
        for (Endpoint e : endpoints) {
            MvcResult result = mvc.perform(request(e.method(), e.path()).with(csrf())).andReturn();
            int status = result.getResponse().getStatus();
            if (e.path().startsWith("/api/")) {
                assertThat(status).as(e.toString()).isEqualTo(401);
                assertThat(result.getResponse().getContentType()).as(e.toString()).startsWith("application/problem+json");
            } else {
                assertThat(status).as(e.toString()).isEqualTo(302);
                assertThat(result.getResponse().getRedirectedUrl()).as(e.toString()).endsWith("/login");
            }
        }
    }

    @Test
    void everyAdministrationEndpointRefusesARoleWithoutItsPermission() throws Exception {
        String mediator = accounts.create("med", 18, "MEDIATOR");
        String token = TestAccounts.token(mvc, mediator, TestAccounts.PASSWORD);
        var principal = userAccounts.loadDetails(mediator).orElseThrow();
        for (Endpoint e : protectedEndpoints()) {
            boolean admin = e.path().startsWith("/admin/") || e.path().startsWith("/api/v1/users")
                    || e.path().startsWith("/api/v1/audit");
            if (!admin || e.path().startsWith("/admin/units") || e.path().startsWith("/admin/regions") && e.method() == HttpMethod.GET) {
                continue;
            }
            MvcResult result = e.path().startsWith("/api/")
                    ? mvc.perform(request(e.method(), e.path()).header("Authorization", "Bearer " + token)).andReturn()
                    : mvc.perform(request(e.method(), e.path()).param("field", "idNumber").with(user(principal))
                            .with(csrf())).andReturn();
            assertThat(result.getResponse().getStatus()).as(e.toString()).isEqualTo(403);
        }
    }

    @Test
    void aTownshipUserSeesOnlyTheirTownship() throws Exception {
        String wenquan = accounts.create("wq", 18, "TOWNSHIP_STAFF");
        String maqiao = accounts.create("mq", 36, "TOWNSHIP_STAFF");
        String token = TestAccounts.token(mvc, wenquan, TestAccounts.PASSWORD);
        mvc.perform(get("/api/v1/units/18").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/units/36").header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users/" + accounts.idOf(maqiao)).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].regionCode", everyItem(startsWith("421202001"))))
                .andExpect(jsonPath("$[*].username", org.hamcrest.Matchers.hasItem(wenquan)));
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[*].regionCode", everyItem(startsWith("421202001"))));
        var principal = userAccounts.loadDetails(wenquan).orElseThrow();
        mvc.perform(get("/admin/units/36").with(user(principal))).andExpect(status().isNotFound());
    }

    @Test
    void aUnitUserSeesOnlyTheirUnit() throws Exception {
        String staff = accounts.create("unit", 5, "UNIT_STAFF");
        String token = TestAccounts.token(mvc, staff, TestAccounts.PASSWORD);
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(5));
        mvc.perform(get("/api/v1/units/4").header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        var principal = userAccounts.loadDetails("admin").orElseThrow();
        mvc.perform(post("/account/locale").param("lang", "en").with(user(principal))).andExpect(status().isForbidden());
        mvc.perform(post("/account/locale").param("lang", "zh").with(user(principal)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void fiveFailuresLockTheAccountForFormLoginAndApiAlike() throws Exception {
        String name = accounts.create("lock", 5, "UNIT_STAFF");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(name).password("wrong-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(name).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated()).andExpect(header().string("Location", "/login?error=bad"));
        mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                        .content("{\"username\":\"" + name + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail", containsString("锁定")));
        long failures = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'identity.login' AND outcome = 'FAILURE' "
                + "AND actor = :u").param("u", name).query(Long.class).single();
        assertThat(failures).isEqualTo(7);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'identity.account.locked' AND target_id = :u")
                .param("u", name).query(Long.class).single()).isEqualTo(1);

        // fifteen minutes later the lock has run out
        jdbc.sql("UPDATE app_user SET locked_until = :past WHERE username = :u")
                .param("past", java.time.OffsetDateTime.now().minusSeconds(1)).param("u", name).update();
        mvc.perform(formLogin().user(name).password(TestAccounts.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void theLockLastsFifteenMinutes() {
        String name = accounts.create("lockt", 5, "UNIT_STAFF");
        for (int i = 0; i < 5; i++) {
            try {
                mvc.perform(formLogin().user(name).password("bad"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        java.time.OffsetDateTime until = jdbc.sql("SELECT locked_until FROM app_user WHERE username = :u").param("u", name)
                .query(java.time.OffsetDateTime.class).single();
        assertThat(java.time.Duration.between(java.time.OffsetDateTime.now(), until).toMinutes()).isBetween(14L, 15L);
    }

    @Test
    void tokensWorkUntilRevoked() throws Exception {
        String name = accounts.create("tok", 5, "UNIT_STAFF");
        String token = TestAccounts.token(mvc, name, TestAccounts.PASSWORD);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(name));
        long id = jdbc.sql("SELECT t.id FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = :u")
                .param("u", name).query(Long.class).single();
        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :t").param("t", token)
                .query(Long.class).single()).as("only the digest is stored").isZero();
    }

    @Test
    void tokenRequestsWithBadInputGetChineseProblemBodies() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType("application/json").content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail", containsString("用户名")));
        mvc.perform(post("/api/v1/auth/token").contentType("application/json").content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("JSON")));
        mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                        .content("{\"username\":\"nobody-here\",\"password\":\"x\"}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail", containsString("用户名或密码错误")));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail", containsString("登录")));
    }

    @Test
    void pagesSendSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
    }

    @Test
    void newUsersMustChangeTheirPasswordFirst() throws Exception {
        String name = "fresh" + System.nanoTime() % 100000;
        var admin = userAccounts.loadDetails("admin").orElseThrow();
        mvc.perform(post("/admin/users").with(cn.fazhi.FormTokenRequests.formToken()).with(user(admin)).with(csrf()).param("username", name).param("displayName", "新用户")
                        .param("unitId", "5").param("roleIds", "3").param("password", "Init@Pass2026").param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user(name).password("Init@Pass2026"))
                .andExpect(authenticated()).andExpect(header().string("Location", "/account/password"));
        var fresh = userAccounts.loadDetails(name).orElseThrow();
        mvc.perform(get("/").with(user(fresh))).andExpect(header().string("Location", "/account/password"));
        mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                        .content("{\"username\":\"" + name + "\",\"password\":\"Init@Pass2026\"}"))
                .andExpect(status().isForbidden());
    }
}
