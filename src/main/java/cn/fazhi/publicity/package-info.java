/**
 * 普法 (seed §1.4.二 "大宣传", §二 the third weakness): the "谁执法谁普法" duty list of each roster unit
 * (中办发〔2017〕31号, 普法责任清单), its activities on the year's dates, the annual 普法 report and the experts' evaluation,
 * "一把手谈法治", the balance of activities against the duty list that names the units doing too little; schools and their
 * 法治副校长 (教育部令第52号: staffing, one person ≤ 2 schools, retirees ≤ 65 for one term, ≥ 4 课时 a year), lessons and
 * 送法进校园 visits; 民主法治示范村（社区） and their reviews. Published duty lists and the 法治副校长 of each school are on the
 * portal.
 * <p>
 * API: {@link cn.fazhi.publicity.DutyFulfilments} (the balance per unit). Contributes the assessment source
 * {@code publicity.duty_fulfilment}. Depends on: platform, audit, organisation, identity, indicators, duties (the roster),
 * assessment (the SPI).
 */
package cn.fazhi.publicity;
