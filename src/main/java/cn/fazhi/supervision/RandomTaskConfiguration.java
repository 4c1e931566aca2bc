package cn.fazhi.supervision;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.platform.web.NavItem;
import cn.fazhi.platform.web.PublicEntry;

/** Menu entries, the portal entry and the settings of random-inspection tasks. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RandomTaskProperties.class)
class RandomTaskConfiguration {

    @Bean
    NavItem randomTasksNav() {
        return new NavItem(SupervisionConfiguration.SECTION, "nav.supervision.randomTasks",
                "/supervision/random-inspections/tasks", SupervisionPermissions.VIEW, 10);
    }

    @Bean
    NavItem randomMergesNav() {
        return new NavItem(SupervisionConfiguration.SECTION, "nav.supervision.randomMerges",
                "/supervision/random-inspections/merge-proposals", SupervisionPermissions.RANDOM, 12);
    }

    @Bean
    PublicEntry randomResultsEntry() {
        return new PublicEntry("supervision.random.public.title", "supervision.random.public.entry",
                "/public/random-inspections/results", 60);
    }
}
