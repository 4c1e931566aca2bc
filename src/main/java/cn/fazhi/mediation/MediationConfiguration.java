package cn.fazhi.mediation;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** The mediation module's permissions, menu entries and public-portal entries. */
@Configuration(proxyBeanMethods = false)
class MediationConfiguration {

    static final String VIEW = "mediation:view";
    static final String REGISTER = "mediation:register";
    static final String HANDLE = cn.fazhi.mediation.domain.DisputeSteps.HANDLE;
    static final String COMMITTEE_EDIT = "mediation:committee:edit";

    @Bean
    PermissionSet mediationPermissions() {
        return new PermissionSet("mediation", List.of(VIEW, REGISTER, HANDLE, COMMITTEE_EDIT));
    }

    @Bean
    NavItem mediationNavItem() {
        return new NavItem("nav.section.work", "nav.mediation", "/mediation", VIEW, 20);
    }

    @Bean
    NavItem mediationCommitteesNavItem() {
        return new NavItem("nav.section.work", "nav.mediation.committees", "/mediation/committees", VIEW, 21);
    }

    @Bean
    PublicEntry mediationApplyEntry() {
        return new PublicEntry("mediation.public.apply.title", "mediation.public.apply.entry", "/public/mediation/apply", 20);
    }

    @Bean
    PublicEntry mediationTrackEntry() {
        return new PublicEntry("mediation.public.track.title", "mediation.public.track.entry", "/public/mediation/track", 21);
    }
}
