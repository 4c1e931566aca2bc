package cn.fazhi.reconsideration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import cn.fazhi.reconsideration.domain.ActCategory;
import cn.fazhi.reconsideration.domain.Channel;
import cn.fazhi.reconsideration.domain.DecisionType;
import cn.fazhi.reconsideration.domain.PartyKind;
import cn.fazhi.reconsideration.domain.Procedure;
import cn.fazhi.reconsideration.domain.TerminationGround;

/** The commands of a reconsideration case, as pages and the API send them. Checked by the facade (400 in Chinese). */
public final class ReconsiderationForms {

    private ReconsiderationForms() {}

    /**
     * Register an application. {@code signedForOn} is needed for applications by post (the receipt date); the
     * applicant is a person (ID number checked per GB 11643) or an organisation (USCC checked per GB 32100).
     * {@code rightsNotified} false (the agency did not tell of the right, organ and period, 行政复议法 Art. 20(3))
     * needs {@code rightsLearnedOn}; null counts as told. {@code immovableProperty} selects the 20-year cut-off of
     * Art. 21 (null: no). {@code thirdParties} are third parties known by name only; {@code thirdPartyDetails} those
     * identified as a person or an organisation.
     */
    public record RegisterApplication(Channel channel, @DateTimeFormat(iso = ISO.DATE) LocalDate submittedOn,
            @DateTimeFormat(iso = ISO.DATE) LocalDate signedForOn, @DateTimeFormat(iso = ISO.DATE) LocalDate learnedOn,
            PartyKind applicantKind, String applicantName, String applicantIdNumber, String applicantUscc,
            String applicantPhone, String applicantTownship, String applicantAddress, Long respondentUnitId,
            String actDescription, @DateTimeFormat(iso = ISO.DATE) LocalDate actDate, String actDocumentNo,
            ActCategory actCategory, BigDecimal actAmount, String requests, List<String> thirdParties,
            Boolean rightsNotified, @DateTimeFormat(iso = ISO.DATE) LocalDate rightsLearnedOn,
            Boolean immovableProperty, List<ThirdParty> thirdPartyDetails) {

        public RegisterApplication(Channel channel, LocalDate submittedOn, LocalDate signedForOn, LocalDate learnedOn,
                PartyKind applicantKind, String applicantName, String applicantIdNumber, String applicantUscc,
                String applicantPhone, String applicantTownship, String applicantAddress, Long respondentUnitId,
                String actDescription, LocalDate actDate, String actDocumentNo, ActCategory actCategory,
                BigDecimal actAmount, String requests, List<String> thirdParties, Boolean rightsNotified,
                LocalDate rightsLearnedOn, Boolean immovableProperty) {
            this(channel, submittedOn, signedForOn, learnedOn, applicantKind, applicantName, applicantIdNumber,
                    applicantUscc, applicantPhone, applicantTownship, applicantAddress, respondentUnitId, actDescription,
                    actDate, actDocumentNo, actCategory, actAmount, requests, thirdParties, rightsNotified,
                    rightsLearnedOn, immovableProperty, null);
        }

        /** An application whose applicant was told of the right, organ and period, about no immovable property. */
        public RegisterApplication(Channel channel, LocalDate submittedOn, LocalDate signedForOn, LocalDate learnedOn,
                PartyKind applicantKind, String applicantName, String applicantIdNumber, String applicantUscc,
                String applicantPhone, String applicantTownship, String applicantAddress, Long respondentUnitId,
                String actDescription, LocalDate actDate, String actDocumentNo, ActCategory actCategory,
                BigDecimal actAmount, String requests, List<String> thirdParties) {
            this(channel, submittedOn, signedForOn, learnedOn, applicantKind, applicantName, applicantIdNumber,
                    applicantUscc, applicantPhone, applicantTownship, applicantAddress, respondentUnitId, actDescription,
                    actDate, actDocumentNo, actCategory, actAmount, requests, thirdParties, null, null, null, null);
        }
    }

    /*
     * Every step on an existing case carries {@code version}: the case version the caller saw (the {@code version} of
     * the case view). A step without it is refused (400), a step on a case changed since is refused (409) and
     * changes nothing, so a second, stale write never overwrites the first.
     */

    /** A step with nothing to send but the version: 视为放弃, 视为受理, closing a suit. */
    public record CaseVersion(Integer version) {}

    /**
     * 受理 decided on {@code acceptedOn}; decided after the review period, the application counts as accepted from the
     * period's last day (行政复议法 Art. 30(2)).
     */
    public record AcceptApplication(@DateTimeFormat(iso = ISO.DATE) LocalDate acceptedOn, Procedure procedure,
            Boolean allPartiesConsent, Integer version) {}

    /** 不予受理; {@code decidedOn} defaults to today and must lie within the review period. */
    public record DeclineApplication(String reasons, String competentOrgan,
            @DateTimeFormat(iso = ISO.DATE) LocalDate decidedOn, Integer version) {}

    public record RequestCorrection(String items, @DateTimeFormat(iso = ISO.DATE) LocalDate noticeOn, Integer version) {}

    /** A date-only step: 补正 received, copy served, answer received, resumption, 意见书 reply. */
    public record RecordDate(@DateTimeFormat(iso = ISO.DATE) LocalDate on, Integer version) {}

    /**
     * A third party (第三人, 行政复议法 Art. 16) identified as a person (resident ID number, GB 11643) or an organisation
     * (USCC, GB 32100); the identifier is optional but checked when given. Names alone go in {@code thirdParties}.
     */
    public record ThirdParty(PartyKind kind, String name, String idNumber, String uscc, Integer version) {

        /** A third party named at registration (no case version yet). */
        public ThirdParty(PartyKind kind, String name, String idNumber, String uscc) {
            this(kind, name, idNumber, uscc, null);
        }
    }

    /** Assign the case to a handler; {@code version} is the case version the caller saw. */
    public record AssignHandler(Long handlerId, Integer version) {}

    public record ScheduleHearing(@DateTimeFormat(iso = ISO.DATE) LocalDate hearingOn,
            @DateTimeFormat(iso = ISO.DATE) LocalDate noticeOn, Integer version) {}

    public record RecordHearing(Boolean headAttended, String headName, Integer version) {}

    public record SuspendCase(@DateTimeFormat(iso = ISO.DATE) LocalDate on, String reason, Integer version) {}

    public record ResumeCase(@DateTimeFormat(iso = ISO.DATE) LocalDate on, String reason, Integer version) {}

    /**
     * Extend the decision period by {@code days}, approved by the organ's head on {@code approvedOn}, which must lie
     * within the period (行政复议法 Art. 62(1)); the approval may be recorded later.
     */
    public record ExtendDecisionPeriod(Integer days, String approvedBy, String reason,
            @DateTimeFormat(iso = ISO.DATE) LocalDate approvedOn, Integer version) {}

    public record SwitchToOrdinary(String approvedBy, Integer version) {}

    public record IssueDecision(DecisionType decisionType, @DateTimeFormat(iso = ISO.DATE) LocalDate decidedOn,
            String summary, Integer version) {}

    public record TerminateCase(TerminationGround ground, @DateTimeFormat(iso = ISO.DATE) LocalDate on, String summary,
            Integer version) {}

    public record DismissApplication(@DateTimeFormat(iso = ISO.DATE) LocalDate on, String reasons, Integer version) {}

    public record IssueOpinionLetter(@DateTimeFormat(iso = ISO.DATE) LocalDate on, String content, Integer version) {}

    public record RegisterConsultation(Long pointId, @DateTimeFormat(iso = ISO.DATE) LocalDate consultedOn,
            String topic) {}
}
