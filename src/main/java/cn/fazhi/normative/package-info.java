/**
 * The register of normative documents (行政规范性文件): drafting, public comment, legality review (合法性审核), collective
 * decision, signing and publication, filing (备案), entry into force, evaluation before expiry and the end of a
 * document (amended, abolished, declared void, expired); version chains (amends / replaces / abolishes) so that "what
 * was in force on a date" is answerable; cleanup campaigns (清理) whose outcomes change statuses only when the
 * campaign is published; the public register and its full-text search.
 * <p>
 * Rules and their confidence (docs/LEGAL-RULES.md, U1–U3): the review-time rule of 国办发〔2018〕115号, a 备案 deadline for
 * 规范性文件, the ≤5-year validity and the "evaluate 6 months before expiry" practice are NOT confirmed, so they are
 * settings ({@link cn.fazhi.normative.NormativeProperties}), not constants. The document number follows GB/T 9704-2012
 * §7.2.5 ({@link cn.fazhi.normative.DocumentNumber}).
 * <p>
 * API: {@link cn.fazhi.normative.NormativeDocuments}, {@link cn.fazhi.normative.CleanupCampaigns}, their records and
 * {@link cn.fazhi.normative.DocumentNumber}; events in {@code normative.events}. Depends on: platform, audit,
 * organisation, identity (current user), cases (deadlines, timeline), search, indicators.
 */
package cn.fazhi.normative;
