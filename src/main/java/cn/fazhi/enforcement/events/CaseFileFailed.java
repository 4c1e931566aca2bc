package cn.fazhi.enforcement.events;

import java.time.LocalDate;

/**
 * A case file drawn into an evaluation campaign got the final grade 不合格 (published when the campaign closes):
 * {@code fileId} the evaluated file (its page {@code path}), {@code caseType}/{@code caseId}/{@code caseNumber} the
 * enforcement case, {@code unitId} the unit whose file it is, {@code evaluatedOn} the day its score became final.
 * Supervision opens a clue from it (行政执法监督: 案卷评查不合格 is a source of clues).
 */
public record CaseFileFailed(long fileId, String caseType, long caseId, String caseNumber, long unitId,
        LocalDate evaluatedOn, String path) {}
