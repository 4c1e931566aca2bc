package cn.fazhi.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.web.NavItem;

/** Portal's menu entries. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    NavItem homeNav() {
        return new NavItem("nav.section.work", "nav.home", "/", null, 10);
    }

    @Bean
    NavItem portalNav() {
        return new NavItem("nav.section.tools", "nav.portal", "/public", null, 100);
    }
}
