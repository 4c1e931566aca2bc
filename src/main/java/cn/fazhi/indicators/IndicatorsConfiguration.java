package cn.fazhi.indicators;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.LandingPage;
import cn.fazhi.platform.web.NavItem;

/** The indicators module's permissions and menu entry. */
@Configuration(proxyBeanMethods = false)
class IndicatorsConfiguration {

    /** Read figures and their records (API, records pages and the dashboard), within the data scope. */
    static final String READ = "indicators:read";
    /** Land on the dashboard after signing in (leaders and the rule-of-law office). */
    static final String HOME = "indicators:home";

    @Bean
    PermissionSet indicatorsPermissions() {
        return new PermissionSet("indicators", List.of(READ, HOME));
    }

    /**
     * The pool on which one reading's independent indicator queries run side by side: {@code fazhi.indicators.parallelism}
     * threads (default: the processors, at most 4). Each query holds its own database connection while it runs.
     */
    @Bean(destroyMethod = "shutdown")
    java.util.concurrent.ExecutorService indicatorPool(
            @org.springframework.beans.factory.annotation.Value("${fazhi.indicators.parallelism:0}") int parallelism) {
        int threads = parallelism > 0 ? parallelism : Math.min(4, Runtime.getRuntime().availableProcessors());
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return java.util.concurrent.Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "indicator-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    NavItem dashboardNavItem() {
        return new NavItem("nav.section.work", "nav.dashboard", "/dashboard", READ, 11);
    }

    @Bean
    LandingPage dashboardLandingPage() {
        return new LandingPage(HOME, "/dashboard", 10);
    }
}
