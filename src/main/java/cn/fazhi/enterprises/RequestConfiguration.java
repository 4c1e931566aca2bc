package cn.fazhi.enterprises;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.web.NavItem;

/** Enterprise requests' and SME complaints' settings and menu entries (section "work"). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestProperties.class)
class RequestConfiguration {

    static final String SECTION = EnterpriseConfiguration.SECTION;

    @Bean
    NavItem enterpriseRequestsNavItem() {
        return new NavItem(SECTION, "nav.enterprises.requests", "/enterprises/requests", Enterprises.VIEW, 82);
    }

    @Bean
    NavItem smeComplaintsNavItem() {
        return new NavItem(SECTION, "nav.enterprises.complaints", "/enterprises/complaints", Enterprises.VIEW, 83);
    }
}
