/** Past-tense events of the mediation module, one per transition of a dispute. */
@org.springframework.modulith.NamedInterface("events")
package cn.fazhi.mediation.events;
