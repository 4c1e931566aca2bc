/**
 * The enterprise help desk (企业解忧码, seed §1.2.一): the enterprises served, each with a desk code (a QR code opening
 * the enterprise's page on the portal after a light verification) and six services — 惠企政策 look-up, policy
 * application (政策兑现), requests (诉求) routed through the power & responsibility list, their progress, the inspections
 * of the enterprise planned and done ("无事不扰"), and rating; policies as data with eligibility rules and matching
 * explained; payments owed by district bodies to SMEs and complaints about them (保障中小企业款项支付条例).
 * <p>
 * API: {@link cn.fazhi.enterprises.Enterprises} (the register, the desk code's verification),
 * {@link cn.fazhi.enterprises.DeskSessions} (the enterprise verified in a portal session). Depends on: platform,
 * audit, calendar, organisation, cases, identity, documents, indicators, responsibilities, supervision, enforcement.
 */
package cn.fazhi.enterprises;
