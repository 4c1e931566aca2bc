package cn.fazhi.organisation;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;

/** Organisation's permissions and menu entries. */
@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

    static final String UNIT_VIEW = "org:unit:view";
    static final String UNIT_EDIT = "org:unit:edit";
    static final String REGION_EDIT = "org:region:edit";

    @Bean
    PermissionSet organisationPermissions() {
        return new PermissionSet("organisation", List.of(UNIT_VIEW, UNIT_EDIT, REGION_EDIT));
    }

    @Bean
    NavItem unitsNav() {
        return new NavItem("nav.section.system", "nav.units", "/admin/units", UNIT_VIEW, 60);
    }

    @Bean
    NavItem regionsNav() {
        return new NavItem("nav.section.system", "nav.regions", "/admin/regions", UNIT_VIEW, 65);
    }
}
