/** Events of the normative-document register, published in the transaction of the change. */
@org.springframework.modulith.NamedInterface("events")
package cn.fazhi.normative.events;
