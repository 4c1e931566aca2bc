package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

import cn.fazhi.platform.web.UserFacingException;

/**
 * Every step of an inspection mission from every state: allowed exactly when this test's table says so (written out
 * here, independently of {@link OversightMission#TABLE}), landing where it says; refused with 409 and the state
 * unchanged otherwise. A written mission is used so that the self-report step is possible at all.
 */
class OversightTransitionsTest {

    static final LocalDate DAY = LocalDate.of(2024, 6, 3);

    /** step, from, to ("-": the status stays). */
    static final String ALLOWED = """
            notify, PLANNED, NOTIFIED
            selfReport, NOTIFIED, -
            start, NOTIFIED, UNDER_WAY
            recordFinding, UNDER_WAY, -
            completeFindings, UNDER_WAY, FINDINGS_RECORDED
            issueReport, FINDINGS_RECORDED, REPORTED
            close, REPORTED, CLOSED
            cancel, PLANNED, CANCELLED
            cancel, NOTIFIED, CANCELLED
            """;

    static final List<String> STEPS = List.of("notify", "selfReport", "start", "recordFinding", "completeFindings",
            "issueReport", "close", "cancel");

    static Stream<Arguments> everyStepFromEveryState() {
        List<Arguments> cases = new ArrayList<>();
        for (String step : STEPS) {
            for (OversightStatus from : OversightStatus.values()) {
                String to = null;
                for (String line : ALLOWED.strip().split("\n")) {
                    String[] p = line.split(",");
                    if (p[0].strip().equals(step) && p[1].strip().equals(from.name())) {
                        to = p[2].strip();
                    }
                }
                cases.add(Arguments.of(step, from, to));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @MethodSource("everyStepFromEveryState")
    void eachStepIsAllowedExactlyWhenTheTableSaysSo(String step, OversightStatus from, String to) {
        OversightMission m = OversightMission.in(from, OversightKind.WRITTEN);
        assertThat(OversightMission.TABLE.available(from).contains(step)).isEqualTo(to != null);
        if (to != null) {
            take(m, step);
            assertThat(m.status()).isEqualTo("-".equals(to) ? from : OversightStatus.valueOf(to));
        } else {
            assertThatThrownBy(() -> take(m, step)).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> {
                        assertThat(((UserFacingException) e).status()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(((UserFacingException) e).messageKey()).isEqualTo("cases.step.notNow");
                    });
            assertThat(m.status()).isEqualTo(from);
        }
    }

    @Test
    void theTableHasExactlyTheseSteps() {
        assertThat(OversightMission.TABLE.steps().stream().map(s -> s.name()).toList()).containsExactlyElementsOf(STEPS);
    }

    @Test
    void theToDoStatesComeFromTheTable() {
        assertThat(OversightMission.TABLE.waitingFor(SupervisionPermissions.MANAGE)).isEqualTo(Set.of(
                OversightStatus.PLANNED, OversightStatus.NOTIFIED, OversightStatus.UNDER_WAY,
                OversightStatus.FINDINGS_RECORDED, OversightStatus.REPORTED));
        assertThat(OversightMission.TABLE.waitingFor(SupervisionPermissions.RESPOND)).isEqualTo(Set.of(OversightStatus.NOTIFIED));
        assertThat(OversightMission.TABLE.waitingFor(SupervisionPermissions.INSPECT)).isEmpty();
    }

    @Test
    void onlyAWrittenMissionHasSelfReportsAndASelfReportDeadline() {
        OversightMission onSite = OversightMission.in(OversightStatus.NOTIFIED, OversightKind.ON_SITE);
        assertThatThrownBy(onSite::selfReport).hasMessage("supervision.oversight.error.notWritten");
        OversightMission planned = OversightMission.in(OversightStatus.PLANNED, OversightKind.SPECIAL);
        planned.notifyTargets(DAY, DAY.plusDays(20));
        assertThat(planned.selfReportDueOn).isNull();
        OversightMission written = OversightMission.in(OversightStatus.PLANNED, OversightKind.WRITTEN);
        written.notifyTargets(DAY, DAY.plusDays(20));
        assertThat(written.selfReportDueOn).isEqualTo(DAY.plusDays(20));
    }

    @Test
    void theReportNeedsAllSixPartsOfArticle17() {
        OversightMission m = OversightMission.in(OversightStatus.FINDINGS_RECORDED, OversightKind.SPECIAL);
        assertThatThrownBy(() -> m.issueReport(DAY, "进展", "结果", "责任", "问题", " ", "建议"))
                .hasMessage("supervision.oversight.error.reportIncomplete");
        assertThat(m.status()).isEqualTo(OversightStatus.FINDINGS_RECORDED);
    }

    static void take(OversightMission m, String step) {
        switch (step) {
            case "notify" -> m.notifyTargets(DAY, DAY.plusDays(20));
            case "selfReport" -> m.selfReport();
            case "start" -> m.start(DAY);
            case "recordFinding" -> m.recordFinding();
            case "completeFindings" -> m.completeFindings(DAY);
            case "issueReport" -> m.issueReport(DAY, "进展", "结果", "责任", "问题", "原因", "建议");
            case "close" -> m.close(DAY);
            case "cancel" -> m.cancel();
            default -> throw new IllegalArgumentException(step);
        }
    }
}
