package cn.fazhi.reports;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** The reports module's permissions, menu entries and public-portal entry. */
@Configuration(proxyBeanMethods = false)
class ReportsConfiguration {

    @Bean
    PermissionSet reportPermissions() {
        return new PermissionSet("reports", List.of(AnnualReports.VIEW_PERMISSION, AnnualReports.DRAFT_PERMISSION,
                AnnualReports.REVIEW_PERMISSION, AnnualReports.APPROVE_PERMISSION, AnnualReports.PUBLISH_PERMISSION,
                AnnualReports.TEMPLATE_PERMISSION));
    }

    @Bean
    NavItem reportsNavItem() {
        return new NavItem("nav.section.work", "nav.reports", "/reports", AnnualReports.VIEW_PERMISSION, 60);
    }

    @Bean
    NavItem reportTemplateNavItem() {
        return new NavItem("nav.section.work", "nav.reports.template", "/reports/template",
                AnnualReports.TEMPLATE_PERMISSION, 61);
    }

    @Bean
    PublicEntry publishedReportsEntry() {
        return new PublicEntry("reports.public.title", "reports.public.entry", "/public/reports", 60);
    }
}
