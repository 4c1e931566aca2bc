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

    /**
     * The to-do count beside 首页, on every page: kept per user for {@code fazhi.portal.todo-badge-ttl} (default 30 s)
     * so that moving between pages does not recount every case type each time; the home page itself counts afresh.
     */
    @Bean
    NavBadge homeTodoBadge(Todos todos, CurrentUsers currentUsers,
            @org.springframework.beans.factory.annotation.Value("${fazhi.portal.todo-badge-ttl:30s}") java.time.Duration ttl) {
        com.github.benmanes.caffeine.cache.Cache<Long, Long> counts = com.github.benmanes.caffeine.cache.Caffeine
                .newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
        return new NavBadge() {
            @Override
            public String path() {
                return "/";
            }

            @Override
            public long count() {
                return currentUsers.current().map(me -> ttl.isZero() ? todos.count(currentUsers)
                        : counts.get(me.id(), id -> todos.count(currentUsers))).orElse(0L);
            }
        };
    }
}
