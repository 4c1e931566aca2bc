package cn.fazhi.search;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;
import cn.fazhi.search.internal.SearchProperties;

/** The search module's settings, permissions and menu entry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    static final String MANAGE = "search:index:manage";

    @Bean
    PermissionSet searchPermissions() {
        return new PermissionSet("search", List.of(MANAGE));
    }

    @Bean
    NavItem searchAdminNavItem() {
        return new NavItem("nav.section.system", "nav.search.admin", "/search/admin", MANAGE, 95);
    }
}
