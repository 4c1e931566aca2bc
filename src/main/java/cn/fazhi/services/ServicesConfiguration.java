package cn.fazhi.services;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** The services module's permissions and the menu entries of service items and catalogues. */
@Configuration(proxyBeanMethods = false)
class ServicesConfiguration {

    /** The menu section of government services. */
    static final String SECTION = "nav.section.services";

    @Bean
    NavItem servicesItemsNavItem() {
        return new NavItem(SECTION, "nav.services.items", "/services/items", ServicesPermissions.VIEW, 10);
    }

    @Bean
    NavItem servicesCataloguesNavItem() {
        return new NavItem(SECTION, "nav.services.catalogues", "/services/catalogues/service", ServicesPermissions.VIEW,
                20);
    }

    @Bean
    NavItem servicesPartnersNavItem() {
        return new NavItem(SECTION, "nav.services.partners", "/services/partners", ServicesPermissions.VIEW, 30);
    }

    /** The portal's entries: the guides (办事指南) and the three catalogues. */
    @Bean
    PublicEntry servicesGuidesEntry() {
        return new PublicEntry("services.public.guides.title", "services.public.guides.entry", "/public/services/guides",
                15);
    }

    @Bean
    PublicEntry servicesCataloguesEntry() {
        return new PublicEntry("services.public.catalogues.title", "services.public.catalogues.entry",
                "/public/services/catalogues/service", 16);
    }

    @Bean
    PermissionSet servicesPermissions() {
        return new PermissionSet("services", List.of(ServicesPermissions.VIEW, ServicesPermissions.MANAGE,
                ServicesPermissions.INTAKE, ServicesPermissions.HANDLE));
    }
}
