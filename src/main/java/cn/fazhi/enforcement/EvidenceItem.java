package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One evidence item of a case's full-process record, with the SM3 digest of its stored file. */
public record EvidenceItem(long id, String caseType, long caseId, EvidenceStage stage, EvidenceMedia media, String act,
        String title, long attachmentId, String sm3, LocalDate recordedOn, OffsetDateTime recordedAt, String recordedBy) {}
