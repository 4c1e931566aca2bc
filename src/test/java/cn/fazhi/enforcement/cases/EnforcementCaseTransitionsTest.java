package cn.fazhi.enforcement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

import cn.fazhi.enforcement.EnforcementCase;
import cn.fazhi.enforcement.EnforcementPermissions;
import cn.fazhi.enforcement.PenaltyStatus;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Every step of a penalty case from every state: allowed exactly when this test's table says so (written out here,
 * independently of {@link EnforcementCase#TABLE}), leading where it says, with the permission it says; refused with
 * 409 otherwise. The aggregate's guards call the same table; the API tests take the steps end to end.
 */
class EnforcementCaseTransitionsTest {

    /** step, permission, target (- stays), from-states. */
    static final String ALLOWED = """
            recordAct | handle | - | INVESTIGATING NOTIFIED RETURNED
            extend | approve | - | INVESTIGATING NOTIFIED HEARING HEARD REVIEWING REVIEWED RETURNED
            notify | handle | NOTIFIED | INVESTIGATING RETURNED
            recordStatement | handle | - | NOTIFIED HEARING
            requestHearing | handle | HEARING | NOTIFIED
            noticeHearing | handle | - | HEARING
            holdHearing | handle | HEARD | HEARING
            submitReview | handle | REVIEWING | INVESTIGATING NOTIFIED HEARD RETURNED
            passReview | review | REVIEWED | REVIEWING
            returnReview | review | RETURNED | REVIEWING
            recordDiscussion | approve | - | INVESTIGATING NOTIFIED HEARING HEARD REVIEWING REVIEWED RETURNED
            approveDeviation | approve | - | INVESTIGATING NOTIFIED HEARING HEARD REVIEWING REVIEWED RETURNED
            decide | handle | DECIDED | INVESTIGATING NOTIFIED HEARD REVIEWED
            serve | handle | SERVED | DECIDED
            pay | handle | PAID | SERVED
            close | handle | CLOSED | SERVED PAID
            annul | approve | ANNULLED | DECIDED SERVED PAID CLOSED
            """;

    record Row(String step, String permission, PenaltyStatus to, Set<PenaltyStatus> from) {}

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : ALLOWED.strip().split("\n")) {
            String[] p = line.split("\\|");
            Set<PenaltyStatus> from = new java.util.HashSet<>();
            for (String s : p[3].strip().split(" ")) {
                from.add(PenaltyStatus.valueOf(s));
            }
            String to = p[2].strip();
            rows.add(new Row(p[0].strip(), "enforcement:" + p[1].strip(), "-".equals(to) ? null : PenaltyStatus.valueOf(to),
                    from));
        }
        return rows;
    }

    static Stream<Arguments> everyStepFromEveryState() {
        List<Arguments> args = new ArrayList<>();
        for (Row row : rows()) {
            for (PenaltyStatus s : PenaltyStatus.values()) {
                args.add(Arguments.of(row.step(), s, row.from().contains(s)));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} from {1} → allowed {2}")
    @MethodSource("everyStepFromEveryState")
    void eachStepIsAllowedExactlyWhenTheTableSaysSo(String step, PenaltyStatus from, boolean allowed) {
        assertThat(EnforcementCase.TABLE.available(from).contains(step)).isEqualTo(allowed);
        if (allowed) {
            assertThat(EnforcementCase.TABLE.check(step, from).name()).isEqualTo(step);
        } else {
            assertThatThrownBy(() -> EnforcementCase.TABLE.check(step, from)).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).status()).isEqualTo(HttpStatus.CONFLICT));
        }
    }

    @Test
    void targetsAndPermissionsAreTheTablesAndNoStepIsMissing() {
        assertThat(EnforcementCase.TABLE.steps()).hasSize(rows().size());
        for (Row row : rows()) {
            var step = EnforcementCase.TABLE.require(row.step());
            assertThat(step.to()).as(row.step()).isEqualTo(row.to());
            assertThat(step.permission()).as(row.step()).isEqualTo(row.permission());
        }
    }

    @Test
    void closedAndAnnulledCasesAllowNothingButAnnulment() {
        assertThat(EnforcementCase.TABLE.available(PenaltyStatus.ANNULLED)).isEmpty();
        assertThat(EnforcementCase.TABLE.available(PenaltyStatus.CLOSED)).containsExactly("annul");
    }

    @Test
    void theReviewerWaitsOnlyForCasesInReview() {
        assertThat(EnforcementCase.TABLE.waitingFor(EnforcementPermissions.REVIEW)).containsExactly(PenaltyStatus.REVIEWING);
    }
}
