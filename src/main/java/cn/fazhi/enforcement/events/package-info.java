/** Events of the enforcement module (past tense, plain values). */
@org.springframework.modulith.NamedInterface("events")
package cn.fazhi.enforcement.events;
