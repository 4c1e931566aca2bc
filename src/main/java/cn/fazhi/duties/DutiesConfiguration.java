package cn.fazhi.duties;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;

/** The duties module's permissions and menu entries (section 法治建设). */
@Configuration(proxyBeanMethods = false)
class DutiesConfiguration {

    static final String SECTION = "nav.section.ruleoflaw";

    @Bean
    NavItem dutiesShufaNavItem() {
        return new NavItem(SECTION, "nav.duties.shufa", "/duties/shufa", DutiesPermissions.VIEW, 20);
    }

    @Bean
    NavItem dutiesListsNavItem() {
        return new NavItem(SECTION, "nav.duties.lists", "/duties/lists", DutiesPermissions.VIEW, 21);
    }

    @Bean
    NavItem dutiesRosterNavItem() {
        return new NavItem(SECTION, "nav.duties.roster", "/duties/roster", DutiesPermissions.MANAGE, 22);
    }

    @Bean
    PermissionSet dutiesPermissions() {
        return new PermissionSet("duties", List.of(DutiesPermissions.VIEW, DutiesPermissions.MANAGE,
                DutiesPermissions.SUBMIT));
    }
}
