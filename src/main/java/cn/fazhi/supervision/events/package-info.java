/** Events of the supervision module (past tense, plain values). */
@org.springframework.modulith.NamedInterface("events")
package cn.fazhi.supervision.events;
