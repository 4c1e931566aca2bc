package cn.fazhi.supervision;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** The registers' menu entries (随机抽查事项清单, 检查对象名录库, 检查人员名录库) and the portal's entry for the published list. */
@Configuration(proxyBeanMethods = false)
class RandomItemsConfiguration {

    @Bean
    NavItem randomItemsNavItem() {
        return new NavItem(SupervisionConfiguration.SECTION, "supervision.registers.nav.items",
                "/supervision/random-inspections/items", SupervisionPermissions.VIEW, 110);
    }

    @Bean
    NavItem randomEntitiesNavItem() {
        return new NavItem(SupervisionConfiguration.SECTION, "supervision.registers.nav.entities",
                "/supervision/random-inspections/entities", SupervisionPermissions.RANDOM, 111);
    }

    @Bean
    NavItem randomInspectorsNavItem() {
        return new NavItem(SupervisionConfiguration.SECTION, "supervision.registers.nav.inspectors",
                "/supervision/random-inspections/inspectors", SupervisionPermissions.RANDOM, 112);
    }

    @Bean
    PublicEntry randomItemsPublicEntry() {
        return new PublicEntry("supervision.registers.public.title", "supervision.registers.public.entry",
                "/public/random-inspections/items", 60);
    }
}
