package cn.fazhi.services;

import java.time.LocalDate;
import java.util.List;

/** What callers send to {@link Applications}: receive an application, take a step, rate, filter the list. */
public final class ApplicationCommands {

    private ApplicationCommands() {}

    /**
     * An application to receive. {@code applicantKind} PERSON (resident ID number) or ENTERPRISE (USCC); {@code agent*}
     * for channel AGENT (代办); {@code materials} the checklist items received; {@code renewal} with the expiry of the
     * licence renewed (许可法 Art. 50). {@code receivedOn} defaults to today (never in the future).
     */
    public record Receive(Long itemId, String channel, String applicantKind, String applicantName, String applicantId,
            String phone, String agentName, String agentId, List<String> materials, LocalDate receivedOn, Boolean renewal,
            LocalDate licenceExpiresOn) {}

    /**
     * A step: {@code version} as read; {@code on} the business date (default today); {@code text} the correction list,
     * the reason or the overdue explanation; {@code ground} for reject (NOT_LICENCE, OUTSIDE_REMIT with where to apply in
     * text, OTHER); {@code remedy} the remedy notice of a refusal; {@code kind} of an Art. 45 suspension (HEARING, TEST,
     * INSPECTION, APPRAISAL, EXPERT_REVIEW, TENDER, AUCTION, QUARANTINE).
     */
    public record Step(Integer version, LocalDate on, String text, String ground, String remedy, String kind) {}

    /** A rating: score 1 (非常不满意) … 5 (非常满意), the channel it was given on, whether under the applicant's name. */
    public record Rate(Integer score, String channel, Boolean realName, String comment) {}

    /** A return visit after a bad rating. */
    public record Visit(LocalDate on, String note) {}

    /** The list's filters (all optional). */
    public record Query(String q, ApplicationStatus status, String channel, Long unitId, Integer year, Boolean overdue) {

        public static Query none() {
            return new Query(null, null, null, null, null, null);
        }
    }
}
