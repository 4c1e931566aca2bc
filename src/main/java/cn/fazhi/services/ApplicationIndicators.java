package cn.fazhi.services;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * Figures of applications and ratings (LEGAL-RULES-2, indicators (b)), each counted by its business date, never by
 * when a row was written: applications by the day received; decisions (即办, on time) by the day decided (不予受理
 * counts as decided on its day); 就近办 by the day accepted; ratings by the day rated.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationIndicators {

    static final SqlIndicator.Source APPLICATIONS = new SqlIndicator.Source("service_application a", "a.id",
            "a.case_number", "a.unit_id", "a.region_code", "a.channel", "services.application.channel.", null,
            "CONCAT('/services/applications/', a.id)");
    static final SqlIndicator.Source RATINGS = new SqlIndicator.Source(
            "service_rating r JOIN service_application a ON a.id = r.application_id", "a.id", "a.case_number",
            "r.unit_id", "r.region_code", "r.channel", "services.rating.channel.", null,
            "CONCAT('/services/applications/', a.id)");

    private static final String DECIDED = "a.decided_on IS NOT NULL";
    private static final String FINISHED = "a.status IN ('CLOSED', 'NOT_ACCEPTED')";

    /** 办件量. */
    @Bean
    SqlIndicator servicesApplicationsIndicator(IndicatorSql sql) {
        return sql.count("services.applications", APPLICATIONS, "a.received_on", null);
    }

    @Bean
    SqlIndicator servicesDecidedIndicator(IndicatorSql sql) {
        return sql.count("services.decided", APPLICATIONS, "a.decided_on", DECIDED);
    }

    @Bean
    SqlIndicator servicesDecidedOnSpotIndicator(IndicatorSql sql) {
        return sql.count("services.decided_on_spot", APPLICATIONS, "a.decided_on", "a.on_the_spot = TRUE");
    }

    /** 即办件占比 = decided on the spot / decided, by the day decided. */
    @Bean
    Indicator servicesInstantShareIndicator(IndicatorSql sql, SqlIndicator servicesDecidedOnSpotIndicator,
            SqlIndicator servicesDecidedIndicator) {
        return sql.rate("services.instant_share", servicesDecidedOnSpotIndicator, servicesDecidedIndicator);
    }

    @Bean
    SqlIndicator servicesAcceptedIndicator(IndicatorSql sql) {
        return sql.count("services.accepted", APPLICATIONS, "a.accepted_on", "a.accepted_on IS NOT NULL");
    }

    @Bean
    SqlIndicator servicesAcceptedNearbyIndicator(IndicatorSql sql) {
        return sql.count("services.accepted_nearby", APPLICATIONS, "a.accepted_on",
                "a.accepted_on IS NOT NULL AND a.level IN ('TOWNSHIP', 'VILLAGE')");
    }

    /** 就近办占比 = accepted at a township or village / accepted, by the day accepted. */
    @Bean
    Indicator servicesNearbyShareIndicator(IndicatorSql sql, SqlIndicator servicesAcceptedNearbyIndicator,
            SqlIndicator servicesAcceptedIndicator) {
        return sql.rate("services.nearby_share", servicesAcceptedNearbyIndicator, servicesAcceptedIndicator);
    }

    @Bean
    SqlIndicator servicesLicenceDecidedIndicator(IndicatorSql sql) {
        return sql.count("services.licence_decided", APPLICATIONS, "a.decided_on",
                DECIDED + " AND a.legal_due IS NOT NULL");
    }

    @Bean
    SqlIndicator servicesLicenceOnTimeIndicator(IndicatorSql sql) {
        return sql.count("services.licence_on_time", APPLICATIONS, "a.decided_on",
                DECIDED + " AND a.legal_due IS NOT NULL AND a.decided_on <= a.legal_due");
    }

    /** 许可法定时限内办结率 (Arts. 42, 45): decided by the legal day / licences decided. */
    @Bean
    Indicator servicesOnTimeLegalRateIndicator(IndicatorSql sql, SqlIndicator servicesLicenceOnTimeIndicator,
            SqlIndicator servicesLicenceDecidedIndicator) {
        return sql.rate("services.on_time_legal_rate", servicesLicenceOnTimeIndicator, servicesLicenceDecidedIndicator);
    }

    @Bean
    SqlIndicator servicesPromisedDecidedIndicator(IndicatorSql sql) {
        return sql.count("services.promised_decided", APPLICATIONS, "a.decided_on",
                DECIDED + " AND a.promised_due IS NOT NULL");
    }

    @Bean
    SqlIndicator servicesPromisedOnTimeIndicator(IndicatorSql sql) {
        return sql.count("services.promised_on_time", APPLICATIONS, "a.decided_on",
                DECIDED + " AND a.promised_due IS NOT NULL AND a.decided_on <= a.promised_due");
    }

    /** 按承诺时限办结率 (优化营商环境条例 Art. 36(2)). */
    @Bean
    Indicator servicesOnTimePromisedRateIndicator(IndicatorSql sql, SqlIndicator servicesPromisedOnTimeIndicator,
            SqlIndicator servicesPromisedDecidedIndicator) {
        return sql.rate("services.on_time_promised_rate", servicesPromisedOnTimeIndicator,
                servicesPromisedDecidedIndicator);
    }

    /** 视为受理 (许可法 Art. 32(1)(四)), by the day of acceptance (= receipt). */
    @Bean
    SqlIndicator servicesDeemedAcceptedIndicator(IndicatorSql sql) {
        return sql.count("services.deemed_accepted", APPLICATIONS, "a.accepted_on", "a.deemed_accepted = TRUE");
    }

    /** 延续逾期视为准予 (许可法 Art. 50(2)), by the day of expiry. */
    @Bean
    SqlIndicator servicesDeemedRenewedIndicator(IndicatorSql sql) {
        return sql.count("services.deemed_renewed", APPLICATIONS, "a.decided_on", "a.deemed_renewed = TRUE");
    }

    @Bean
    SqlIndicator servicesOverdueIndicator(IndicatorSql sql) {
        return sql.count("services.overdue", APPLICATIONS, "a.decided_on",
                DECIDED + " AND a.promised_due IS NOT NULL AND a.decided_on > a.promised_due");
    }

    @Bean
    SqlIndicator servicesOverdueExplainedIndicator(IndicatorSql sql) {
        return sql.count("services.overdue_explained", APPLICATIONS, "a.decided_on", DECIDED
                + " AND a.promised_due IS NOT NULL AND a.decided_on > a.promised_due AND a.overdue_published_on IS NOT NULL");
    }

    /** 超时限说明公开率 (Art. 36(2)): overdue decisions with a published reason / overdue decisions. */
    @Bean
    Indicator servicesOverdueExplainedRateIndicator(IndicatorSql sql, SqlIndicator servicesOverdueExplainedIndicator,
            SqlIndicator servicesOverdueIndicator) {
        return sql.rate("services.overdue_explained_rate", servicesOverdueExplainedIndicator, servicesOverdueIndicator);
    }

    @Bean
    SqlIndicator servicesFinishedIndicator(IndicatorSql sql) {
        return sql.count("services.finished", APPLICATIONS, "a.decided_on", DECIDED + " AND " + FINISHED);
    }

    @Bean
    SqlIndicator servicesFinishedRatedIndicator(IndicatorSql sql) {
        return sql.count("services.finished_rated", APPLICATIONS, "a.decided_on", DECIDED + " AND " + FINISHED
                + " AND EXISTS (SELECT 1 FROM service_rating x WHERE x.application_id = a.id)");
    }

    /** 评价率 = finished applications rated / finished, by the day decided. */
    @Bean
    Indicator servicesRatingRateIndicator(IndicatorSql sql, SqlIndicator servicesFinishedRatedIndicator,
            SqlIndicator servicesFinishedIndicator) {
        return sql.rate("services.rating.rate", servicesFinishedRatedIndicator, servicesFinishedIndicator);
    }

    @Bean
    SqlIndicator servicesRatingsIndicator(IndicatorSql sql) {
        return sql.count("services.ratings", RATINGS, "r.rated_on", null);
    }

    @Bean
    SqlIndicator servicesRatingsBadIndicator(IndicatorSql sql, ApplicationProperties settings) {
        return sql.count("services.ratings_bad", RATINGS, "r.rated_on", "r.score <= " + settings.badScore());
    }

    /** 差评率 = bad ratings / ratings, by the day rated. */
    @Bean
    Indicator servicesRatingBadShareIndicator(IndicatorSql sql, SqlIndicator servicesRatingsBadIndicator,
            SqlIndicator servicesRatingsIndicator) {
        return sql.rate("services.rating.bad_share", servicesRatingsBadIndicator, servicesRatingsIndicator);
    }

    @Bean
    SqlIndicator servicesRatingsBadNamedIndicator(IndicatorSql sql, ApplicationProperties settings) {
        return sql.count("services.ratings_bad_named", RATINGS, "r.rated_on",
                "r.score <= " + settings.badScore() + " AND r.real_name = TRUE");
    }

    @Bean
    SqlIndicator servicesRatingsBadVisitedIndicator(IndicatorSql sql, ApplicationProperties settings) {
        return sql.count("services.ratings_bad_visited", RATINGS, "r.rated_on",
                "r.score <= " + settings.badScore() + " AND r.real_name = TRUE AND r.visited_on IS NOT NULL");
    }

    /** 实名差评回访率 = bad ratings with a real name visited / bad ratings with a real name, by the day rated. */
    @Bean
    Indicator servicesRatingBadVisitedRateIndicator(IndicatorSql sql, SqlIndicator servicesRatingsBadVisitedIndicator,
            SqlIndicator servicesRatingsBadNamedIndicator) {
        return sql.rate("services.rating.bad_visited_rate", servicesRatingsBadVisitedIndicator,
                servicesRatingsBadNamedIndicator);
    }
}
