package cn.fazhi.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Forms and API payloads of the learning module. */
public final class LearningCommands {

    private LearningCommands() {}

    /** A list's filters: keyword, unit, year. */
    public record Query(String q, Long unitId, Integer studyYear) {
        public static Query none() {
            return new Query(null, null, null);
        }
    }

    public record NewLecture(LectureKind kind, LocalDate heldOn, Long unitId, String topic, String speaker,
            Integer attendees, String attendeeNames, Boolean specialLaw) {}

    public record Trainees(Long unitId, Integer trainees, Integer attended) {}

    public record NewClass(ClassOrganiser organiser, Long unitId, String title, Boolean xiThought, Boolean enforcement,
            LocalDate startsOn, LocalDate endsOn, BigDecimal hours, List<Trainees> trainees) {}

    public record NewQuestion(QuestionKind kind, String category, String stem, List<String> options, String answer) {}

    public record NewCadre(Long unitId, String name, String position, String username) {}

    /** A test session: window (local time, UTC+8), duration, pass mark (percent) and question ids in order. */
    public record NewTest(String title, TestKind kind, Boolean districtWide, LocalDateTime opensAt,
            LocalDateTime closesAt, Integer durationMinutes, Integer passMark, List<Long> questionIds) {}

    /** Assign a test to every cadre of the units and to the cadres listed. */
    public record Assign(List<Long> unitIds, List<Long> cadreIds) {}

    public record Answer(Integer position, String answer) {}
}
