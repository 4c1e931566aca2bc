package cn.fazhi.rectification;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.cases.TodoGroup;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.NavBadge;
import cn.fazhi.platform.web.NavItem;

/** The rectification module's permissions, settings and menu entry (in the supervision section, by its key). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RectificationProperties.class)
class RectificationConfiguration {

    /** The menu section of supervision (a message key; this module does not depend on supervision). */
    static final String SECTION = "nav.section.supervision";

    @Bean
    NavItem rectificationProblemsNavItem() {
        return new NavItem(SECTION, "nav.rectification.problems", "/rectification/problems", RectificationPermissions.VIEW,
                90);
    }

    /** Beside the menu entry: how many problems wait for the signed-in user (to plan, to submit, to accept). */
    @Bean
    NavBadge rectificationTodoBadge(ProblemTodos todos, CurrentUsers currentUsers) {
        return new NavBadge() {
            @Override
            public String path() {
                return "/rectification/problems";
            }

            @Override
            public long count() {
                return currentUsers.current()
                        .map(me -> todos.todos(currentUsers, 0).stream().mapToLong(TodoGroup::count).sum()).orElse(0L);
            }
        };
    }

    @Bean
    PermissionSet rectificationPermissions() {
        return new PermissionSet("rectification", List.of(RectificationPermissions.VIEW, RectificationPermissions.RESPOND,
                RectificationPermissions.ACCEPT));
    }
}
