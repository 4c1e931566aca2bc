package cn.fazhi.enterprises;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.web.NavItem;

/**
 * The policies' settings, menu entries (section "work": policies for the help desk and every holder of
 * {@code enterprises:view}, applications for the deciding units) and the desk page's list of an enterprise's
 * applications.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PolicyProperties.class)
class PolicyConfiguration {

    @Bean
    NavItem enterprisePoliciesNavItem() {
        return new NavItem(EnterpriseConfiguration.SECTION, "nav.enterprises.policies", "/enterprises/policies", Enterprises.VIEW, 80);
    }

    @Bean
    NavItem enterprisePolicyApplicationsNavItem() {
        return new NavItem(EnterpriseConfiguration.SECTION, "nav.enterprises.policyApplications", "/enterprises/policy-applications",
                Enterprises.VIEW, 81);
    }

    /** The enterprise's policy applications on its desk page, newest first. */
    @Bean
    DeskItems policyDeskItems(PolicyApplications applications) {
        return enterpriseId -> applications.ofEnterprise(enterpriseId).stream()
                .map(a -> new DeskItem(PolicyApplications.CASE_TYPE, a.id(), a.caseNumber(), a.policyTitle(),
                        "policies.status." + a.status(), !a.status().open(), a.unitId(), a.unitName(), a.submittedOn(),
                        "/public/enterprises/policy-applications/" + a.id()))
                .toList();
    }

    static List<String> statuses() {
        return List.of("DRAFT", "PUBLISHED", "WITHDRAWN");
    }
}
