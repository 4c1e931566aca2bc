package cn.fazhi.supervision;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.web.NavItem;

/** 法治督察: its settings and menu entries (section {@link SupervisionConfiguration#SECTION}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OversightProperties.class)
class OversightConfiguration {

    @Bean
    NavItem oversightMissionsNav() {
        return new NavItem(SupervisionConfiguration.SECTION, "nav.supervision.oversight.missions",
                "/supervision/oversight/missions", SupervisionPermissions.VIEW, 110);
    }

    @Bean
    NavItem oversightInspectorsNav() {
        return new NavItem(SupervisionConfiguration.SECTION, "nav.supervision.oversight.inspectors",
                "/supervision/oversight/inspectors", SupervisionPermissions.VIEW, 111);
    }

    @Bean
    NavItem oversightReportDutiesNav() {
        return new NavItem(SupervisionConfiguration.SECTION, "nav.supervision.oversight.reportDuties",
                "/supervision/oversight/report-duties", SupervisionPermissions.VIEW, 112);
    }
}
