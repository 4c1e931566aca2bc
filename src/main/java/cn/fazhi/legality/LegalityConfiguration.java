package cn.fazhi.legality;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** The legality module's permissions, menu entries and public-portal entries. */
@Configuration(proxyBeanMethods = false)
class LegalityConfiguration {

    /** See requests in scope, advisers, decisions and lists. */
    static final String VIEW = "legality:view";
    /** Submit an agreement, contract or plan for review (units). */
    static final String SUBMIT = "legality:submit";
    /** Assign, conclude and print reviews (justice bureau). */
    static final String REVIEW = "legality:review";
    /** Keep advisers, opinions, decisions and the public lists (rule-of-law office). */
    static final String MANAGE = "legality:manage";

    @Bean
    PermissionSet legalityPermissions() {
        return new PermissionSet("legality", List.of(VIEW, SUBMIT, REVIEW, MANAGE));
    }

    @Bean
    NavItem legalityReviewsNavItem() {
        return new NavItem("nav.section.work", "nav.legality.reviews", "/legality/reviews", VIEW, 40);
    }

    @Bean
    NavItem legalityAdvisersNavItem() {
        return new NavItem("nav.section.work", "nav.legality.advisers", "/legality/advisers", VIEW, 41);
    }

    @Bean
    NavItem legalityDecisionsNavItem() {
        return new NavItem("nav.section.work", "nav.legality.decisions", "/legality/decisions", VIEW, 42);
    }

    @Bean
    NavItem legalityListsNavItem() {
        return new NavItem("nav.section.work", "nav.legality.lists", "/legality/lists", VIEW, 43);
    }

    @Bean
    PublicEntry legalityListsEntry() {
        return new PublicEntry("legality.public.lists.title", "legality.public.lists.entry", "/public/lists", 40);
    }

    @Bean
    PublicEntry legalityDecisionsEntry() {
        return new PublicEntry("legality.public.decisions.title", "legality.public.decisions.entry", "/public/decisions", 41);
    }
}
