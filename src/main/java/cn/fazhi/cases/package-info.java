/**
 * The shared case kernel, small on purpose: what every case type (mediation, reconsideration, litigation, and later
 * enforcement, supervision, petitions …) needs and should not write again — gap-free case numbers per type, scope
 * and year; a timeline of what happened, by whom, when; attachments with SM3 digests re-checked on download;
 * due-date warnings across case types (in the UI and from a daily job that runs once across all nodes). Legal clocks
 * come from {@code calendar.LegalClocks}. Each case type keeps its own aggregate, status enum and events.
 * Depends on: platform, audit, calendar, organisation.
 */
package cn.fazhi.cases;
