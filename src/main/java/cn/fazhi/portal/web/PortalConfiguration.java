package cn.fazhi.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.cases.Todos;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.NavBadge;
import cn.fazhi.platform.web.NavItem;

/** Portal's menu entries; the home entry carries the count of the user's to-do list. */
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

    @Bean
    NavBadge homeTodoBadge(Todos todos, CurrentUsers currentUsers) {
        return new NavBadge() {
            @Override
            public String path() {
                return "/";
            }

            @Override
            public long count() {
                return currentUsers.current().isPresent() ? todos.count(currentUsers) : 0;
            }
        };
    }
}
