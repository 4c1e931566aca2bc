package cn.fazhi.enforcement.filereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.fazhi.enforcement.EnforcementPermissions;
import cn.fazhi.enforcement.RectificationStatus;
import cn.fazhi.enforcement.RectificationStatus.Step;

/** Every status × step of a rectification task: allowed or not, and the permission each step needs. */
class RectificationTransitionsTest {

    static final Map<Step, Set<RectificationStatus>> ALLOWED = Map.of(
            Step.REPORT, Set.of(RectificationStatus.OPEN, RectificationStatus.OVERDUE),
            Step.ACCEPT, Set.of(RectificationStatus.REPORTED),
            Step.RETURN, Set.of(RectificationStatus.REPORTED),
            Step.MARK_OVERDUE, Set.of(RectificationStatus.OPEN));

    @Test
    void everyStatusTimesStep() {
        for (Step step : Step.values()) {
            for (RectificationStatus status : RectificationStatus.values()) {
                assertThat(step.allowedFrom(status)).as(step + " from " + status)
                        .isEqualTo(ALLOWED.get(step).contains(status));
            }
        }
    }

    @Test
    void permissions() {
        assertThat(Step.REPORT.permission()).isEqualTo(EnforcementPermissions.HANDLE);
        assertThat(Step.ACCEPT.permission()).isEqualTo(EnforcementPermissions.SUPERVISE);
        assertThat(Step.RETURN.permission()).isEqualTo(EnforcementPermissions.SUPERVISE);
        assertThat(Step.MARK_OVERDUE.permission()).isNull();
        assertThat(RectificationStatus.REPORTED.available(Set.of(EnforcementPermissions.HANDLE))).isEmpty();
        assertThat(RectificationStatus.REPORTED.available(Set.of(EnforcementPermissions.SUPERVISE)))
                .containsExactly(Step.ACCEPT, Step.RETURN);
        assertThat(RectificationStatus.ACCEPTED.available(Set.of(EnforcementPermissions.SUPERVISE,
                EnforcementPermissions.HANDLE))).isEmpty();
    }
}
