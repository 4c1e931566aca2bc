package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;

/** A pre-checked file: which, whose, when closed, and its findings (empty when nothing was found). */
public record PrecheckView(String caseType, long caseId, String caseNumber, long unitId, String unitName,
        String regionCode, LocalDate closedOn, List<PrecheckFinding> findings) {}
