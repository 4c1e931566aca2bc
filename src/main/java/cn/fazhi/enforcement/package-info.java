/**
 * Administrative enforcement (行政执法): enforcement bodies and their matters, officers with their certificates,
 * qualification exams and training hours (亮证: a public certificate check); enforcement cases on the case kernel —
 * 行政处罚 (ordinary and on-the-spot procedure), 行政强制 (measures and execution) and 行政检查 — under the 三项制度
 * (公示, 全过程记录, 重大执法决定法制审核); discretion benchmarks (裁量基准), the four lenient lists and 同案不同罚
 * detection; case-file evaluation (案卷评查); 两法衔接 transfers.
 * <p>
 * API: the facades in this package ({@link cn.fazhi.enforcement.CertificateChecks},
 * {@link cn.fazhi.enforcement.EvidenceRecords}, {@link cn.fazhi.enforcement.BenchmarkLevels}, the
 * {@link cn.fazhi.enforcement.CaseFileSource} SPI and the facades of each part) and their records; events in
 * {@code enforcement.events} ({@code CaseFileFailed}: a file evaluated 不合格). Depends on: platform, audit, calendar,
 * organisation, cases, identity, documents, rectification (problems raised by file review),
 * indicators, responsibilities (its matters are checked against the 权责清单 through {@code ClaimedMatters}).
 */
package cn.fazhi.enforcement;
