package cn.fazhi.enforcement.events;

import java.time.LocalDate;

/** A penalty or coercion case was closed (结案): its file is complete and goes to the case-file pre-check. */
public record EnforcementCaseClosed(String caseType, long caseId, LocalDate closedOn) {}
