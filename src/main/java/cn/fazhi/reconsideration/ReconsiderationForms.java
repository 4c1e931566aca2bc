package cn.fazhi.reconsideration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import cn.fazhi.reconsideration.domain.ActCategory;
import cn.fazhi.reconsideration.domain.ActKind;
import cn.fazhi.reconsideration.domain.Channel;
import cn.fazhi.reconsideration.domain.DecisionType;
import cn.fazhi.reconsideration.domain.PartyKind;
import cn.fazhi.reconsideration.domain.Procedure;
import cn.fazhi.reconsideration.domain.TerminationGround;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The commands of a reconsideration case, as pages and the API send them. Their Bean Validation constraints are checked
 * by the facade, every error at once (400 in Chinese, each naming its field); the rules between fields and dates
 * (e.g. a date not after today, the identifier a party's kind needs) are the facade's and the aggregate's.
 */
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
    public record RegisterApplication(@NotNull(message = "{reconsideration.error.required}") Channel channel, @DateTimeFormat(iso = ISO.DATE) LocalDate submittedOn,
            @DateTimeFormat(iso = ISO.DATE) LocalDate signedForOn,
            @NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate learnedOn,
            @NotNull(message = "{reconsideration.error.required}") PartyKind applicantKind, @NotBlank(message = "{reconsideration.error.required}") @Size(max = 200, message = "{reconsideration.error.tooLong}") String applicantName, @Size(max = 40, message = "{reconsideration.error.tooLong}") String applicantIdNumber, @Size(max = 40, message = "{reconsideration.error.tooLong}") String applicantUscc,
            @Size(max = 20, message = "{reconsideration.error.tooLong}") String applicantPhone, @Size(max = 12, message = "{reconsideration.error.tooLong}") String applicantTownship, @Size(max = 300, message = "{reconsideration.error.tooLong}") String applicantAddress,
            @NotNull(message = "{reconsideration.error.required}") Long respondentUnitId,
            @NotBlank(message = "{reconsideration.error.required}") @Size(max = 2000, message = "{reconsideration.error.tooLong}") String actDescription, @DateTimeFormat(iso = ISO.DATE) LocalDate actDate, @Size(max = 100, message = "{reconsideration.error.tooLong}") String actDocumentNo,
            @NotNull(message = "{reconsideration.error.required}") ActCategory actCategory, BigDecimal actAmount, @NotBlank(message = "{reconsideration.error.required}") @Size(max = 2000, message = "{reconsideration.error.tooLong}") String requests,
            List<@Size(max = 200, message = "{reconsideration.error.tooLong}") String> thirdParties,
            Boolean rightsNotified, @DateTimeFormat(iso = ISO.DATE) LocalDate rightsLearnedOn,
            Boolean immovableProperty, List<ThirdParty> thirdPartyDetails, ActKind actKind) {

        /** As above without the act kind (not recorded). */
        public RegisterApplication(Channel channel, LocalDate submittedOn, LocalDate signedForOn, LocalDate learnedOn,
                PartyKind applicantKind, String applicantName, String applicantIdNumber, String applicantUscc,
                String applicantPhone, String applicantTownship, String applicantAddress, Long respondentUnitId,
                String actDescription, LocalDate actDate, String actDocumentNo, ActCategory actCategory,
                BigDecimal actAmount, String requests, List<String> thirdParties, Boolean rightsNotified,
                LocalDate rightsLearnedOn, Boolean immovableProperty, List<ThirdParty> thirdPartyDetails) {
            this(channel, submittedOn, signedForOn, learnedOn, applicantKind, applicantName, applicantIdNumber,
                    applicantUscc, applicantPhone, applicantTownship, applicantAddress, respondentUnitId, actDescription,
                    actDate, actDocumentNo, actCategory, actAmount, requests, thirdParties, rightsNotified,
                    rightsLearnedOn, immovableProperty, thirdPartyDetails, null);
        }

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
    public record AcceptApplication(@NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate acceptedOn,
            @NotNull(message = "{reconsideration.error.required}") Procedure procedure,
            Boolean allPartiesConsent, Integer version) {}

    /** 不予受理; {@code decidedOn} defaults to today and must lie within the review period. */
    public record DeclineApplication(@NotBlank(message = "{reconsideration.error.required}") @Size(max = 2000, message = "{reconsideration.error.tooLong}") String reasons, @Size(max = 200, message = "{reconsideration.error.tooLong}") String competentOrgan,
            @DateTimeFormat(iso = ISO.DATE) LocalDate decidedOn, Integer version) {}

    public record RequestCorrection(@NotBlank(message = "{reconsideration.error.required}") @Size(max = 2000, message = "{reconsideration.error.tooLong}") String items,
            @NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate noticeOn, Integer version) {}

    /** A date-only step: 补正 received, copy served, answer received, resumption, 意见书 reply. */
    public record RecordDate(@NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate on, Integer version) {}

    /**
     * A third party (第三人, 行政复议法 Art. 16) identified as a person (resident ID number, GB 11643) or an organisation
     * (USCC, GB 32100); the identifier is optional but checked when given. Names alone go in {@code thirdParties}.
     */
    public record ThirdParty(@NotNull(message = "{reconsideration.error.required}") PartyKind kind, @NotBlank(message = "{reconsideration.error.required}") @Size(max = 200, message = "{reconsideration.error.tooLong}") String name, @Size(max = 40, message = "{reconsideration.error.tooLong}") String idNumber,
            @Size(max = 40, message = "{reconsideration.error.tooLong}") String uscc, Integer version) {

        /** A third party named at registration (no case version yet). */
        public ThirdParty(PartyKind kind, String name, String idNumber, String uscc) {
            this(kind, name, idNumber, uscc, null);
        }
    }

    /** Assign the case to a handler; {@code version} is the case version the caller saw. */
    public record AssignHandler(@NotNull(message = "{reconsideration.error.required}") Long handlerId, Integer version) {}

    public record ScheduleHearing(@NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate hearingOn,
            @NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate noticeOn, Integer version) {}

    public record RecordHearing(@NotNull(message = "{reconsideration.error.required}") Boolean headAttended, @Size(max = 100, message = "{reconsideration.error.tooLong}") String headName, Integer version) {}

    public record SuspendCase(@NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @NotBlank(message = "{reconsideration.error.required}") @Size(max = 400, message = "{reconsideration.error.tooLong}") String reason, Integer version) {}

    public record ResumeCase(@NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @NotBlank(message = "{reconsideration.error.required}") @Size(max = 400, message = "{reconsideration.error.tooLong}") String reason, Integer version) {}

    /**
     * Extend the decision period by {@code days}, approved by the organ's head on {@code approvedOn}, which must lie
     * within the period (行政复议法 Art. 62(1)); the approval may be recorded later.
     */
    public record ExtendDecisionPeriod(@NotNull(message = "{reconsideration.error.required}") Integer days, @NotBlank(message = "{reconsideration.error.required}") @Size(max = 100, message = "{reconsideration.error.tooLong}") String approvedBy,
            @NotBlank(message = "{reconsideration.error.required}") @Size(max = 400, message = "{reconsideration.error.tooLong}") String reason,
            @NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate approvedOn, Integer version) {}

    public record SwitchToOrdinary(@NotBlank(message = "{reconsideration.error.required}") @Size(max = 100, message = "{reconsideration.error.tooLong}") String approvedBy, Integer version) {}

    public record IssueDecision(@NotNull(message = "{reconsideration.error.required}") DecisionType decisionType,
            @NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate decidedOn,
            @NotBlank(message = "{reconsideration.error.required}") @Size(max = 4000, message = "{reconsideration.error.tooLong}") String summary, Integer version) {}

    public record TerminateCase(@NotNull(message = "{reconsideration.error.required}") TerminationGround ground,
            @NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @NotBlank(message = "{reconsideration.error.required}") @Size(max = 4000, message = "{reconsideration.error.tooLong}") String summary, Integer version) {}

    public record DismissApplication(@NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @NotBlank(message = "{reconsideration.error.required}") @Size(max = 4000, message = "{reconsideration.error.tooLong}") String reasons, Integer version) {}

    public record IssueOpinionLetter(@NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @NotBlank(message = "{reconsideration.error.required}") @Size(max = 4000, message = "{reconsideration.error.tooLong}") String content, Integer version) {}

    public record RegisterConsultation(@NotNull(message = "{reconsideration.error.required}") Long pointId,
            @NotNull(message = "{reconsideration.error.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate consultedOn,
            @NotBlank(message = "{reconsideration.error.required}") @Size(max = 500, message = "{reconsideration.error.tooLong}") String topic) {}
}
