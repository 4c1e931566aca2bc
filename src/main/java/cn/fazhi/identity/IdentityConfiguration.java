package cn.fazhi.identity;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;

/** Identity's permissions and menu entries. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    PermissionSet identityPermissions() {
        return new PermissionSet("identity", List.of(Permissions.USER_VIEW, Permissions.USER_EDIT,
                Permissions.USER_REVEAL, Permissions.ROLE_EDIT, Permissions.TOKEN_MANAGE));
    }

    @Bean
    NavItem usersNav() {
        return new NavItem("nav.section.system", "nav.users", "/admin/users", Permissions.USER_VIEW, 70);
    }

    @Bean
    NavItem rolesNav() {
        return new NavItem("nav.section.system", "nav.roles", "/admin/roles", Permissions.ROLE_EDIT, 75);
    }

    @Bean
    NavItem tokensNav() {
        return new NavItem("nav.section.system", "nav.tokens", "/admin/tokens", Permissions.TOKEN_MANAGE, 80);
    }

    @Bean
    NavItem accountNav() {
        return new NavItem("nav.section.work", "nav.account", "/account", null, 20);
    }
}
