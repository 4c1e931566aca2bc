package cn.fazhi.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.platform.web.UserFacingException;

/** Scoring (percent right, one decimal; pass at the mark) and the forms an answer may take per question kind. */
class ScoringTest {

    @Test
    void aQuestionCountsOnlyWhenTheAnswerEqualsTheKey() {
        List<String> keys = List.of("A", "ABC", "T", "D");
        assertThat(Scoring.correct(keys, Map.of(1, "A", 2, "AB", 3, "T"))).isEqualTo(2);
        assertThat(Scoring.correct(keys, Map.of(1, "A", 2, "ABC", 3, "T", 4, "D"))).isEqualTo(4);
        assertThat(Scoring.correct(keys, Map.of())).isZero();
    }

    @ParameterizedTest(name = "{0}/{1} right: {2}, pass mark {3}: {4}")
    @CsvSource({
        "12, 20, 60.0, 60, true",
        "11, 20, 55.0, 60, false",
        "2, 3, 66.7, 60, true",
        "8, 10, 80.0, 80, true",
        "7, 10, 70.0, 80, false",
        "0, 0, 0.0, 60, false"})
    void scoreAndPass(int correct, int questions, String score, int passMark, boolean passes) {
        BigDecimal s = Scoring.score(correct, questions);
        assertThat(s).isEqualByComparingTo(score);
        assertThat(Scoring.passes(s, passMark)).isEqualTo(passes);
    }

    @ParameterizedTest(name = "{0} with {1} options: ''{2}'' -> {3}")
    @CsvSource({
        "SINGLE, 4, b, B",
        "MULTIPLE, 4, 'C,A', AC",
        "MULTIPLE, 4, 'B A D', ABD",
        "TRUE_FALSE, 0, 对, T",
        "TRUE_FALSE, 0, f, F"})
    void answersAreNormalised(QuestionKind kind, int options, String answer, String stored) {
        assertThat(QuestionBank.normalise(kind, options, answer)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0} with {1} options: ''{2}'' refused ({3})")
    @CsvSource({
        "SINGLE, 4, AB, learning.error.answerSingle",
        "SINGLE, 4, E, learning.error.answerLetters",
        "MULTIPLE, 4, A, learning.error.answerMultiple",
        "MULTIPLE, 4, AA, learning.error.answerLetters",
        "TRUE_FALSE, 0, A, learning.error.answerTrueFalse",
        "SINGLE, 4, ' ', learning.error.answerRequired"})
    void badAnswersAreRefusedInChinese(QuestionKind kind, int options, String answer, String key) {
        assertThatThrownBy(() -> QuestionBank.normalise(kind, options, answer)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }
}
