/**
 * Learning the law (学法, seed §1.1.一 and §1.3.三): lectures and study sessions (区委理论学习中心组, 政府常务会议会前学法,
 * a unit's leadership), with the "≥ 2 special law lectures a year" check of 《法治政府建设与责任落实督察工作规定》
 * Arts. 7–9; training classes (区委党校, district, unit) with hours and trainees per unit; the question bank, the cadres
 * register, online tests and the pre-appointment law exam (任前法律考试) taken in the browser with a server-side
 * deadline; participation and pass rates per unit and district.
 * <p>
 * API: {@link cn.fazhi.learning.SpecialLectureRule}. Depends on: platform, audit, organisation, identity, indicators,
 * duties (the year's roster), assessment (contributes sources).
 */
package cn.fazhi.learning;
