/**
 * Administrative reconsideration (行政复议) under the 行政复议法 as revised in 2023 (in force 2024-01-01): the 60-day
 * application window (Art. 20), acceptance review within five working days with 补正 and deemed acceptance (Arts. 30,
 * 31, 88), the ordinary and simplified procedures (Arts. 36, 48, 53–55, 62), hearings (Arts. 50–51), 中止/终止
 * (Arts. 39, 41), decisions (Arts. 63–69, 73–74), the 意见书 (Art. 76); consultation points in every township.
 * Also the district's administrative litigation (行政应诉): cases where a district agency is sued, and who appeared
 * for the agency at each hearing (行政诉讼法 Art. 3(3); 最高法《关于行政机关负责人出庭应诉若干问题的规定》2020).
 * <p>
 * API: {@link cn.fazhi.reconsideration.ReconsiderationCases}, {@link cn.fazhi.reconsideration.LitigationCases} and their
 * view records. Depends on: platform, identity, organisation, audit, calendar, cases.
 */
package cn.fazhi.reconsideration;
