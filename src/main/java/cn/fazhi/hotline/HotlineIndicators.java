package cn.fazhi.hotline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * 12345 figures (LEGAL-RULES-2 (b)), each counted by its business date, never by when a row was written: tickets (by
 * the day received, by channel); sign-for on time (dispatches signed on or before their sign-for limit / dispatches
 * signed, by the day signed); done on time (replies on or before the handling limit / replies, by the day replied —
 * a direct answer of the centre is on time); return rate (dispatches returned / dispatches, by the dispatch day);
 * visit rate (tickets visited / tickets closed, by the day closed); satisfaction (visits with a satisfied code of the
 * scale / visits, by the day visited). A rate's value is read in one pass ({@link HotlineRate}).
 */
@Configuration(proxyBeanMethods = false)
class HotlineIndicators {

    static final String TICKET_FROM = "hotline_ticket t";
    static final String DISPATCH_FROM = "hotline_dispatch d";

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
    Indicator hotlineSignOnTimeRateIndicator(IndicatorSql sql, JdbcClient jdbc,
            SqlIndicator hotlineSignedOnTimeIndicator,
            SqlIndicator hotlineSignedIndicator) {
        return new HotlineRate(sql.rate("hotline.sign_on_time_rate", hotlineSignedOnTimeIndicator, hotlineSignedIndicator),
                jdbc, DISPATCH_FROM, "d.unit_id", "d.region_code", "d.signed_on", "d.signed_on_time = TRUE");
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
    Indicator hotlineDoneOnTimeRateIndicator(IndicatorSql sql, JdbcClient jdbc,
            SqlIndicator hotlineDoneOnTimeIndicator,
            SqlIndicator hotlineDoneIndicator) {
        return new HotlineRate(sql.rate("hotline.done_on_time_rate", hotlineDoneOnTimeIndicator, hotlineDoneIndicator),
                jdbc, TICKET_FROM, "t.unit_id", "t.region_code", "t.replied_on", "t.replied_on_time = TRUE");
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
    Indicator hotlineReturnRateIndicator(IndicatorSql sql, JdbcClient jdbc,
            SqlIndicator hotlineReturnsIndicator,
            SqlIndicator hotlineDispatchesIndicator) {
        return new HotlineRate(sql.rate("hotline.return_rate", hotlineReturnsIndicator, hotlineDispatchesIndicator),
                jdbc, DISPATCH_FROM, "d.unit_id", "d.region_code", "d.dispatched_on", "d.returned_on IS NOT NULL");
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
    Indicator hotlineVisitRateIndicator(IndicatorSql sql, JdbcClient jdbc,
            SqlIndicator hotlineVisitedOfClosedIndicator,
            SqlIndicator hotlineClosedIndicator) {
        return new HotlineRate(sql.rate("hotline.visit_rate", hotlineVisitedOfClosedIndicator, hotlineClosedIndicator),
                jdbc, TICKET_FROM, "t.unit_id", "t.region_code", "t.closed_on", "t.visited_on IS NOT NULL");
    }

    @Bean
    SqlIndicator hotlineSatisfiedIndicator(IndicatorSql sql, HotlineProperties settings) {
        return sql.count("hotline.satisfied", TICKETS, "t.visited_on", satisfied(settings));
    }

    private static String satisfied(HotlineProperties settings) {
        return "t.satisfaction IN (" + String.join(", ", settings.satisfied().stream()
                .map(s -> "'" + s.replace("'", "") + "'").toList()) + ")";
    }

    /** 满意率 = satisfied / visited, by the day visited. */
    @Bean
    Indicator hotlineSatisfactionRateIndicator(IndicatorSql sql, JdbcClient jdbc, HotlineProperties settings,
            SqlIndicator hotlineSatisfiedIndicator,
            SqlIndicator hotlineVisitedIndicator) {
        return new HotlineRate(sql.rate("hotline.satisfaction_rate", hotlineSatisfiedIndicator, hotlineVisitedIndicator),
                jdbc, TICKET_FROM, "t.unit_id", "t.region_code", "t.visited_on", satisfied(settings));
    }
}
