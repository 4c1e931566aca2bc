package cn.fazhi.reconsideration;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** Permissions, menu and portal entries of reconsideration and litigation; the daily deemed-acceptance check. */
@Configuration(proxyBeanMethods = false)
class ReconsiderationConfiguration {

    @Bean
    PermissionSet reconsiderationPermissions() {
        return new PermissionSet("reconsideration", List.of(ReconsiderationCases.VIEW, ReconsiderationCases.REGISTER,
                ReconsiderationCases.REVIEW, ReconsiderationCases.HANDLE, LitigationCases.VIEW, LitigationCases.EDIT));
    }

    @Bean
    NavItem reconsiderationNavItem() {
        return new NavItem("nav.section.work", "nav.reconsideration", "/reconsideration", ReconsiderationCases.VIEW, 30);
    }

    @Bean
    NavItem consultationNavItem() {
        return new NavItem("nav.section.work", "nav.reconsideration.consultations", "/reconsideration/consultations",
                ReconsiderationCases.VIEW, 31);
    }

    @Bean
    NavItem litigationNavItem() {
        return new NavItem("nav.section.work", "nav.litigation", "/litigation", LitigationCases.VIEW, 32);
    }

    @Bean
    PublicEntry reconsiderationApplyEntry() {
        return new PublicEntry("reconsideration.public.apply.title", "reconsideration.public.apply.entry",
                "/public/reconsideration/apply", 30);
    }

    @Bean
    PublicEntry reconsiderationTrackEntry() {
        return new PublicEntry("reconsideration.public.track.title", "reconsideration.public.track.entry",
                "/public/reconsideration/track", 31);
    }

    /** Once a day: applications whose five-working-day review ran out without a decision become 视为受理 (Art. 30(2)). */
    @Component
    static class DeemedAcceptanceJob {
        private final ReconsiderationCases cases;

        DeemedAcceptanceJob(ReconsiderationCases cases) {
            this.cases = cases;
        }

        @Scheduled(cron = "${fazhi.reconsideration.deemed-acceptance-cron:0 15 6 * * *}")
        void daily() {
            cases.deemAcceptedWhereDue();
        }
    }
}
