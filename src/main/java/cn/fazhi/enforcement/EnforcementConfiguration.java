package cn.fazhi.enforcement;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** The enforcement module's permissions, menu entries and public-portal entries. */
@Configuration(proxyBeanMethods = false)
class EnforcementConfiguration {

    static final String SECTION = "nav.section.enforcement";

    @Bean
    PermissionSet enforcementPermissions() {
        return new PermissionSet("enforcement", List.of(EnforcementPermissions.VIEW, EnforcementPermissions.HANDLE,
                EnforcementPermissions.REVIEW, EnforcementPermissions.APPROVE, EnforcementPermissions.MANAGE,
                EnforcementPermissions.SUPERVISE));
    }

    @Bean
    NavItem enforcementCasesNavItem() {
        return new NavItem(SECTION, "nav.enforcement.cases", "/enforcement/cases", EnforcementPermissions.VIEW, 60);
    }

    @Bean
    NavItem enforcementCoercionsNavItem() {
        return new NavItem(SECTION, "nav.enforcement.coercions", "/enforcement/coercions", EnforcementPermissions.VIEW, 61);
    }

    @Bean
    NavItem enforcementInspectionsNavItem() {
        return new NavItem(SECTION, "nav.enforcement.inspections", "/enforcement/inspections", EnforcementPermissions.VIEW, 62);
    }

    @Bean
    NavItem enforcementPublicationsNavItem() {
        return new NavItem(SECTION, "nav.enforcement.publications", "/enforcement/publications", EnforcementPermissions.VIEW, 63);
    }

    @Bean
    NavItem enforcementTransfersNavItem() {
        return new NavItem(SECTION, "nav.enforcement.transfers", "/enforcement/transfers", EnforcementPermissions.VIEW, 64);
    }

    @Bean
    NavItem enforcementOfficersNavItem() {
        return new NavItem(SECTION, "nav.enforcement.officers", "/enforcement/officers", EnforcementPermissions.VIEW, 65);
    }

    @Bean
    NavItem enforcementBodiesNavItem() {
        return new NavItem(SECTION, "nav.enforcement.bodies", "/enforcement/bodies", EnforcementPermissions.VIEW, 66);
    }

    @Bean
    NavItem enforcementExamsNavItem() {
        return new NavItem(SECTION, "nav.enforcement.exams", "/enforcement/exams", EnforcementPermissions.VIEW, 67);
    }

    @Bean
    NavItem enforcementBenchmarksNavItem() {
        return new NavItem(SECTION, "nav.enforcement.benchmarks", "/enforcement/benchmarks", EnforcementPermissions.VIEW, 68);
    }

    @Bean
    NavItem enforcementDisparitiesNavItem() {
        return new NavItem(SECTION, "nav.enforcement.disparities", "/enforcement/disparities", EnforcementPermissions.VIEW, 69);
    }

    @Bean
    NavItem enforcementFileReviewsNavItem() {
        return new NavItem(SECTION, "nav.enforcement.fileReviews", "/enforcement/file-reviews", EnforcementPermissions.VIEW, 70);
    }

    @Bean
    PublicEntry enforcementDisclosureEntry() {
        return new PublicEntry("enforcement.public.disclosure.title", "enforcement.public.disclosure.entry",
                "/public/enforcement", 50);
    }

    @Bean
    PublicEntry enforcementDecisionsEntry() {
        return new PublicEntry("enforcement.public.decisions.title", "enforcement.public.decisions.entry",
                "/public/enforcement/decisions", 51);
    }

    @Bean
    PublicEntry enforcementCertificateEntry() {
        return new PublicEntry("enforcement.public.certificates.title", "enforcement.public.certificates.entry",
                "/public/enforcement/certificates", 52);
    }
}
