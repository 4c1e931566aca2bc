package cn.fazhi.identity;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.platform.FazhiProperties;

/**
 * The prod profile refuses to start with demo mode, the public demo keys, or any enabled demo account. It checks once
 * every bean (the database migration included) is created and before the web server is started, so a refused start
 * never accepts a connection.
 */
@Component
@Profile("prod")
class ProductionGuard implements SmartInitializingSingleton {

    private final FazhiProperties properties;
    private final JdbcClient jdbc;

    ProductionGuard(FazhiProperties properties, JdbcClient jdbc) {
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        check(properties, 0);
        check(properties, jdbc.sql("SELECT COUNT(*) FROM app_user WHERE demo = TRUE AND enabled = TRUE")
                .query(Long.class).single());
    }

    static void check(FazhiProperties properties, long enabledDemoAccounts) {
        if (properties.demo().enabled()) {
            throw new IllegalStateException("prod profile: FAZHI_DEMO must not be true");
        }
        if (properties.crypto().usesDefaults()) {
            throw new IllegalStateException(
                    "prod profile: set FAZHI_SM4_KEY, FAZHI_INDEX_KEY and FAZHI_AUDIT_KEY; the demo keys are public");
        }
        if (enabledDemoAccounts > 0) {
            throw new IllegalStateException("prod profile: " + enabledDemoAccounts
                    + " demo account(s) are enabled; disable them before running in production");
        }
    }
}
