/**
 * The annual 法治政府建设年度报告 (《法治政府建设与责任落实督察工作规定》 Art. 24; Hubei 工作指引): an editable default
 * template with indicator placeholders, one report per year and region drafted from it, the review flow
 * draft → internal review → secrecy review (保密审查) → approved → published with its deadlines (1 March, before
 * 1 April — settings), a snapshot of every figure and its records once frozen, DOCX/PDF per GB/T 9704 and the public
 * portal's list of published reports.
 * <p>
 * Reads figures only through the {@link cn.fazhi.indicators.Indicators} registry; knows nothing module-specific.
 * API: {@link cn.fazhi.reports.AnnualReports}, {@link cn.fazhi.reports.ReportTemplates}; events in
 * {@code reports.events}. Depends on: platform, audit, identity (current user), organisation (regions), indicators,
 * documents, cases (DeadlineSource).
 */
package cn.fazhi.reports;
