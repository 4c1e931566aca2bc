package cn.fazhi.services;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** The applications' settings and menu entries (section {@code nav.section.services}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApplicationProperties.class)
class ApplicationsConfiguration {

    static final String SECTION = "nav.section.services";

    @Bean
    NavItem servicesIntakeNavItem() {
        return new NavItem(SECTION, "nav.services.intake", "/services/applications/intake", ApplicationPermissions.INTAKE,
                10);
    }

    @Bean
    NavItem servicesApplicationsNavItem() {
        return new NavItem(SECTION, "nav.services.applications", "/services/applications", ApplicationPermissions.VIEW,
                20);
    }

    @Bean
    PublicEntry servicesTrackEntry() {
        return new PublicEntry("services.portal.track.title", "services.portal.track.entry", "/public/services/track", 61);
    }

    @Bean
    PublicEntry servicesOverdueEntry() {
        return new PublicEntry("services.portal.overdue.title", "services.portal.overdue.entry", "/public/services/overdue",
                62);
    }
}
