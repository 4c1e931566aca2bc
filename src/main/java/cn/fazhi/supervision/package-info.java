/**
 * Supervision (监督): 双随机、一公开 random inspections with a draw anyone can verify (国办发〔2015〕58号), enforcement
 * supervision (行政执法监督条例, 国务院令第825号: clues from complaints, reconsideration and litigation outcomes,
 * case-file evaluations, random inspections and inspections; the instruments 监督建议书/通知书/意见书/决定书; transfer
 * of problem clues to the discipline organs) and 法治督察 (法治政府建设与责任落实督察工作规定: missions, the pool of
 * 法治督察员, findings, reports, the annual-report duties of Arts. 23–25). Every problem found goes to the one
 * rectification machinery ({@code rectification}).
 * <p>
 * API: {@link cn.fazhi.supervision.Clues} (open a clue from another record) and the facades of each part; events in
 * {@code supervision.events}. Depends on: platform, audit, calendar, organisation, cases, identity, documents,
 * indicators, rectification, enforcement (certified officers, enforcement cases), reconsideration (its events and
 * case summaries), reports (annual-report deadlines).
 */
package cn.fazhi.supervision;
