package cn.fazhi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.fazhi.cases.CaseAggregate;
import cn.fazhi.cases.Transitions;
import cn.fazhi.platform.web.UserFacingException;

/**
 * A random-inspection task (双随机、一公开, case type {@code random_inspection}): planned, its candidate lists frozen
 * and the seed committed ({@link Draws#commit}), drawn, results recorded for every drawn entity, published within the
 * publication period ({@link RandomTaskProperties#publishWorkingDays}). A committed draw may be abandoned with a reason
 * (it stays public) and the task committed again. Fields are package-private: {@link RandomTaskRepository} maps them.
 */
public final class RandomTask implements CaseAggregate<RandomTaskStatus> {

    public static final Transitions<RandomTaskStatus> TABLE = Transitions.of(RandomTaskStatus.class)
            .todo("commit", "committed", RandomTaskStatus.COMMITTED, SupervisionPermissions.RANDOM, RandomTaskStatus.PLANNED)
            .step("abandon", "abandoned", RandomTaskStatus.PLANNED, SupervisionPermissions.RANDOM,
                    RandomTaskStatus.COMMITTED)
            .todo("draw", "drawn", RandomTaskStatus.DRAWN, SupervisionPermissions.RANDOM, RandomTaskStatus.COMMITTED)
            .step("recordResult", "resultRecorded", null, SupervisionPermissions.RANDOM, RandomTaskStatus.DRAWN)
            .todo("complete", "completed", RandomTaskStatus.RESULTS_RECORDED, SupervisionPermissions.RANDOM,
                    RandomTaskStatus.DRAWN)
            .step("reinspect", "reinspected", null, SupervisionPermissions.RANDOM, RandomTaskStatus.DRAWN,
                    RandomTaskStatus.RESULTS_RECORDED, RandomTaskStatus.PUBLISHED)
            .todo("publish", "published", RandomTaskStatus.PUBLISHED, SupervisionPermissions.RANDOM,
                    RandomTaskStatus.RESULTS_RECORDED)
            .step("cancel", "cancelled", RandomTaskStatus.CANCELLED, SupervisionPermissions.RANDOM,
                    RandomTaskStatus.PLANNED, RandomTaskStatus.COMMITTED)
            .step("absorb", "absorbed", null, SupervisionPermissions.RANDOM, RandomTaskStatus.PLANNED)
            .step("merge", "merged", RandomTaskStatus.MERGED, SupervisionPermissions.RANDOM, RandomTaskStatus.PLANNED)
            .build();

    long id;
    String caseNumber;
    RandomTaskStatus status;
    String title;
    boolean joint;
    long leadUnitId;
    String regionCode;
    LocalDate periodFrom;
    LocalDate periodTo;
    BigDecimal ratioPercent;
    LocalDate committedOn;
    LocalDate drawnOn;
    LocalDate resultsRecordedOn;
    LocalDate publishDueOn;
    LocalDate publishedOn;
    String closedReason;
    Long mergedInto;
    OffsetDateTime createdAt;
    String createdBy;
    int version;

    RandomTask() {}

    static RandomTask in(RandomTaskStatus status) {
        RandomTask t = new RandomTask();
        t.status = status;
        t.caseNumber = "test";
        t.periodFrom = LocalDate.of(2024, 4, 1);
        t.periodTo = LocalDate.of(2024, 6, 30);
        return t;
    }

    void commit(LocalDate on) {
        TABLE.check("commit", status);
        this.committedOn = on;
        this.status = RandomTaskStatus.COMMITTED;
    }

    void abandon(String reason) {
        TABLE.check("abandon", status);
        this.committedOn = null;
        this.status = RandomTaskStatus.PLANNED;
    }

    void draw(LocalDate on) {
        TABLE.check("draw", status);
        this.drawnOn = on;
        this.status = RandomTaskStatus.DRAWN;
    }

    void complete(LocalDate on, LocalDate publishDue) {
        TABLE.check("complete", status);
        if (on == null || (drawnOn != null && on.isBefore(drawnOn))) {
            throw UserFacingException.badRequest("supervision.random.error.completedOnInvalid", drawnOn);
        }
        this.resultsRecordedOn = on;
        this.publishDueOn = publishDue;
        this.status = RandomTaskStatus.RESULTS_RECORDED;
    }

    void publish(LocalDate on) {
        TABLE.check("publish", status);
        if (on == null || on.isBefore(resultsRecordedOn)) {
            throw UserFacingException.badRequest("supervision.random.error.publishedOnInvalid", resultsRecordedOn);
        }
        this.publishedOn = on;
        this.status = RandomTaskStatus.PUBLISHED;
    }

    void cancel(String reason) {
        TABLE.check("cancel", status);
        this.closedReason = requireReason(reason);
        this.status = RandomTaskStatus.CANCELLED;
    }

    /** Takes in a merged task: becomes joint, its period the union of both. */
    void absorb(LocalDate from, LocalDate to) {
        TABLE.check("absorb", status);
        this.joint = true;
        this.periodFrom = from.isBefore(periodFrom) ? from : periodFrom;
        this.periodTo = to.isAfter(periodTo) ? to : periodTo;
    }

    void mergeInto(long taskId, String label) {
        TABLE.check("merge", status);
        this.mergedInto = taskId;
        this.closedReason = label;
        this.status = RandomTaskStatus.MERGED;
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw UserFacingException.badRequest("supervision.random.error.reasonRequired");
        }
        String r = reason.strip();
        if (r.length() > 500) {
            throw UserFacingException.badRequest("supervision.random.error.tooLong", 500);
        }
        return r;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String caseNumber() {
        return caseNumber;
    }

    @Override
    public RandomTaskStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }
}
