/**
 * Past-tense events of the reconsideration module (reconsideration cases and administrative litigation), one per
 * step, published in the transaction of the step. Other modules listen to them with
 * {@code @ApplicationModuleListener} (after commit, through the event publication registry).
 */
@org.springframework.modulith.NamedInterface("events")
package cn.fazhi.reconsideration.events;
