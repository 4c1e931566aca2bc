package cn.fazhi.responsibilities;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** The 权责清单's permissions, settings, menu entries and portal entry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResponsibilitiesProperties.class)
class ResponsibilitiesConfiguration {

    @Bean
    PermissionSet responsibilitiesPermissions() {
        return new PermissionSet("responsibilities", List.of(ResponsibilitiesPermissions.VIEW,
                ResponsibilitiesPermissions.MANAGE, ResponsibilitiesPermissions.PUBLISH));
    }

    @Bean
    NavItem responsibilitiesPowersNavItem() {
        return new NavItem("nav.section.work", "nav.responsibilities.powers", "/responsibilities",
                ResponsibilitiesPermissions.VIEW, 48);
    }

    @Bean
    NavItem responsibilitiesIssuesNavItem() {
        return new NavItem("nav.section.work", "nav.responsibilities.issues", "/responsibilities/issues",
                ResponsibilitiesPermissions.VIEW, 49);
    }

    @Bean
    PublicEntry responsibilitiesPublicEntry() {
        return new PublicEntry("responsibilities.public.title", "responsibilities.public.entry",
                "/public/responsibilities", 45);
    }
}
