package cn.fazhi.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.platform.FazhiProperties;

/** The prod profile refuses to start with demo mode, the public demo keys, or any enabled demo account. */
@Component
@Profile("prod")
@Order(0)
class ProductionGuard implements ApplicationRunner {

    private final FazhiProperties properties;
    private final JdbcClient jdbc;

    ProductionGuard(FazhiProperties properties, JdbcClient jdbc) {
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        check(properties, jdbc.sql("SELECT COUNT(*) FROM app_user WHERE demo = TRUE AND enabled = TRUE")
                .query(Long.class).single());
    }

    static void check(FazhiProperties properties, long enabledDemoAccounts) {
        if (properties.demo().enabled()) {
            throw new IllegalStateException("prod profile: FAZHI_DEMO must not be true");
        }
        if (properties.crypto().usesDefaults()) {
            throw new IllegalStateException("prod profile: set FAZHI_SM4_KEY and FAZHI_INDEX_KEY; the demo keys are public");
        }
        if (enabledDemoAccounts > 0) {
            throw new IllegalStateException("prod profile: " + enabledDemoAccounts
                    + " demo account(s) are enabled; disable them before running in production");
        }
    }
}
