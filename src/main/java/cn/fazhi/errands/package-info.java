/**
 * 香城代办 (seed §1.2.二): agents (代办员) in the villages and communities acting for beneficiaries who cannot go
 * themselves (the sick, disabled, pregnant and elderly) under an authorisation kept as data (what, for how long,
 * signed consent, revocable); errands — 代购, 代缴 (phone, water, power, gas) and 代办 of a service item (an application
 * of the services module with the agent as 代办人) — assigned, completed and confirmed by the beneficiary. Amounts are
 * recorded; no money moves here.
 * <p>
 * Depends on: platform, audit, calendar, organisation, cases, identity, indicators, services.
 */
package cn.fazhi.errands;
