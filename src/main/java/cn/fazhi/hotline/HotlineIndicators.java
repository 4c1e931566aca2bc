package cn.fazhi.hotline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * 12345 figures (LEGAL-RULES-2 (b)), each counted by its business date, never by when a row was written: tickets (by
 * the day received, by channel); sign-for on time (dispatches signed on or before their sign-for limit / dispatches
 * signed, by the day signed); done on time (replies on or before the handling limit / replies, by the day replied —
 * a direct answer of the centre is on time); return rate (dispatches returned / dispatches, by the dispatch day);
 * visit rate (tickets visited / tickets closed, by the day closed); satisfaction (visits with a satisfied code of the
 * scale / visits, by the day visited).
 */
@Configuration(proxyBeanMethods = false)
class HotlineIndicators {

    static final SqlIndicator.Source TICKETS = new SqlIndicator.Source("hotline_ticket t", "t.id", "t.case_number",
            "t.unit_id", "t.region_code", "t.channel", "hotline.channel.", null, "CONCAT('/hotline/tickets/', t.id)");

    /** Dispatches, counted without a join (the ticket's number is read only for the records listed). */
    static final SqlIndicator.Source DISPATCHES = new SqlIndicator.Source("hotline_dispatch d", "d.ticket_id",
            "(SELECT t.case_number FROM hotline_ticket t WHERE t.id = d.ticket_id)", "d.unit_id", "d.region_code", null,
            null, null, "CONCAT('/hotline/tickets/', d.ticket_id)");

    /** 工单量. */
    @Bean
    SqlIndicator hotlineTicketsIndicator(IndicatorSql sql) {
        return sql.count("hotline.tickets", TICKETS, "t.received_on", null);
    }

    @Bean
    SqlIndicator hotlineSignedIndicator(IndicatorSql sql) {
        return sql.count("hotline.signed", DISPATCHES, "d.signed_on", null);
    }

    @Bean
    SqlIndicator hotlineSignedOnTimeIndicator(IndicatorSql sql) {
        return sql.count("hotline.signed_on_time", DISPATCHES, "d.signed_on", "d.signed_on_time = TRUE");
    }

    /** 按时签收率. */
    @Bean
    Indicator hotlineSignOnTimeRateIndicator(IndicatorSql sql, SqlIndicator hotlineSignedOnTimeIndicator,
            SqlIndicator hotlineSignedIndicator) {
        return sql.rate("hotline.sign_on_time_rate", hotlineSignedOnTimeIndicator, hotlineSignedIndicator);
    }

    @Bean
    SqlIndicator hotlineDoneIndicator(IndicatorSql sql) {
        return sql.count("hotline.done", TICKETS, "t.replied_on", null);
    }

    @Bean
    SqlIndicator hotlineDoneOnTimeIndicator(IndicatorSql sql) {
        return sql.count("hotline.done_on_time", TICKETS, "t.replied_on", "t.replied_on_time = TRUE");
    }

    /** 按时办结率. */
    @Bean
    Indicator hotlineDoneOnTimeRateIndicator(IndicatorSql sql, SqlIndicator hotlineDoneOnTimeIndicator,
            SqlIndicator hotlineDoneIndicator) {
        return sql.rate("hotline.done_on_time_rate", hotlineDoneOnTimeIndicator, hotlineDoneIndicator);
    }

    @Bean
    SqlIndicator hotlineDispatchesIndicator(IndicatorSql sql) {
        return sql.count("hotline.dispatches", DISPATCHES, "d.dispatched_on", null);
    }

    @Bean
    SqlIndicator hotlineReturnsIndicator(IndicatorSql sql) {
        return sql.count("hotline.returns", DISPATCHES, "d.dispatched_on", "d.returned_on IS NOT NULL");
    }

    /** 退回率. */
    @Bean
    Indicator hotlineReturnRateIndicator(IndicatorSql sql, SqlIndicator hotlineReturnsIndicator,
            SqlIndicator hotlineDispatchesIndicator) {
        return sql.rate("hotline.return_rate", hotlineReturnsIndicator, hotlineDispatchesIndicator);
    }

    @Bean
    SqlIndicator hotlineClosedIndicator(IndicatorSql sql) {
        return sql.count("hotline.closed", TICKETS, "t.closed_on", null);
    }

    @Bean
    SqlIndicator hotlineVisitedIndicator(IndicatorSql sql) {
        return sql.count("hotline.visited", TICKETS, "t.visited_on", null);
    }

    @Bean
    SqlIndicator hotlineVisitedOfClosedIndicator(IndicatorSql sql) {
        return sql.count("hotline.visited_of_closed", TICKETS, "t.closed_on", "t.visited_on IS NOT NULL");
    }

    /** 回访率 = visited / closed, by the day closed. */
    @Bean
    Indicator hotlineVisitRateIndicator(IndicatorSql sql, SqlIndicator hotlineVisitedOfClosedIndicator,
            SqlIndicator hotlineClosedIndicator) {
        return sql.rate("hotline.visit_rate", hotlineVisitedOfClosedIndicator, hotlineClosedIndicator);
    }

    @Bean
    SqlIndicator hotlineSatisfiedIndicator(IndicatorSql sql, HotlineProperties settings) {
        return sql.count("hotline.satisfied", TICKETS, "t.visited_on",
                "t.satisfaction IN (" + String.join(", ", settings.satisfied().stream()
                        .map(s -> "'" + s.replace("'", "") + "'").toList()) + ")");
    }

    /** 满意率 = satisfied / visited, by the day visited. */
    @Bean
    Indicator hotlineSatisfactionRateIndicator(IndicatorSql sql, SqlIndicator hotlineSatisfiedIndicator,
            SqlIndicator hotlineVisitedIndicator) {
        return sql.rate("hotline.satisfaction_rate", hotlineSatisfiedIndicator, hotlineVisitedIndicator);
    }
}
