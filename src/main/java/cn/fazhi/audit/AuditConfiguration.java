package cn.fazhi.audit;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;

/** Audit's permissions and menu entry. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    PermissionSet auditPermissions() {
        return new PermissionSet("audit", List.of("audit:log:view", "audit:log:verify"));
    }

    @Bean
    NavItem auditNav() {
        return new NavItem("nav.section.system", "nav.audit", "/admin/audit", "audit:log:view", 85);
    }
}
