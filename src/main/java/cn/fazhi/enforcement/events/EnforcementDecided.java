package cn.fazhi.enforcement.events;

import java.time.LocalDate;

/**
 * An enforcement decision was made and must be published (国办发〔2018〕118号 二(六)): {@code category} PENALTY or
 * LICENCE within 7 working days, others (COERCION, INSPECTION, LEVY, OTHER) within 20. {@code party} is already fit to
 * publish (a person's name masked, an organisation's name in full); {@code conclusion} is the decision's summary.
 */
public record EnforcementDecided(String caseType, long caseId, String caseNumber, String decisionNumber, long unitId,
        String regionCode, String category, LocalDate decidedOn, String party, String violation, String conclusion) {}
