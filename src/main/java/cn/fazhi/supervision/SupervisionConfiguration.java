package cn.fazhi.supervision;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.PublicEntry;

/** The supervision module's permissions. Each part adds its own menu entries, settings and portal entries. */
@Configuration(proxyBeanMethods = false)
class SupervisionConfiguration {

    /** The menu section all parts' entries go in. */
    static final String SECTION = "nav.section.supervision";

    @Bean
    PermissionSet supervisionPermissions() {
        return new PermissionSet("supervision", List.of(SupervisionPermissions.VIEW, SupervisionPermissions.RANDOM,
                SupervisionPermissions.MANAGE, SupervisionPermissions.RESPOND, SupervisionPermissions.INSPECT));
    }

    /** The public index of draws: commitments visible before the draw, then seeds and selections to verify. */
    @Bean
    PublicEntry randomDrawsEntry() {
        return new PublicEntry("supervision.draw.public.indexTitle", "supervision.draw.public.entry",
                "/public/random-inspections/draws", 62);
    }
}
