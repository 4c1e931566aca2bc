package cn.fazhi.legality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The generated 2023 demo year yields the seed report's figures of the legality and normative modules, read through
 * the indicator registry (the way the annual report reads them), each equal to the total of its records: the 2023
 * cleanup of 399 documents (60 continue, 13 amend, 326 void or abolished), 28 legality reviews, 68 adviser opinions,
 * the village certificate list with 5 items kept and 247 replaced by 告知承诺.
 */
@IntegrationTest
class DemoYear2023FiguresTest {

    static final Map<String, Long> SEED = Map.of(
            "normative.cleanup.reviewed", 399L,
            "normative.cleanup.continue", 60L,
            "normative.cleanup.amend", 13L,
            "legality.reviews.done", 28L,
            "legality.adviser.opinions", 68L,
            "legality.certificates.kept", 5L,
            "legality.certificates.notification_commitment", 247L);

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the2023DemoYearReproducesTheSeedsFigures() {
        IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));
        SEED.forEach((id, expected) -> {
            Indicator indicator = indicators.find(id).orElseThrow(() -> new AssertionError("no indicator " + id));
            assertThat(indicator.value(year)).as(id).isEqualByComparingTo(BigDecimal.valueOf(expected));
            assertThat(indicator.records(year, 0, 10).total()).as(id + " records").isEqualTo(expected);
        });
        BigDecimal ended = indicators.find("normative.cleanup.void").orElseThrow().value(year)
                .add(indicators.find("normative.cleanup.abolish").orElseThrow().value(year));
        assertThat(ended).as("void + abolish").isEqualByComparingTo("326");
        assertThat(indicators.find("normative.cleanup.void").orElseThrow().value(year)).isPositive();
        assertThat(indicators.find("normative.cleanup.abolish").orElseThrow().value(year)).isPositive();
    }

    @Test
    void theFiguresAreCountedByTheBusinessDateAndFromRecordsMadeByTheAggregates() {
        // The 2023 reviews were written this run (created_at now), yet they count in 2023: by the opinion's date.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM legality_review WHERE created_by = 'demo-2023' AND status = :s "
                + "AND EXTRACT(YEAR FROM concluded_on) = 2023").param("s", ReviewStatus.CONCLUDED.name())
                .query(Long.class).single()).isEqualTo(28);
        IndicatorQuery thisYear = IndicatorQuery.year(java.time.LocalDate.now().getYear(), "421202",
                new DataScope(ScopeLevel.DISTRICT, 2, "421202"));
        assertThat(indicators.find("normative.cleanup.reviewed").orElseThrow().records(thisYear, 0, 500).items())
                .noneMatch(r -> r.reference().startsWith("咸安政发") || r.reference().startsWith("咸安政办发"));
        // The 2023 campaign ended its documents through the kernel: each has its timeline entry.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event t JOIN normative_document d ON d.id = t.case_id "
                + "WHERE t.case_type = 'normative' AND t.action IN ('voided', 'abolished') AND d.doc_number LIKE :n")
                .param("n", "咸安政%发%").query(Long.class).single()).isEqualTo(326);
    }
}
