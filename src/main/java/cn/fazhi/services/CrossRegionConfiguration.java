package cn.fazhi.services;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.web.NavItem;

/** Cross-region hand-overs: their settings and their menu entry in the services section. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CrossRegionProperties.class)
class CrossRegionConfiguration {

    @Bean
    NavItem servicesCrossRegionNavItem() {
        return new NavItem(ServicesConfiguration.SECTION, "nav.services.crossRegion", "/services/cross-region",
                ServicesPermissions.VIEW, 35);
    }
}
