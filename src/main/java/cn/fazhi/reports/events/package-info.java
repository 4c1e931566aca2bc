/** Past-tense events of the reports module, one per step of an annual report. */
@org.springframework.modulith.NamedInterface("events")
package cn.fazhi.reports.events;
