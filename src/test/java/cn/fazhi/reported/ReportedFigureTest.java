package cn.fazhi.reported;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.platform.web.UserFacingException;

/** A submission's guarded steps (four eyes, a reason to return, superseding) and the values each measure accepts. */
class ReportedFigureTest {

    @Test
    void theSubmitterNeverDecidesAndAReturnNeedsItsReason() {
        ReportedFigure f = ReportedFigure.in(ReportedStatus.SUBMITTED, "gongan");
        assertThatThrownBy(() -> f.approve("gongan", "x", "y", LocalDate.of(2026, 1, 6)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("reported.error.fourEyes");
        assertThatThrownBy(() -> f.giveBack("fzb", "x", "y", LocalDate.of(2026, 1, 6), " "))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("reported.error.reasonRequired");
        assertThatThrownBy(() -> f.approve("fzb", "x", "y", LocalDate.of(2026, 1, 4)))
                .isInstanceOf(UserFacingException.class);
        f.approve("fzb", "依法治区办 张明", "区委依法治区办", LocalDate.of(2026, 1, 6));
        assertThat(f.status()).isEqualTo(ReportedStatus.APPROVED);
        assertThatThrownBy(() -> f.giveBack("fzb", "x", "y", LocalDate.of(2026, 1, 7), "r"))
                .isInstanceOf(UserFacingException.class);
        f.supersede(99);
        assertThat(f.status()).isEqualTo(ReportedStatus.SUPERSEDED);
        assertThat(f.supersededBy).isEqualTo(99L);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "COUNT, 39, true", "COUNT, 0, true", "COUNT, -1, false", "COUNT, 3.5, false", "COUNT, 117000.00, true",
        "PERCENT, 14.8, true", "PERCENT, -13.2, true", "PERCENT, -100.1, false", "PERCENT, 1000.5, false",
        "PERCENT, 1.234, false", "YUAN, 12.34, true", "YUAN, -1, false", "YUAN, 1.005, false"})
    void eachMeasureAcceptsItsValues(IndicatorUnit unit, BigDecimal value, boolean ok) {
        if (ok) {
            assertThat(ReportedFigures.checkedValue(unit, value)).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> ReportedFigures.checkedValue(unit, value)).isInstanceOf(UserFacingException.class);
        }
    }
}
