/**
 * People's mediation (人民调解, 大调解): mediation committees and mediators, disputes from intake to closure with
 * their parties, sessions, agreements, performance check and return visit, the village joint deliberation
 * (合议共管) for village-contract disputes, and judicial confirmation (司法确认).
 * <p>
 * Legal basis: 《人民调解法》 Arts. 17–19, 25–33 (voluntary mediation, failure and other routes, written and oral
 * agreements and when they take effect, the 30-day window for judicial confirmation); 《民事诉讼法》 Arts. 205–206.
 * <p>
 * API: {@link cn.fazhi.mediation.Disputes}, {@link cn.fazhi.mediation.MediationCommittees} and their records; events in
 * {@code mediation.events}. Depends on: platform, audit, calendar, organisation, cases, identity (current user),
 * documents.
 */
package cn.fazhi.mediation;
