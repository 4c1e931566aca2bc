/**
 * Long-standing petitions (信访积案, case type {@code petition_backlog} on the kernel): the petitions bureau takes a
 * petition into the backlog once it has stayed unresolved for the configured time after the first petition (no statute
 * defines 积案, LEGAL-RULES-2 §11.6; by default the 60 + 30 days of 信访工作条例 Art. 34), names the responsible unit
 * and the leader who owns it (领导包案), records the leader's meetings, the resolution (measures, evidence, the
 * petitioner's agreement) and a relapse (a new petition after the resolution reopens the case and is counted). The age
 * band at resolution ({@link cn.fazhi.petitions.BacklogAgeRule}: 3–5 years 骨头案, 5–10 钉子案, 10 and more 无解案)
 * gives the figures {@code petitions.backlog.resolved[.over3|.over5|.over10]}. The petitioner's ID number and phone
 * are sealed by the kernel's {@link cn.fazhi.cases.CaseParties} and shown masked. Pages {@code /petitions/**}, API
 * {@code /api/v1/petitions/**}. Depends on: platform, audit, organisation, cases, identity, indicators.
 */
package cn.fazhi.petitions;
