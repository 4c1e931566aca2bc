package cn.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lifecycle's allowed transitions, as a table. */
class NormativeStatusTest {

    @ParameterizedTest
    @CsvSource({
            "DRAFTING, PUBLIC_COMMENT, true", "DRAFTING, LEGALITY_REVIEW, false", "DRAFTING, PUBLISHED, false",
            "PUBLIC_COMMENT, LEGALITY_REVIEW, true", "LEGALITY_REVIEW, COLLECTIVE_DECISION, true",
            "LEGALITY_REVIEW, PUBLISHED, false", "LEGALITY_REVIEW, DRAFTING, true", "COLLECTIVE_DECISION, PUBLISHED, true",
            "PUBLISHED, FILED, true", "PUBLISHED, IN_FORCE, false", "FILED, IN_FORCE, true", "IN_FORCE, AMENDED, true",
            "IN_FORCE, ABOLISHED, true", "IN_FORCE, VOID, true", "IN_FORCE, EXPIRED, true", "EXPIRED, VOID, true",
            "EXPIRED, IN_FORCE, false", "ABOLISHED, IN_FORCE, false", "VOID, ABOLISHED, false", "AMENDED, IN_FORCE, false"})
    void transitions(NormativeStatus from, NormativeStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }
}
