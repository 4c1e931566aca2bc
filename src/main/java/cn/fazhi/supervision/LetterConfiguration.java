package cn.fazhi.supervision;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.web.NavItem;

/** The enforcement-supervision part's settings and menu entries (section {@code nav.section.supervision}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LetterProperties.class)
class LetterConfiguration {

    @Bean
    NavItem supervisionCluesNav() {
        return new NavItem(SupervisionConfiguration.SECTION, "nav.supervision.clues", "/supervision/clues",
                SupervisionPermissions.VIEW, 120);
    }

    @Bean
    NavItem supervisionLettersNav() {
        return new NavItem(SupervisionConfiguration.SECTION, "nav.supervision.letters", "/supervision/letters",
                SupervisionPermissions.VIEW, 121);
    }
}
