package cn.fazhi.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Read-only views of the learning records, as pages and the API show them. */
public final class LearningViews {

    private LearningViews() {}

    public record Lecture(long id, LectureKind kind, LocalDate heldOn, long unitId, String unitName, String topic,
            String speaker, int attendees, String attendeeNames, boolean specialLaw) {}

    public record TraineeCount(long unitId, String unitName, int trainees, int attended) {}

    public record TrainingClass(long id, ClassOrganiser organiser, long unitId, String unitName, String title,
            boolean xiThought, boolean enforcement, LocalDate startsOn, LocalDate endsOn, BigDecimal hours,
            int trainees, int attended) {}

    public record Question(long id, QuestionKind kind, String category, String stem, List<String> options) {}

    /** A question with its answer, for the staff who keep the bank. */
    public record BankQuestion(long id, QuestionKind kind, String category, String stem, List<String> options,
            String answer) {}

    public record Cadre(long id, long unitId, String unitName, String name, String position, boolean linked) {}

    public record TestSession(long id, String title, TestKind kind, boolean districtWide, String unitName,
            OffsetDateTime opensAt, OffsetDateTime closesAt, int durationMinutes, int passMark, int questions,
            long assigned, long took, long passed) {}

    /** One line of "我的考试": the assignment, and the attempt when started. */
    public record MyTest(long assignmentId, long testId, String title, TestKind kind, OffsetDateTime opensAt,
            OffsetDateTime closesAt, int durationMinutes, int passMark, Long attemptId, AttemptStatus status,
            BigDecimal score, Boolean passed, boolean open) {}

    /** A started attempt with its questions (without answers) and the answers saved so far. */
    public record Attempt(long id, long testId, String title, OffsetDateTime deadlineAt, AttemptStatus status,
            BigDecimal score, Boolean passed, int passMark, List<Question> questions, Map<Integer, String> answers) {}

    /** Participation and pass rate of one unit in a test (or all tests of a year). */
    public record UnitResult(long unitId, String unitName, long assigned, long took, long passed,
            BigDecimal participationRate, BigDecimal passRate) {}

    /** A roster unit short of the yearly special law lectures. */
    public record UnitShort(long unitId, String unitName, String regionCode, long lectures, long shortBy) {}

    public record SavedAnswer(long attemptId, int position, String answer, OffsetDateTime deadlineAt) {}

    public record Result(long attemptId, BigDecimal score, boolean passed, int correct, int questions, int passMark) {}
}
