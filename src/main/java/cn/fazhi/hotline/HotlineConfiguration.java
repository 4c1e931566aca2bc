package cn.fazhi.hotline;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.cases.TodoGroup;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavBadge;
import cn.fazhi.platform.web.NavItem;

/** The hotline module's permissions, settings and menu entries (section "work": tickets, the 督办 list, categories). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HotlineProperties.class)
class HotlineConfiguration {

    static final String SECTION = "nav.section.work";

    @Bean
    NavItem hotlineTicketsNavItem() {
        return new NavItem(SECTION, "nav.hotline.tickets", "/hotline/tickets", HotlinePermissions.VIEW, 70);
    }

    @Bean
    NavItem hotlineIntakeNavItem() {
        return new NavItem(SECTION, "nav.hotline.intake", "/hotline/intake", HotlinePermissions.DISPATCH, 71);
    }

    @Bean
    NavItem hotlineCategoriesNavItem() {
        return new NavItem(SECTION, "nav.hotline.categories", "/hotline/categories", HotlinePermissions.MANAGE, 72);
    }

    /** Beside the menu entry: how many tickets wait for the signed-in user. */
    @Bean
    NavBadge hotlineTodoBadge(HotlineTodos todos, CurrentUsers currentUsers) {
        return new NavBadge() {
            @Override
            public String path() {
                return "/hotline/tickets";
            }

            @Override
            public long count() {
                return currentUsers.current()
                        .map(me -> todos.todos(currentUsers, 0).stream().mapToLong(TodoGroup::count).sum()).orElse(0L);
            }
        };
    }

    @Bean
    PermissionSet hotlinePermissions() {
        return new PermissionSet("hotline", List.of(HotlinePermissions.VIEW, HotlinePermissions.DISPATCH,
                HotlinePermissions.HANDLE, HotlinePermissions.MANAGE));
    }
}
