/**
 * Rectification (整改): the one machinery for every problem found anywhere — supervision letters, rule-of-law
 * inspections (督察), case-file evaluations, random inspections and, later, assessments. A problem (source, finding,
 * rule breached, responsible unit, deadline) is a case on the kernel (type {@code rectification}): the unit submits
 * its plan and progress reports with evidence, the issuing side accepts and closes it (销号) or returns it, it may be
 * re-opened; overdue warnings and to-do items for whoever must act; figures: problems found, closed, closed on time,
 * overdue.
 * <p>
 * API: {@link cn.fazhi.rectification.Problems} (raise a problem from any source, read by source) and its records;
 * events in {@code rectification.events}. Depends on: platform, audit, calendar, organisation, cases, identity,
 * indicators. Enforcement (file review) and supervision raise problems here; this module depends on neither.
 */
package cn.fazhi.rectification;
