package cn.fazhi.errands;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** The errands module's permissions, settings, menu entries (section "work") and portal entry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ErrandsProperties.class)
class ErrandsConfiguration {

    static final String SECTION = "nav.section.errands";

    @Bean
    NavItem errandsMyNavItem() {
        return new NavItem("nav.section.work", "nav.errands.my", "/errands/my", ErrandPermissions.ACT, 80);
    }

    @Bean
    NavItem errandsListNavItem() {
        return new NavItem(SECTION, "nav.errands.errands", "/errands", ErrandPermissions.MANAGE, 81);
    }

    @Bean
    NavItem errandsAgentsNavItem() {
        return new NavItem(SECTION, "nav.errands.agents", "/errands/agents", ErrandPermissions.MANAGE, 82);
    }

    @Bean
    NavItem errandsBeneficiariesNavItem() {
        return new NavItem(SECTION, "nav.errands.beneficiaries", "/errands/beneficiaries", ErrandPermissions.MANAGE, 83);
    }

    @Bean
    PublicEntry errandsConfirmEntry() {
        return new PublicEntry("errands.portal.title", "errands.portal.description", "/public/errands/confirm", 60);
    }

    @Bean
    PermissionSet errandsPermissions() {
        return new PermissionSet("errands", List.of(ErrandPermissions.VIEW, ErrandPermissions.MANAGE,
                ErrandPermissions.ACT, ErrandPermissions.REVEAL));
    }
}
