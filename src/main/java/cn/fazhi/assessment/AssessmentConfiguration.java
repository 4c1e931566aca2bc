package cn.fazhi.assessment;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;

/** The assessment module's permissions and menu entry (section 法治建设). */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    NavItem assessmentNavItem() {
        return new NavItem("nav.section.ruleoflaw", "nav.assessment", "/assessment", AssessmentPermissions.VIEW, 30);
    }

    @Bean
    PermissionSet assessmentPermissions() {
        return new PermissionSet("assessment", List.of(AssessmentPermissions.VIEW, AssessmentPermissions.MANAGE,
                AssessmentPermissions.EVALUATE));
    }
}
