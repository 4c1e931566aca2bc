/**
 * The power and responsibility list (权责清单, 法治政府建设实施纲要（2021—2025年）(四)): each unit's powers by type,
 * with name, basis and versions, imported from .xlsx and published; dispatch suggestions for other modules (which
 * unit is responsible for a matter, and why); overlaps (one matter claimed by two units) and gaps (a service item,
 * enforcement matter or 12345 category no unit is responsible for), each with its evidence.
 * <p>
 * API: {@link cn.fazhi.responsibilities.Responsibilities} (powers, dispatch suggestions) and the SPI
 * {@link cn.fazhi.responsibilities.ClaimedMatters} that modules implement so their matters are checked for gaps.
 * Depends on: platform, audit, organisation, identity, indicators, search. No business module.
 */
package cn.fazhi.responsibilities;
