/**
 * The 12345 hotline (12345政务服务便民热线): tickets (工单, GB/T 33358 §3.6) on the kernel (type {@code hotline}) —
 * intake by phone, web, app or transfer, classification in a category tree, dispatch to the responsible unit suggested
 * from the power & responsibility list with its reason, sign-for and handling limits per category (settings: no
 * national period, LEGAL-RULES-2 §9), return and re-dispatch with reasons, reply, return visit and satisfaction;
 * complaints about enforcement open supervision clues.
 * <p>
 * Depends on: platform, audit, calendar, organisation, cases, identity, indicators, responsibilities, supervision.
 */
package cn.fazhi.hotline;
