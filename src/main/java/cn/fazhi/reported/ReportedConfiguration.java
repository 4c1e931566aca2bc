package cn.fazhi.reported;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.web.NavItem;

/** Menu entries of reported figures, under 法治建设, shown only to holders of {@code reported:view}. */
@Configuration(proxyBeanMethods = false)
class ReportedConfiguration {

    static final String SECTION = "nav.section.ruleoflaw";

    @Bean
    NavItem reportedFiguresNavItem() {
        return new NavItem(SECTION, "nav.reported.figures", "/reported-figures", Reported.VIEW, 60);
    }

    @Bean
    NavItem reportedDefinitionsNavItem() {
        return new NavItem(SECTION, "nav.reported.definitions", "/reported-figures/definitions", Reported.VIEW, 61);
    }
}
