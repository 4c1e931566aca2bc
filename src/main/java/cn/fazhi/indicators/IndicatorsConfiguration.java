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

    @Bean
    NavItem dashboardNavItem() {
        return new NavItem("nav.section.work", "nav.dashboard", "/dashboard", READ, 11);
    }

    @Bean
    LandingPage dashboardLandingPage() {
        return new LandingPage(HOME, "/dashboard", 10);
    }
}
