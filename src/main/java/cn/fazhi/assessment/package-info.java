/**
 * The yearly rule-of-law assessment of units and townships (法治建设考评, seed §1.1.二 and §三): criteria with weights,
 * scores taken from the records through {@link cn.fazhi.assessment.AssessmentSource}s contributed by the modules that
 * keep them, an evaluator's entry with its evidence only where no record exists, results published to the units,
 * and their use for cadres recorded as aggregate figures (no personnel files here).
 * <p>
 * API: {@link cn.fazhi.assessment.AssessmentSource} (the SPI other modules implement). Depends on: platform, audit,
 * organisation, identity, duties, documents.
 */
package cn.fazhi.assessment;
