package cn.fazhi.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * At least two special law lectures (法治专题讲座) a year: 《法治政府建设与责任落实督察工作规定》 Art. 7(五) for the party
 * committee's theory study centre group, Art. 8(七) for the government's standing meeting, Art. 9(九) for a department's
 * leadership ("每年至少举办2次法治专题讲座"). A roster unit meets it with two lectures flagged special law held by the unit
 * in the year, of any kind but "other study".
 */
public final class SpecialLectureRule {

    /** The yearly minimum of Arts. 7(五), 8(七), 9(九). */
    public static final int MINIMUM = 2;

    private SpecialLectureRule() {}

    /** Whether a lecture of this kind and flag counts towards the minimum. */
    public static boolean counts(LectureKind kind, boolean specialLaw) {
        return specialLaw && kind != LectureKind.OTHER;
    }

    /** Whether {@code lectures} special law lectures in a year meet Arts. 7–9. */
    public static boolean meets(long lectures) {
        return lectures >= MINIMUM;
    }

    /** How many lectures are still missing (0 when met). */
    public static long shortBy(long lectures) {
        return Math.max(0, MINIMUM - lectures);
    }

    /** The attainment for the assessment: min(1, lectures / 2), two decimals. */
    public static BigDecimal attainment(long lectures) {
        return BigDecimal.valueOf(Math.min(lectures, MINIMUM)).divide(BigDecimal.valueOf(MINIMUM), 2,
                RoundingMode.HALF_UP);
    }
}
