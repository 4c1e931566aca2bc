package cn.fazhi.publicity;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** The publicity module's permissions, settings, menu entries (section 法治社会) and portal entries. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicityProperties.class)
class PublicityConfiguration {

    static final String SECTION = "nav.section.society";

    @Bean
    NavItem publicityFulfilmentNavItem() {
        return new NavItem(SECTION, "nav.publicity.fulfilment", "/publicity/fulfilment", PublicityPermissions.VIEW, 40);
    }

    @Bean
    NavItem publicityDutyListsNavItem() {
        return new NavItem(SECTION, "nav.publicity.dutyLists", "/publicity/duty-lists", PublicityPermissions.VIEW, 41);
    }

    @Bean
    NavItem publicityActivitiesNavItem() {
        return new NavItem(SECTION, "nav.publicity.activities", "/publicity/activities", PublicityPermissions.VIEW, 42);
    }

    @Bean
    NavItem publicityReportsNavItem() {
        return new NavItem(SECTION, "nav.publicity.reports", "/publicity/reports", PublicityPermissions.VIEW, 43);
    }

    @Bean
    NavItem publicityHeadTalksNavItem() {
        return new NavItem(SECTION, "nav.publicity.headTalks", "/publicity/head-talks", PublicityPermissions.VIEW, 44);
    }

    @Bean
    NavItem publicitySchoolsNavItem() {
        return new NavItem(SECTION, "nav.publicity.schools", "/publicity/schools", PublicityPermissions.VIEW, 45);
    }

    @Bean
    NavItem publicityVicePrincipalsNavItem() {
        return new NavItem(SECTION, "nav.publicity.vicePrincipals", "/publicity/vice-principals", PublicityPermissions.VIEW, 46);
    }

    @Bean
    NavItem publicityVillagesNavItem() {
        return new NavItem(SECTION, "nav.publicity.villages", "/publicity/villages", PublicityPermissions.VIEW, 47);
    }

    @Bean
    PublicEntry publicityDutiesEntry() {
        return new PublicEntry("publicity.portal.duties.title", "publicity.portal.duties.description",
                "/public/publicity/duties", 70);
    }

    @Bean
    PublicEntry publicityVicePrincipalsEntry() {
        return new PublicEntry("publicity.portal.vp.title", "publicity.portal.vp.description",
                "/public/publicity/vice-principals", 71);
    }

    @Bean
    PermissionSet publicityPermissions() {
        return new PermissionSet("publicity", List.of(PublicityPermissions.VIEW, PublicityPermissions.MANAGE,
                PublicityPermissions.SUBMIT));
    }
}
