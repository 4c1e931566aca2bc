package cn.fazhi.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import cn.fazhi.platform.FazhiProperties;

/** The prod profile refuses demo mode, the public demo keys and enabled demo accounts. */
class ProductionGuardTest {

    private static FazhiProperties props(boolean demo, String sm4, String index) {
        return props(demo, sm4, index, AUDIT);
    }

    private static FazhiProperties props(boolean demo, String sm4, String index, String audit) {
        return new FazhiProperties(null, new FazhiProperties.Demo(demo), new FazhiProperties.Crypto(sm4, index, audit),
                new FazhiProperties.Security(5, Duration.ofMinutes(15), Duration.ofHours(8), 8), null);
    }

    private static final String KEY = "8f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String INDEX = "1f2e3d4c5b6a79887766554433221100";
    private static final String AUDIT = "2f3e4d5c6b7a8998a7b6c5d4e3f20112";

    @Test
    void refusesDemoMode() {
        assertThatThrownBy(() -> ProductionGuard.check(props(true, KEY, INDEX), 0)).hasMessageContaining("FAZHI_DEMO");
    }

    @Test
    void refusesTheDefaultKeys() {
        assertThatThrownBy(() -> ProductionGuard.check(props(false, FazhiProperties.Crypto.DEFAULT_SM4_KEY, INDEX), 0))
                .hasMessageContaining("FAZHI_SM4_KEY");
        assertThatThrownBy(() -> ProductionGuard.check(props(false, KEY, FazhiProperties.Crypto.DEFAULT_INDEX_KEY), 0))
                .hasMessageContaining("FAZHI_SM4_KEY");
        assertThatThrownBy(() -> ProductionGuard.check(props(false, KEY, INDEX, FazhiProperties.Crypto.DEFAULT_AUDIT_KEY), 0))
                .hasMessageContaining("FAZHI_AUDIT_KEY");
        assertThatThrownBy(() -> ProductionGuard.check(props(false, KEY, INDEX, null), 0))
                .hasMessageContaining("FAZHI_AUDIT_KEY");
    }

    /** The guard stops the start before the web server is started: no port is ever opened. */
    @Test
    void refusesBeforeTheWebServerStarts() {
        java.util.concurrent.atomic.AtomicBoolean serverStarted = new java.util.concurrent.atomic.AtomicBoolean();
        var app = new org.springframework.boot.builder.SpringApplicationBuilder(cn.fazhi.FazhiApplication.class)
                .profiles("prod")
                .properties("server.port=0", "fazhi.demo.enabled=false",
                        "spring.datasource.url=jdbc:h2:mem:prodguard;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                        "spring.datasource.username=sa", "spring.datasource.password=",
                        "fazhi.data-dir=target/prodguard-data")
                .listeners(new org.springframework.context.ApplicationListener<org.springframework.context.ApplicationEvent>() {
                    @Override
                    public void onApplicationEvent(org.springframework.context.ApplicationEvent e) {
                        if (e instanceof org.springframework.boot.web.server.context.WebServerInitializedEvent) {
                            serverStarted.set(true);
                        }
                    }
                });
        assertThatThrownBy(app::run).hasStackTraceContaining("the demo keys are public");
        org.assertj.core.api.Assertions.assertThat(serverStarted).isFalse();
    }

    @Test
    void refusesEnabledDemoAccounts() {
        assertThatThrownBy(() -> ProductionGuard.check(props(false, KEY, INDEX), 2)).hasMessageContaining("demo account");
    }

    @Test
    void startsWithOwnKeysAndNoDemoAccounts() {
        assertThatCode(() -> ProductionGuard.check(props(false, KEY, INDEX), 0)).doesNotThrowAnyException();
    }
}
