package cn.fazhi.learning;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.web.UserFacingException;

/**
 * A cadre sits the tests assigned to them ("我的考试"): start (the deadline is set on the server: the duration from the
 * start, never past the window's close), each answer saved as given (refused once the deadline has passed), submit →
 * score (percent of questions answered right) and pass or fail against the pass mark. Only the cadre linked to the
 * signed-in user sees and answers their attempts.
 */
@Service
public class Attempts {

    /** A test's questions as the scoring needs them; a test's questions never change once it exists. */
    record Key(QuestionKind kind, int optionCount, String answer) {}

    private final LearningSupport s;
    private final Map<Long, List<Key>> keys = new ConcurrentHashMap<>();

    Attempts(LearningSupport support) {
        this.s = support;
    }

    private long ownCadre() {
        Long user = s.caller.userId();
        if (user == null || !s.caller.can(LearningPermissions.TAKE)) {
            throw UserFacingException.forbidden("learning.error.notCadre");
        }
        return s.jdbc.sql("SELECT id FROM learning_cadre WHERE user_id = :u").param("u", user).query(Long.class)
                .optional().orElseThrow(() -> UserFacingException.forbidden("learning.error.notCadre"));
    }

    List<Key> keys(long testId) {
        return keys.computeIfAbsent(testId, t -> s.jdbc.sql("SELECT q.kind, q.options, q.answer FROM learning_test_question tq "
                        + "JOIN learning_question q ON q.id = tq.question_id WHERE tq.test_id = :t ORDER BY tq.position")
                .param("t", t).query((rs, n) -> new Key(QuestionKind.valueOf(rs.getString(1)),
                        QuestionBank.options(rs.getString(2)).size(), rs.getString(3))).list());
    }

    /** Whether the caller's login is registered as a cadre (who may be assigned tests). */
    @Transactional(readOnly = true)
    public boolean registered() {
        Long user = s.caller.userId();
        return user != null && s.jdbc.sql("SELECT COUNT(*) FROM learning_cadre WHERE user_id = :u").param("u", user)
                .query(Long.class).single() > 0;
    }

    /** "我的考试": the caller's assignments, newest window first; none for a login not registered as a cadre. */
    @Transactional(readOnly = true)
    public List<LearningViews.MyTest> mine() {
        if (!registered()) {
            return List.of();
        }
        long cadre = ownCadre();
        OffsetDateTime now = s.now();
        return s.jdbc.sql("SELECT a.id, t.id, t.title, t.kind, t.opens_at, t.closes_at, t.duration_minutes, t.pass_mark, "
                        + "at.id, at.status, at.score, at.passed FROM learning_assignment a JOIN learning_test t ON t.id = a.test_id "
                        + "LEFT JOIN learning_attempt at ON at.assignment_id = a.id WHERE a.cadre_id = :c "
                        + "ORDER BY t.opens_at DESC, t.id DESC")
                .param("c", cadre)
                .query((rs, n) -> {
                    OffsetDateTime opens = rs.getObject(5, OffsetDateTime.class).withOffsetSameInstant(LearningSupport.CHINA);
                    OffsetDateTime closes = rs.getObject(6, OffsetDateTime.class).withOffsetSameInstant(LearningSupport.CHINA);
                    Object attempt = rs.getObject(9);
                    return new LearningViews.MyTest(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            TestKind.valueOf(rs.getString(4)), opens, closes, rs.getInt(7), rs.getInt(8),
                            attempt == null ? null : rs.getLong(9),
                            rs.getString(10) == null ? null : AttemptStatus.valueOf(rs.getString(10)),
                            rs.getBigDecimal(11), (Boolean) rs.getObject(12),
                            !now.isBefore(opens) && now.isBefore(closes));
                }).list();
    }

    /** Starts (or resumes) the attempt of one of the caller's assignments while the window is open. */
    @Transactional
    public LearningViews.Attempt start(long assignmentId) {
        long cadre = ownCadre();
        Map<String, Object> a = s.jdbc.sql("SELECT a.test_id, a.unit_id, a.region_code, t.opens_at, t.closes_at, "
                        + "t.duration_minutes FROM learning_assignment a JOIN learning_test t ON t.id = a.test_id "
                        + "WHERE a.id = :a AND a.cadre_id = :c").param("a", assignmentId).param("c", cadre)
                .query((rs, n) -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("test", rs.getLong(1));
                    m.put("unit", rs.getLong(2));
                    m.put("region", rs.getString(3));
                    m.put("opens", rs.getObject(4, OffsetDateTime.class));
                    m.put("closes", rs.getObject(5, OffsetDateTime.class));
                    m.put("dur", rs.getInt(6));
                    return m;
                }).optional().orElseThrow(() -> UserFacingException.notFound("learning.error.notFound"));
        Long existing = s.jdbc.sql("SELECT id FROM learning_attempt WHERE assignment_id = :a").param("a", assignmentId)
                .query(Long.class).optional().orElse(null);
        if (existing != null) {
            return get(existing);
        }
        OffsetDateTime now = s.now();
        OffsetDateTime opens = (OffsetDateTime) a.get("opens");
        OffsetDateTime closes = (OffsetDateTime) a.get("closes");
        if (now.isBefore(opens)) {
            throw UserFacingException.badRequest("learning.error.notOpenYet");
        }
        if (!now.isBefore(closes)) {
            throw UserFacingException.badRequest("learning.error.closed");
        }
        OffsetDateTime deadline = now.plusMinutes((Integer) a.get("dur"));
        if (deadline.isAfter(closes)) {
            deadline = closes;
        }
        Map<String, Object> p = new HashMap<>();
        p.put("a", assignmentId);
        p.put("t", a.get("test"));
        p.put("c", cadre);
        p.put("u", a.get("unit"));
        p.put("r", a.get("region"));
        p.put("now", now);
        p.put("deadline", deadline);
        p.put("on", now.toLocalDate());
        long id = s.insert("INSERT INTO learning_attempt (assignment_id, test_id, cadre_id, unit_id, region_code, "
                + "started_at, deadline_at, taken_on, status) VALUES (:a, :t, :c, :u, :r, :now, :deadline, :on, "
                + "'IN_PROGRESS')", p);
        s.audit("learning.attempt.started", "learning_attempt", id, null);
        return get(id);
    }

    private record Head(long id, long testId, long cadre, Long user, AttemptStatus status, OffsetDateTime deadline,
            String title, int passMark, BigDecimal score, Boolean passed) {}

    private Head head(long attemptId) {
        Head h = s.jdbc.sql("SELECT at.id, at.test_id, at.cadre_id, c.user_id, at.status, at.deadline_at, t.title, "
                        + "t.pass_mark, at.score, at.passed FROM learning_attempt at JOIN learning_cadre c ON c.id = at.cadre_id "
                        + "JOIN learning_test t ON t.id = at.test_id WHERE at.id = :id").param("id", attemptId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4, Long.class),
                        AttemptStatus.valueOf(rs.getString(5)), rs.getObject(6, OffsetDateTime.class)
                                .withOffsetSameInstant(LearningSupport.CHINA), rs.getString(7), rs.getInt(8),
                        rs.getBigDecimal(9), (Boolean) rs.getObject(10)))
                .optional().orElseThrow(() -> UserFacingException.notFound("learning.error.notFound"));
        Long user = s.caller.userId();
        if (h.user() == null || !h.user().equals(user) || !s.caller.can(LearningPermissions.TAKE)) {
            throw UserFacingException.notFound("learning.error.notFound");
        }
        return h;
    }

    /** The attempt with its questions (no answers) and the answers saved so far. */
    @Transactional(readOnly = true)
    public LearningViews.Attempt get(long attemptId) {
        Head h = head(attemptId);
        List<LearningViews.Question> questions = s.jdbc.sql("SELECT q.id, q.kind, q.category, q.stem, q.options "
                        + "FROM learning_test_question tq JOIN learning_question q ON q.id = tq.question_id "
                        + "WHERE tq.test_id = :t ORDER BY tq.position").param("t", h.testId())
                .query((rs, n) -> new LearningViews.Question(rs.getLong(1), QuestionKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), QuestionBank.options(rs.getString(5)))).list();
        Map<Integer, String> answers = new LinkedHashMap<>();
        s.jdbc.sql("SELECT position, answer FROM learning_answer WHERE attempt_id = :a ORDER BY position")
                .param("a", attemptId).query(rs -> {
                    answers.put(rs.getInt(1), rs.getString(2));
                });
        return new LearningViews.Attempt(h.id(), h.testId(), h.title(), h.deadline(), h.status(), h.score(), h.passed(),
                h.passMark(), questions, answers);
    }

    /** Saves one answer (replacing an earlier one) before the deadline; after it, or once submitted, refused. */
    @Transactional
    public LearningViews.SavedAnswer answer(long attemptId, LearningCommands.Answer c) {
        Head h = head(attemptId);
        if (h.status() != AttemptStatus.IN_PROGRESS) {
            throw UserFacingException.badRequest("learning.error.submitted");
        }
        OffsetDateTime now = s.now();
        if (now.isAfter(h.deadline())) {
            throw UserFacingException.badRequest("learning.error.deadlinePassed");
        }
        List<Key> k = keys(h.testId());
        Integer position = c == null ? null : c.position();
        if (position == null || position < 1 || position > k.size()) {
            throw UserFacingException.badRequest("learning.error.position", k.size());
        }
        Key key = k.get(position - 1);
        String answer = QuestionBank.normalise(key.kind(), key.optionCount(), c.answer());
        int n = s.jdbc.sql("UPDATE learning_answer SET answer = :x, answered_at = :now WHERE attempt_id = :a "
                + "AND position = :p").param("x", answer).param("now", now).param("a", attemptId).param("p", position)
                .update();
        if (n == 0) {
            try {
                s.jdbc.sql("INSERT INTO learning_answer (attempt_id, position, answer, answered_at) VALUES (:a, :p, :x, :now)")
                        .param("x", answer).param("now", now).param("a", attemptId).param("p", position).update();
            } catch (DuplicateKeyException e) {
                s.jdbc.sql("UPDATE learning_answer SET answer = :x, answered_at = :now WHERE attempt_id = :a "
                        + "AND position = :p").param("x", answer).param("now", now).param("a", attemptId)
                        .param("p", position).update();
            }
        }
        return new LearningViews.SavedAnswer(attemptId, position, answer, h.deadline());
    }

    /** Submits: scores the answers saved (percent right, one decimal) and passes at the pass mark. */
    @Transactional
    public LearningViews.Result submit(long attemptId) {
        Head h = head(attemptId);
        if (h.status() != AttemptStatus.IN_PROGRESS) {
            throw UserFacingException.badRequest("learning.error.submitted");
        }
        List<Key> k = keys(h.testId());
        Map<Integer, String> answers = new HashMap<>();
        s.jdbc.sql("SELECT position, answer FROM learning_answer WHERE attempt_id = :a").param("a", attemptId)
                .query(rs -> {
                    answers.put(rs.getInt(1), rs.getString(2));
                });
        int correct = Scoring.correct(k.stream().map(Key::answer).toList(), answers);
        BigDecimal score = Scoring.score(correct, k.size());
        boolean passed = Scoring.passes(score, h.passMark());
        OffsetDateTime now = s.now();
        int n = s.jdbc.sql("UPDATE learning_attempt SET status = 'SUBMITTED', submitted_at = :now, taken_on = :on, "
                        + "score = :score, passed = :passed WHERE id = :id AND status = 'IN_PROGRESS'")
                .param("now", now).param("on", now.toLocalDate()).param("score", score).param("passed", passed)
                .param("id", attemptId).update();
        if (n == 0) {
            throw UserFacingException.badRequest("learning.error.submitted");
        }
        s.audit("learning.attempt.submitted", "learning_attempt", attemptId, score.toPlainString());
        return new LearningViews.Result(attemptId, score, passed, correct, k.size(), h.passMark());
    }
}
