package cn.fazhi.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.fazhi.platform.web.UserFacingException;

/** The aggregate's guarded steps: a leader before the resolution, dates in order, a relapse reopens and counts. */
class BacklogCaseTest {

    @Test
    void aCaseIsResolvedWithItsBandAndReopenedByARelapse() {
        BacklogCase c = BacklogCase.in(BacklogStatus.OPEN, LocalDate.of(2015, 5, 1));
        assertThatThrownBy(() -> c.resolve(LocalDate.of(2025, 5, 1))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("petitions.error.leaderFirst");
        assertThatThrownBy(() -> c.assign(" ", "x")).isInstanceOf(UserFacingException.class);
        c.assign("区委常委", "王某");
        assertThatThrownBy(() -> c.meet(LocalDate.of(2015, 5, 2))).isInstanceOf(UserFacingException.class);
        c.meet(LocalDate.of(2024, 1, 1));
        assertThat(c.resolve(LocalDate.of(2025, 5, 1))).isEqualTo(AgeBand.UNSOLVABLE);
        assertThat(c.status()).isEqualTo(BacklogStatus.RESOLVED);
        assertThatThrownBy(() -> c.meet(LocalDate.of(2025, 6, 1))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> c.relapse(LocalDate.of(2025, 4, 30))).isInstanceOf(UserFacingException.class);
        c.relapse(LocalDate.of(2025, 7, 1));
        assertThat(c.status()).isEqualTo(BacklogStatus.REOPENED);
        assertThat(c.relapseCount).isEqualTo(1);
        assertThat(c.resolve(LocalDate.of(2025, 8, 1))).isEqualTo(AgeBand.UNSOLVABLE);
    }
}
