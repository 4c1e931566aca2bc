package cn.fazhi.normative;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** The register's settings, permissions, menu and portal entries, indicators and daily date job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NormativeProperties.class)
class NormativeConfiguration {

    static final String VIEW = "normative:view";
    static final String DRAFT = "normative:draft";
    static final String REVIEW = "normative:review";
    static final String ISSUE = "normative:issue";
    static final String CLEANUP = "normative:cleanup";

    @Bean
    PermissionSet normativePermissions() {
        return new PermissionSet("normative", List.of(VIEW, DRAFT, REVIEW, ISSUE, CLEANUP));
    }

    @Bean
    NavItem normativeNavItem() {
        return new NavItem("nav.section.work", "nav.normative", "/normative", VIEW, 40);
    }

    @Bean
    NavItem normativeCleanupNavItem() {
        return new NavItem("nav.section.work", "nav.normative.cleanups", "/normative/cleanups", VIEW, 41);
    }

    @Bean
    PublicEntry normativeRegisterEntry() {
        return new PublicEntry("normative.public.title", "normative.public.entry", "/public/normative", 40);
    }

    @Bean
    PublicEntry normativeCleanupEntry() {
        return new PublicEntry("normative.public.cleanups.title", "normative.public.cleanups.entry", "/public/normative/cleanups", 41);
    }

    // ---- indicators -------------------------------------------------------------------------------------------------

    @Bean
    Indicator normativeCleanupReviewed(JdbcClient jdbc) {
        return NormativeIndicator.cleanup(jdbc, "normative.cleanup.reviewed", null);
    }

    @Bean
    Indicator normativeCleanupContinue(JdbcClient jdbc) {
        return NormativeIndicator.cleanup(jdbc, "normative.cleanup.continue", CleanupOutcome.CONTINUE);
    }

    @Bean
    Indicator normativeCleanupAmend(JdbcClient jdbc) {
        return NormativeIndicator.cleanup(jdbc, "normative.cleanup.amend", CleanupOutcome.AMEND);
    }

    @Bean
    Indicator normativeCleanupAbolish(JdbcClient jdbc) {
        return NormativeIndicator.cleanup(jdbc, "normative.cleanup.abolish", CleanupOutcome.ABOLISH);
    }

    @Bean
    Indicator normativeCleanupVoid(JdbcClient jdbc) {
        return NormativeIndicator.cleanup(jdbc, "normative.cleanup.void", CleanupOutcome.VOID);
    }

    @Bean
    Indicator normativeDocumentsInForce(JdbcClient jdbc) {
        return NormativeIndicator.inForce(jdbc, "normative.documents.inForce", 0);
    }

    @Bean
    Indicator normativeDocumentsExpiringSoon(JdbcClient jdbc) {
        return NormativeIndicator.inForce(jdbc, "normative.documents.expiringSoon", 6);
    }

    /** Moves documents by their dates each morning (entry into force, expiry); guarded, so safe on several nodes. */
    @Component
    static class DailyDates {

        private final NormativeDocuments documents;

        DailyDates(NormativeDocuments documents) {
            this.documents = documents;
        }

        @Scheduled(cron = "${fazhi.normative.dates-cron:0 5 0 * * *}")
        void run() {
            documents.applyDates();
        }
    }
}
