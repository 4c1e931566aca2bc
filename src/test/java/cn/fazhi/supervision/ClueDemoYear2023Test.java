package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The generated 2023 year reproduces the seed through the indicator registry: 12 监督建议书, 2 监督通知书 and 2 clues
 * transferred to the discipline organs, each the total of its records and of its months; a plausible set of clues
 * behind them, all instruments answered on time.
 */
@IntegrationTest
class ClueDemoYear2023Test {

    static final Map<String, Long> SEED = Map.of("supervision.letters.suggestion", 12L, "supervision.letters.notice", 2L,
            "supervision.clues.transferred", 2L);

    @Autowired Indicators indicators;

    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", new DataScope(ScopeLevel.DISTRICT, 2, "421202"));

    @Test
    void the2023YearReproducesTheSeedsFigures() {
        SEED.forEach((id, expected) -> {
            Indicator indicator = indicators.find(id).orElseThrow(() -> new AssertionError("no indicator " + id));
            assertThat(indicator.value(year)).as(id).isEqualByComparingTo(BigDecimal.valueOf(expected));
            assertThat(indicator.records(year, 0, 10).total()).as(id + " records").isEqualTo(expected);
            assertThat(indicator.byMonth(year).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as(id + " months")
                    .isEqualByComparingTo(BigDecimal.valueOf(expected));
        });
        assertThat(indicators.find("supervision.clues.received").orElseThrow().value(year))
                .isGreaterThanOrEqualTo(BigDecimal.valueOf(19));
        assertThat(indicators.find("supervision.letters.opinion").orElseThrow().value(year)).isEqualByComparingTo("0");
        assertThat(indicators.find("supervision.letters.reply_on_time_rate").orElseThrow().value(year))
                .isEqualByComparingTo("100");
    }
}
