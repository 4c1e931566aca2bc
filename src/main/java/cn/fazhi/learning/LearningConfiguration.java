package cn.fazhi.learning;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;

/** The learning module's permissions and menu entries (section 法治建设; "我的考试" under my work). */
@Configuration(proxyBeanMethods = false)
class LearningConfiguration {

    static final String SECTION = "nav.section.ruleoflaw";

    @Bean
    NavItem learningMyTestsNavItem() {
        return new NavItem("nav.section.work", "nav.learning.my", "/learning/my", LearningPermissions.TAKE, 85);
    }

    @Bean
    NavItem learningLecturesNavItem() {
        return new NavItem(SECTION, "nav.learning.lectures", "/learning/lectures", LearningPermissions.VIEW, 10);
    }

    @Bean
    NavItem learningClassesNavItem() {
        return new NavItem(SECTION, "nav.learning.classes", "/learning/classes", LearningPermissions.VIEW, 11);
    }

    @Bean
    NavItem learningTestsNavItem() {
        return new NavItem(SECTION, "nav.learning.tests", "/learning/tests", LearningPermissions.VIEW, 12);
    }

    @Bean
    NavItem learningCadresNavItem() {
        return new NavItem(SECTION, "nav.learning.cadres", "/learning/cadres", LearningPermissions.VIEW, 13);
    }

    @Bean
    NavItem learningQuestionsNavItem() {
        return new NavItem(SECTION, "nav.learning.questions", "/learning/questions", LearningPermissions.MANAGE, 14);
    }

    @Bean
    PermissionSet learningPermissions() {
        return new PermissionSet("learning", List.of(LearningPermissions.VIEW, LearningPermissions.MANAGE,
                LearningPermissions.TAKE));
    }
}
