/** Past-tense events of the legality module. */
@org.springframework.modulith.NamedInterface("events")
package cn.fazhi.legality.events;
