package cn.fazhi.calendar;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** The calendar's permission and its menu entries. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    /** Maintaining the holiday data (adding a year's notice, correcting a day). */
    static final String EDIT_HOLIDAYS = "calendar:holiday:edit";

    @Bean
    PermissionSet calendarPermissions() {
        return new PermissionSet("calendar", List.of(EDIT_HOLIDAYS));
    }

    @Bean
    NavItem calendarNavItem() {
        return new NavItem("nav.section.tools", "nav.calendar", "/calendar", null, 50);
    }

    @Bean
    NavItem calendarAdminNavItem() {
        return new NavItem("nav.section.system", "nav.calendar.admin", "/admin/calendar", EDIT_HOLIDAYS, 90);
    }

    @Bean
    PublicEntry calendarPublicEntry() {
        return new PublicEntry("nav.calendar", "calendar.public.entry", "/public/calendar", 10);
    }
}
