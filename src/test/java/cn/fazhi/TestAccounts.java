package cn.fazhi;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

/** Creates throw-away accounts for tests (unique names, so suites can share one database) and fetches tokens. */

public class TestAccounts {

    public static final String PASSWORD = "Test@Pass2026";
    public static final String DEMO_PASSWORD = "Fazhi@2026";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public TestAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** A new enabled user in {@code unitId} holding the built-in role {@code roleCode}; returns the username. */
    public String create(String prefix, long unitId, String roleCode) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        String region = jdbc.sql("SELECT region_code FROM unit WHERE id = :id").param("id", unitId).query(String.class).single();
        jdbc.sql("INSERT INTO app_user (username, display_name, unit_id, region_code, password_hash, enabled, "
                        + "must_change_password, created_at) VALUES (:u, :u, :unit, :r, :h, TRUE, FALSE, :now)")
                .param("u", username).param("unit", unitId).param("r", region).param("h", encoder.encode(PASSWORD))
                .param("now", OffsetDateTime.now()).update();
        jdbc.sql("INSERT INTO user_role (user_id, role_id) SELECT u.id, r.id FROM app_user u, app_role r "
                + "WHERE u.username = :u AND r.code = :role").param("u", username).param("role", roleCode).update();
        return username;
    }

    public long idOf(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
    }

    public static String token(MockMvc mvc, String username, String password) throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/auth/token")
                        .contentType("application/json")
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}
