package cn.fazhi.supervision;

import java.time.LocalDate;

/**
 * One region's annual-report duty of a year (督察工作规定 Arts. 23–25): the report (id 0 when none was drafted), when it
 * was approved (submitted) and published against the reports module's deadlines, the state of each duty, and the
 * rectification problem raised for it (Art. 26, 通报批评), if any.
 */
public record ReportDutyView(int year, String regionCode, String regionName, long unitId, String unitName, long reportId,
        String reportStatus, LocalDate submissionDeadline, LocalDate approvedOn, State submission,
        LocalDate publicationDeadline, LocalDate publishedOn, State publication, Long problemId, String problemNumber,
        String problemStatus) {

    /** ON_TIME, LATE (done after the deadline), MISSING (deadline passed, not done), PENDING (deadline not yet reached). */
    public enum State {
        ON_TIME, LATE, MISSING, PENDING;

        static State of(LocalDate done, LocalDate deadline, LocalDate today) {
            if (done != null) {
                return done.isAfter(deadline) ? LATE : ON_TIME;
            }
            return today.isAfter(deadline) ? MISSING : PENDING;
        }

        public boolean failed() {
            return this == LATE || this == MISSING;
        }
    }

    /** Whether the office may raise the Art. 26 problem now: a duty failed and none was raised. */
    public boolean raisable() {
        return problemId == null && (submission.failed() || publication.failed());
    }
}
