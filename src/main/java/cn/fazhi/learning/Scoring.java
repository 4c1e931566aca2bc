package cn.fazhi.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * How a test is scored: a question counts when the saved answer equals the key exactly (a multiple-choice question
 * with one option missing or one too many scores nothing); the score is the percent of questions right with one
 * decimal; a cadre passes at or above the test's pass mark.
 */
public final class Scoring {

    private Scoring() {}

    /** Questions right: {@code keys} in position order (1-based positions in {@code answers}). */
    public static int correct(List<String> keys, Map<Integer, String> answers) {
        int right = 0;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).equals(answers.get(i + 1))) {
                right++;
            }
        }
        return right;
    }

    public static BigDecimal score(int correct, int questions) {
        return questions == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(correct * 100L).divide(BigDecimal.valueOf(questions), 1, RoundingMode.HALF_UP);
    }

    public static boolean passes(BigDecimal score, int passMark) {
        return score.compareTo(BigDecimal.valueOf(passMark)) >= 0;
    }
}
