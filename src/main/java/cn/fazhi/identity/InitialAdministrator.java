package cn.fazhi.identity;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.domain.PasswordPolicy;

/**
 * Production bootstrap: on a database with no users, {@code FAZHI_INITIAL_ADMIN_PASSWORD} creates the system
 * administrator {@code admin} (unit 区司法局), who must change the password at first sign-in. Without the variable
 * nothing is created and a warning says how to proceed.
 */
@Component
@Order(20)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final String initialPassword;

    InitialAdministrator(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, AuditTrail audit, Clock clock,
            @Value("${FAZHI_INITIAL_ADMIN_PASSWORD:}") String initialPassword) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.initialPassword = initialPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() > 0) {
            return;
        }
        if (initialPassword.isBlank()) {
            log.warn("No user accounts exist. Set FAZHI_INITIAL_ADMIN_PASSWORD and restart to create the administrator 'admin'.");
            return;
        }
        policy.check("admin", initialPassword);
        jdbc.sql("INSERT INTO app_user (username, display_name, unit_id, region_code, password_hash, enabled, "
                        + "must_change_password, created_at) VALUES ('admin', '系统管理员', 4, '421202', :h, TRUE, TRUE, :now)")
                .param("h", passwords.encode(initialPassword)).param("now", OffsetDateTime.now(clock)).update();
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        jdbc.sql("INSERT INTO user_role (user_id, role_id) VALUES (:u, 1)").param("u", id).update();
        audit.record(AuditEntry.of("identity.user.created", "app_user", id, "initial administrator").by("system"));
        log.info("Initial administrator 'admin' created; the password must be changed at first sign-in.");
    }
}
