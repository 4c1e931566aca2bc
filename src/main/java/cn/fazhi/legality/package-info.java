/**
 * Legality review and public lists (合法性审查与清单公开): legality review of agreements, contracts and plans that
 * units submit (numbered, assigned to the justice bureau or a legal adviser, due on a working-day period, concluded
 * with a written 法律审查意见书); the government's legal advisers (政府法律顾问) and their opinions; major
 * administrative decisions (重大行政决策) in their annual catalogue with the five steps of 《重大行政决策程序暂行条例》
 * checked by {@link cn.fazhi.legality.DecisionRules}; the three public catalogues (政务服务事项基本目录, 行政许可事项清单,
 * 中介服务事项清单) and the certificate requirements (证明事项, 告知承诺), imported from .xlsx and published on the portal.
 * <p>
 * API: {@link cn.fazhi.legality.LegalityReviews}, {@link cn.fazhi.legality.LegalAdvisers},
 * {@link cn.fazhi.legality.MajorDecisions}, {@link cn.fazhi.legality.PublicLists} and their records; events in
 * {@code legality.events}; indicators declared in {@link cn.fazhi.legality.LegalityIndicators}. Depends on: platform,
 * audit, calendar, organisation, cases, identity (current user), documents, indicators.
 */
package cn.fazhi.legality;
