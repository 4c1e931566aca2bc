package cn.fazhi.supervision;

/**
 * The kind of an inspection mission (督察工作规定): SPECIAL 专项督察 on one topic (Art. 15), ON_SITE 实地督察 with visits,
 * 明察暗访 (Art. 14), WRITTEN 书面督察 — the targets inspect themselves and report in writing by a deadline (Art. 12).
 */
public enum OversightKind {
    SPECIAL, ON_SITE, WRITTEN
}
