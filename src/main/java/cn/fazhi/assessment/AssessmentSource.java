package cn.fazhi.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One measure the assessment can score a unit on, computed from a module's own records and contributed as a bean by
 * that module (learning: test participation and the "≥ 2 special law lectures" check; duties: the 述法 report's
 * evaluation; publicity: the 普法 duty list's fulfilment; rectification: problems rectified on time; supervision: the
 * annual report submitted and published by its deadline). A criterion of the assessment names a source by its code.
 */
public interface AssessmentSource {

    /** Stable code, {@code <module>.<measure>}, e.g. {@code learning.test_participation}. */
    String code();

    /** Message key of the source's label (its name in the criteria editor and on the result sheet). */
    default String labelKey() {
        return "assessment.source." + code();
    }

    /**
     * The attainment of each unit in {@code year}, between 0 and 1 (1: fully met), for the units the module has records
     * of; a unit left out has no record for this measure, and only then may an evaluator enter its score with evidence.
     */
    Map<Long, BigDecimal> attainment(int year);
}
