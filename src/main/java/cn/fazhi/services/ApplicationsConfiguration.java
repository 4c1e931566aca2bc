package cn.fazhi.services;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.web.NavItem;

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
}
