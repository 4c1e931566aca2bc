package cn.fazhi.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The desk's demo year: 1,500 enterprises with valid USCCs across the 13 townships, SME payments of 2023 and the Art.
 * 18 publications. No seed figure exists, so the test recomputes the figures from the records by the rules and
 * compares them with the indicators registry and the published figures.
 */
@IntegrationTest
class EnterpriseDemoYear2023Test {

    @Autowired JdbcClient jdbc;
    @Autowired Indicators indicators;
    @Autowired PaymentPublications publications;

    @Test
    void theRegisterHasFifteenHundredValidEnterprisesInTheThirteenTownships() {
        List<String> usccs = jdbc.sql("SELECT uscc FROM enterprise WHERE created_by = 'demo'").query(String.class).list();
        assertThat(usccs).hasSize(EnterpriseDemoYear2023.ENTERPRISES).allMatch(Uscc::isValid);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT SUBSTRING(region_code, 1, 9)) FROM enterprise WHERE created_by = 'demo'")
                .query(Long.class).single()).isEqualTo(13);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT size) FROM enterprise WHERE created_by = 'demo'").query(Long.class)
                .single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise_certification c JOIN enterprise e ON e.id = c.enterprise_id "
                + "WHERE e.created_by = 'demo'").query(Long.class).single()).isGreaterThan(50);
        DataScope district = new DataScope(ScopeLevel.DISTRICT, 1, "421202");
        assertThat(indicators.find("enterprises.registered").orElseThrow().value(IndicatorQuery.year(2023, "421202", district)))
                .isEqualByComparingTo(BigDecimal.valueOf(jdbc.sql("SELECT COUNT(*) FROM enterprise WHERE registered_on "
                        + "BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'").query(Long.class).single()));
    }

    record Row(long unit, BigDecimal amount, LocalDate due, LocalDate paidOn, BigDecimal paid) {
        boolean full() {
            return paidOn != null && paid != null && paid.compareTo(amount) >= 0;
        }
    }

    @Test
    void thePaymentFiguresAndPublicationsFollowFromTheRecords() {
        List<Row> rows = jdbc.sql("SELECT unit_id, amount, due_on, paid_on, paid_amount FROM sme_payment "
                        + "WHERE created_by = 'demo'")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getBigDecimal(5)))
                .list();
        assertThat(rows).hasSize(EnterpriseDemoYear2023.PAYMENTS).allMatch(r -> r.due().getYear() == 2023);
        long late = rows.stream().filter(r -> SmePaymentRules.daysOverdue(r.due(), r.paidOn(), r.full(),
                LocalDate.now()) > 0).count();
        assertThat(late).isBetween(50L, 250L);
        DataScope district = new DataScope(ScopeLevel.DISTRICT, 1, "421202");
        IndicatorQuery y2023 = IndicatorQuery.year(2023, "421202", district);
        long all = jdbc.sql("SELECT COUNT(*) FROM sme_payment WHERE due_on BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'")
                .query(Long.class).single();
        assertThat(all).isEqualTo(rows.size());
        assertThat(indicators.find("enterprises.payments").orElseThrow().value(y2023)).isEqualByComparingTo(
                BigDecimal.valueOf(all));
        assertThat(indicators.find("enterprises.payments.overdue").orElseThrow().value(y2023))
                .isEqualByComparingTo(BigDecimal.valueOf(late));

        Map<Long, long[]> overdueAtYearEnd = new HashMap<>();
        for (Row r : rows) {
            if (SmePaymentRules.overdueUnpaidAtYearEnd(r.due(), r.paidOn(), r.full(), 2023)) {
                overdueAtYearEnd.computeIfAbsent(r.unit(), u -> new long[1])[0]++;
            }
        }
        var published = publications.published(2023);
        assertThat(published).hasSize(EnterpriseDemoYear2023.BODIES.length - 2);
        for (var f : published) {
            assertThat(f.overdueCount()).as(f.unitName())
                    .isEqualTo(overdueAtYearEnd.getOrDefault(f.unitId(), new long[1])[0]);
        }
        assertThat(published).filteredOn(PaymentPublications.Figures::late).hasSize(1);
        assertThat(publications.missing(2023, district)).hasSize(2).allMatch(PaymentPublications.Figures::late);
    }
}
