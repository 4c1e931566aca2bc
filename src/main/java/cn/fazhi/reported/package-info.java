/**
 * Reported figures (填报): the figures of the annual report no record of this platform can prove, because they live in
 * another organ's system (telecom-fraud cases at the public security bureau, public-interest cases at the
 * procuratorate, window volumes at the government service bureau). The office keeps the definitions; the unit named
 * in a definition submits the figure of a year with its source system and an evidence file (case type
 * {@code reported_figure} on the kernel); the office approves it or returns it with a reason (four eyes: never the
 * submitter). Each definition is the indicator {@code reported.<code>} contributed at runtime through
 * {@link cn.fazhi.indicators.IndicatorSource}: its value is the approved submission of the period and null when none
 * is approved, its drill-down is the submission with its evidence and it carries its provenance
 * ("填报：区公安分局 · 审核：依法治区办 张明（2024-01-20）"). A later approved submission of the same period supersedes the
 * earlier one, which is kept. Pages {@code /reported-figures/**}, API {@code /api/v1/reported-figures/**}.
 * Depends on: platform, audit, organisation, cases, identity, indicators.
 */
package cn.fazhi.reported;
