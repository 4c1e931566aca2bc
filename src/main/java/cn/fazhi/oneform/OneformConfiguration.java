package cn.fazhi.oneform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.web.NavItem;

/** The register's settings and menu entries (section "work": register, forms, change requests). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OneformProperties.class)
class OneformConfiguration {

    static final String SECTION = "nav.section.oneform";

    @Bean
    NavItem oneformRegisterNavItem() {
        return new NavItem(SECTION, "nav.oneform.register", "/oneform/persons", OneformPermissions.VIEW, 90);
    }

    @Bean
    NavItem oneformFormsNavItem() {
        return new NavItem(SECTION, "nav.oneform.forms", "/oneform/forms", OneformPermissions.VIEW, 91);
    }

    @Bean
    NavItem oneformChangesNavItem() {
        return new NavItem(SECTION, "nav.oneform.changes", "/oneform/changes", OneformPermissions.VIEW, 92);
    }
}
