/** Events of the rectification module (past tense, plain values). */
@org.springframework.modulith.NamedInterface("events")
package cn.fazhi.rectification.events;
