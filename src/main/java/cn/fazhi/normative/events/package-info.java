/** Events of the normative-document register, published in the transaction of the change. */
package cn.fazhi.normative.events;
