/**
 * Rule-of-law duties of the units and their heads (seed §1.1, §三): the year's roster of units under the duties, the
 * 述法 plan and the written reports evaluated (and who spoke), the 依法行政 reports at the government's first plenary, and
 * the first-responsibility duty list of each party and government head (党政主要负责人履行推进法治建设第一责任人职责规定)
 * with its items and evidence.
 * <p>
 * API: {@link cn.fazhi.duties.Roster} (the units under the duties in a year). Depends on: platform, audit,
 * organisation, identity.
 */
package cn.fazhi.duties;
