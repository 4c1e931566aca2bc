package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A transfer as pages and the API show it. {@code transferLate}: transferred (or still not) after the 24 hours from
 * approval; {@code headLate}: decided (or still not) after the head's 3 days; {@code policeLate}: the police decided
 * (or still not) after their 3 days.
 */
public record TransferView(long id, String caseNumber, long penaltyCaseId, String penaltyCaseNumber, long unitId,
        String unitName, String regionCode, String suspectedCrime, String facts, List<String> officers,
        LocalDate reportedOn, LocalDate headDueOn, TransferStatus status, OffsetDateTime approvedAt,
        LocalDate headDecidedOn, String headOpinion, OffsetDateTime transferDueAt, OffsetDateTime transferredAt,
        String policeOrgan, List<TransferAttachment> attachments, LocalDate receivedOn, String receiptNumber,
        LocalDate policeDueOn, LocalDate policeDecidedOn, String policeReason, LocalDate reconsiderDueOn,
        LocalDate reconsiderRequestedOn, String reconsiderReason, LocalDate reconsiderDecidedOn, boolean headLate,
        boolean transferLate, boolean policeLate, int version) {}
