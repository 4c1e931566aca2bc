package cn.fazhi.petitions;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;
import cn.fazhi.platform.web.NavItem;

/**
 * The backlog's settings, menu entry (法治社会, shown to holders of {@code petitions:view}) and figures, each by its
 * business date: {@code petitions.backlog.resolved} (resolutions by the day resolved, by age band) and its exclusive
 * bands {@code .over3} (3–5 years, 骨头案), {@code .over5} (5–10, 钉子案), {@code .over10} (10 and more, 无解案);
 * {@code petitions.backlog.open} (cases taken into the backlog in the period and still open); and
 * {@code petitions.backlog.relapsed} (relapses by the day of the new petition).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PetitionProperties.class)
class PetitionConfiguration {

    static final SqlIndicator.Source RESOLUTIONS = new SqlIndicator.Source(
            "petition_backlog_resolution s JOIN petition_backlog b ON b.id = s.backlog_id", "b.id", "b.case_number",
            "s.unit_id", "s.region_code", "s.age_band", "petitions.band.", null, "CONCAT('/petitions/', b.id)");

    static final SqlIndicator.Source BACKLOG = new SqlIndicator.Source("petition_backlog b", "b.id", "b.case_number",
            "b.unit_id", "b.region_code", null, null, null, "CONCAT('/petitions/', b.id)");

    static final SqlIndicator.Source RELAPSES = new SqlIndicator.Source(
            "petition_backlog_relapse r JOIN petition_backlog b ON b.id = r.backlog_id", "b.id", "b.case_number",
            "r.unit_id", "r.region_code", null, null, null, "CONCAT('/petitions/', b.id)");

    @Bean
    NavItem petitionsNavItem() {
        return new NavItem("nav.section.society", "nav.petitions.backlog", "/petitions", Petitions.VIEW, 58);
    }

    @Bean
    SqlIndicator petitionsBacklogResolvedIndicator(IndicatorSql sql) {
        return sql.count("petitions.backlog.resolved", RESOLUTIONS, "s.resolved_on", null);
    }

    @Bean
    SqlIndicator petitionsBacklogResolvedOver3Indicator(IndicatorSql sql) {
        return sql.count("petitions.backlog.resolved.over3", RESOLUTIONS, "s.resolved_on", "s.age_band = 'BONE'");
    }

    @Bean
    SqlIndicator petitionsBacklogResolvedOver5Indicator(IndicatorSql sql) {
        return sql.count("petitions.backlog.resolved.over5", RESOLUTIONS, "s.resolved_on", "s.age_band = 'NAIL'");
    }

    @Bean
    SqlIndicator petitionsBacklogResolvedOver10Indicator(IndicatorSql sql) {
        return sql.count("petitions.backlog.resolved.over10", RESOLUTIONS, "s.resolved_on",
                "s.age_band = 'UNSOLVABLE'");
    }

    @Bean
    SqlIndicator petitionsBacklogOpenIndicator(IndicatorSql sql) {
        return sql.count("petitions.backlog.open", BACKLOG, "b.taken_on", "b.status IN ('OPEN', 'REOPENED')");
    }

    @Bean
    SqlIndicator petitionsBacklogRelapsedIndicator(IndicatorSql sql) {
        return sql.count("petitions.backlog.relapsed", RELAPSES, "r.petitioned_on", null);
    }
}
