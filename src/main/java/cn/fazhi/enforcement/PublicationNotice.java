package cn.fazhi.enforcement;

import java.time.LocalDate;

/**
 * A published decision as the public sees it (portal page and public API): the enforcing unit, the party as the
 * decision made it fit to publish, the category, the violation and the conclusion — 118号 二(六)'s 执法机关、执法对象、
 * 执法类别、执法结论 — and nothing internal.
 */
public record PublicationNotice(long id, String caseNumber, String decisionNumber, String unitName, String category,
        LocalDate decidedOn, String party, String violation, String conclusion, LocalDate publishedOn) {}
