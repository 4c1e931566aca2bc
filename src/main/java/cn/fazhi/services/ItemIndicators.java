package cn.fazhi.services;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.SqlIndicator;

/**
 * Service item figures, each counted by its business date: guides published (by the guide's publication date), items
 * delegated to a township or village (by the day of delegation — the first version marked delegated), items agreed
 * for cross-region handling (each item once, by the first day it was agreed with a partner), and the share of the items
 * in force at the period's end that can be handled online (a stock, see {@link ItemStockIndicator}).
 */
@Configuration(proxyBeanMethods = false)
class ItemIndicators {

    static final SqlIndicator.Source ITEMS = new SqlIndicator.Source("service_item i", "i.id", "i.code", "i.unit_id",
            "i.region_code", null, null, null, "CONCAT('/services/items/', i.id)");
    static final SqlIndicator.Source VERSIONS = new SqlIndicator.Source(
            "service_item_version v JOIN service_item i ON i.id = v.item_id", "i.id", "i.code", "i.unit_id",
            "i.region_code", "v.level", "services.level.", null, "CONCAT('/services/items/', i.id)");
    static final SqlIndicator.Source PARTNER_ITEMS = new SqlIndicator.Source(
            "(SELECT item_id, MIN(agreed_on) AS first_agreed FROM partner_item GROUP BY item_id) x "
                    + "JOIN service_item i ON i.id = x.item_id", "i.id", "i.code", "i.unit_id", "i.region_code", null,
            null, null, "CONCAT('/services/items/', i.id)");

    /** 办事指南发布数: guides published in the period. */
    @Bean
    SqlIndicator servicesGuidesIndicator(IndicatorSql sql) {
        return sql.count("services.guides", ITEMS, "i.published_on", null);
    }

    /** 下放事项数: items delegated to townships and villages in the period (the first delegated version). */
    @Bean
    SqlIndicator servicesDelegatedItemsIndicator(IndicatorSql sql) {
        return sql.count("services.delegated_items", VERSIONS, "v.delegated_on", "v.delegated AND NOT EXISTS ("
                + "SELECT 1 FROM service_item_version p WHERE p.item_id = v.item_id AND p.version_no < v.version_no "
                + "AND p.delegated)");
    }

    /** 跨域通办事项数: items first agreed with a partner region in the period. */
    @Bean
    SqlIndicator servicesCrossRegionItemsIndicator(IndicatorSql sql) {
        return sql.count("services.cross_region.items", PARTNER_ITEMS, "x.first_agreed", null);
    }

    /** 在办事项数: items in force at the period's end. */
    @Bean
    Indicator servicesItemsInForceIndicator(JdbcClient jdbc) {
        return new ItemStockIndicator("services.items_in_force", null, jdbc);
    }

    /** 可网办事项数: of those, the items whose version in force can be handled online. */
    @Bean
    Indicator servicesOnlineItemsIndicator(JdbcClient jdbc) {
        return new ItemStockIndicator("services.online_items", "v.online", jdbc);
    }

    /** 即办事项数: of those, the items whose version in force is 即办 (承诺时限 0). */
    @Bean
    Indicator servicesInstantItemsIndicator(JdbcClient jdbc) {
        return new ItemStockIndicator("services.instant_items", "v.promised_days = 0", jdbc);
    }

    /** 网上可办率 = online items / items in force, at the period's end. */
    @Bean
    Indicator servicesOnlineItemsShareIndicator(IndicatorSql sql, Indicator servicesOnlineItemsIndicator,
            Indicator servicesItemsInForceIndicator) {
        return sql.rate("services.online_items_share", servicesOnlineItemsIndicator, servicesItemsInForceIndicator);
    }
}
