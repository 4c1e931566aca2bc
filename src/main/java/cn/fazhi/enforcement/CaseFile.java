package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * A closed case file as the case-file pre-check (案卷评查) reads it, whatever its case type: the documents the file
 * must hold and holds, the acts with their officers and audio-video, the timed steps, the benchmark and the legality
 * review. Each case type builds it from its own records ({@link CaseFileSource}).
 *
 * @param documents       the mandatory documents of this file and whether each is present
 * @param acts            the acts recorded (investigation, inspection, seizure, enforcement …)
 * @param steps           the steps with a legal period: when due, when done, the rule that sets the period
 * @param benchmarkRequired whether the decision had to state a discretion benchmark (a penalty with a fine range)
 * @param benchmarkStated whether it did
 * @param reviewRequired  whether a 法制审核 was required (重大)
 * @param reviewPassedOn  when the review passed (null if never)
 * @param decidedOn       when the decision was made (null if none)
 */
public record CaseFile(String caseType, long caseId, String caseNumber, long unitId, String regionCode,
        LocalDate closedOn, List<Document> documents, List<Act> acts, List<TimedStep> steps, boolean benchmarkRequired,
        boolean benchmarkStated, boolean reviewRequired, LocalDate reviewPassedOn, LocalDate decidedOn) {

    /** A document the file must hold (its message key under {@code enforcement.document.}), present or not. */
    public record Document(String kind, boolean present) {}

    /**
     * An act: its name (message key under {@code enforcement.act.}), day, officers, whether audio-video recording is
     * mandatory for it (118号 三(八)) and whether it is on the record.
     */
    public record Act(String name, LocalDate on, List<Long> officerIds, boolean audioVideoRequired,
            boolean audioVideoPresent) {}

    /** A step with a legal period: due day, day done (null when not done), the rule's citation key. */
    public record TimedStep(String name, LocalDate dueOn, LocalDate doneOn, String rule) {}
}
