package cn.fazhi.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.fazhi.duties.Roster;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.demo.DemoPeople;

/**
 * Learning of the generated 2023 demo year (seed §1.1.一, §1.3.三). Lectures: the 区委理论学习中心组 held 3 special law
 * lectures (and 2 other study sessions), the government's standing meeting 6 会前学法; every roster unit's leadership 2
 * special law lectures except 区档案馆 (1) and 区红十字会 (0) — the two units short of 督察规定 Arts. 7–9. Classes: 5
 * 区委党校 classes on 习近平法治思想 of 4 hours each (20 hours) for 181 cadres, one other party-school class, the
 * district's 习近平法治思想暨行政执法专门培训班 for 224 staff of 16 enforcement units, and enforcement trainings run by
 * 区农业农村局 (86), 区教育局 (72), 区林业局 (64), 区城管执法局 (48) and 区市场监管局 (36): 306. Tests: 2,135 cadres in
 * the 78 roster units (27 each, one more in the first 29), all assigned the district's 习近平法治思想在线测试 of September
 * 2023 (20 questions, 30 minutes, pass mark 60), all took and passed it (scores 60–100); the 任前法律考试 of 2023-06-15
 * for {@value #CANDIDATES} candidates, {@value #CANDIDATES_PASSED} passed (pass mark 80). The demo account ganbu is the
 * first cadre of 区市场监管局 and also has that unit's test of the current year open to take. Names are synthetic.
 */
@Component
@Order(54)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class LearningDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "learning-2023";
    static final int CADRES = 2135;
    static final int CANDIDATES = 12;
    static final int CANDIDATES_PASSED = 11;
    static final long ARCHIVES = 76;
    static final long RED_CROSS = 97;
    static final long PARTY_SCHOOL = 84;
    static final long MARKET = 5;
    private static final String BY = "demo";
    private static final String[] POSITIONS = {"科员", "一级科员", "四级主任科员", "三级主任科员", "二级主任科员",
        "股长", "副主任", "办公室主任", "副局长", "一级主任科员"};
    private static final String[] UNIT_TOPICS = {"学习贯彻习近平法治思想专题讲座", "《中华人民共和国行政处罚法》专题讲座",
        "《中华人民共和国行政复议法》修订解读", "《优化营商环境条例》专题讲座", "《中华人民共和国民法典》专题讲座",
        "行政执法“三项制度”专题讲座", "《信访工作条例》专题讲座", "《中华人民共和国保守国家秘密法》专题讲座"};
    private static final String[] SPEAKERS = {"区司法局法制股负责同志", "湖北科技学院法学教授", "区法律顾问团律师",
        "本单位主要负责同志", "区委党校法学教研室教师", "区人民法院法官"};
    private static final long[] ENFORCEMENT_UNITS = {4, 5, 6, 7, 8, 9, 10, 11, 12, 49, 50, 51, 52, 54, 55, 60};
    private static final long[][] UNIT_TRAININGS = {{7, 86}, {8, 72}, {9, 64}, {60, 48}, {5, 36}};

    private final LearningSupport s;
    private final JdbcTemplate template;
    private final Lectures lectures;
    private final TrainingClasses classes;
    private final QuestionBank bank;
    private final TestSessions tests;
    private final Attempts attempts;
    private final Roster roster;
    private final DemoGenerations generations;

    LearningDemoYear2023(LearningSupport support, JdbcTemplate template, Lectures lectures, TrainingClasses classes,
            QuestionBank bank, TestSessions tests, Attempts attempts, Roster roster, DemoGenerations generations) {
        this.s = support;
        this.template = template;
        this.lectures = lectures;
        this.classes = classes;
        this.bank = bank;
        this.tests = tests;
        this.attempts = attempts;
        this.roster = roster;
        this.generations = generations;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    int generate() {
        List<Long> units = roster.unitIds(2023);
        if (units.size() != 78) {
            return 0;
        }
        int rows = lectures(units) + classes(units);
        List<Long> questions = questions();
        rows += questions.size();
        List<long[]> cadres = cadres(units);
        rows += cadres.size();
        rows += districtTest(cadres, questions.subList(0, 20));
        rows += preAppointment(cadres, questions.subList(20, 30));
        rows += openTest(cadres, questions.subList(0, 10));
        return rows;
    }

    private int lectures(List<Long> units) {
        LearningSupport.UnitRef committee = s.unit(1);
        LearningSupport.UnitRef government = s.unit(3);
        lectures.insert(LectureKind.CENTRAL_GROUP, LocalDate.of(2023, 3, 16), committee,
                "深入学习贯彻习近平法治思想 奋力推进法治咸安建设", "周叶中（武汉大学副校长、教授）", 32, null, true, true, BY);
        lectures.insert(LectureKind.CENTRAL_GROUP, LocalDate.of(2023, 6, 20), committee,
                "新修订《中华人民共和国行政复议法》要点解读", "湖北科技学院法学教授", 30, null, true, true, BY);
        lectures.insert(LectureKind.CENTRAL_GROUP, LocalDate.of(2023, 11, 28), committee,
                "学习宪法 尊崇宪法 维护宪法权威", "区委党校法学教研室教师", 31, null, true, true, BY);
        lectures.insert(LectureKind.CENTRAL_GROUP, LocalDate.of(2023, 2, 21), committee,
                "学习贯彻党的二十大精神", "区委主要负责同志", 33, null, false, true, BY);
        lectures.insert(LectureKind.CENTRAL_GROUP, LocalDate.of(2023, 9, 12), committee,
                "学习贯彻习近平新时代中国特色社会主义思想主题教育专题学习", "区委主要负责同志", 33, null, false, true, BY);
        for (int m = 0; m < 6; m++) {
            lectures.insert(LectureKind.GOV_STANDING, LocalDate.of(2023, 1 + 2 * m, 10), government,
                    "区政府常务会议会前学法：" + UNIT_TOPICS[m % UNIT_TOPICS.length], SPEAKERS[m % SPEAKERS.length],
                    18, null, true, true, BY);
        }
        int n = 11;
        for (int k = 0; k < units.size(); k++) {
            long unit = units.get(k);
            int count = unit == RED_CROSS ? 0 : unit == ARCHIVES ? 1 : 2;
            LearningSupport.UnitRef ref = s.unit(unit);
            for (int j = 0; j < count; j++) {
                lectures.insert(LectureKind.UNIT_LEADERSHIP, LocalDate.of(2023, j == 0 ? 4 : 10, 1 + k % 28), ref,
                        UNIT_TOPICS[(k + j * 3) % UNIT_TOPICS.length], SPEAKERS[(k + j) % SPEAKERS.length],
                        8 + k % 9, null, true, true, BY);
                n++;
            }
        }
        lectures.insert(LectureKind.OTHER, LocalDate.of(2023, 5, 18), s.unit(MARKET), "食品安全抽检业务学习",
                "本单位业务骨干", 20, null, false, true, BY);
        return n + 1;
    }

    private int classes(List<Long> units) {
        LearningSupport.UnitRef school = s.unit(PARTY_SCHOOL);
        String[] titles = {"全区科级干部进修班", "全区中青年干部培训班", "全区乡镇（街道）党政正职培训班", "全区新任职科级干部培训班",
            "全区年轻干部理论培训班"};
        LocalDate[] starts = {LocalDate.of(2023, 3, 6), LocalDate.of(2023, 4, 17), LocalDate.of(2023, 6, 5),
            LocalDate.of(2023, 9, 11), LocalDate.of(2023, 10, 23)};
        for (int i = 0; i < 5; i++) {
            List<LearningCommands.Trainees> t = new ArrayList<>();
            for (int j = 0; j < 12; j++) {
                int count = 3 + (i == 4 && j == 0 ? 1 : 0);
                t.add(new LearningCommands.Trainees(units.get(i * 12 + j), count, count));
            }
            classes.insert(new LearningCommands.NewClass(ClassOrganiser.PARTY_SCHOOL, PARTY_SCHOOL,
                    titles[i] + "（习近平法治思想专题）", true, false, starts[i], starts[i].plusDays(4), new BigDecimal(4), t),
                    school, true, BY);
        }
        classes.insert(new LearningCommands.NewClass(ClassOrganiser.PARTY_SCHOOL, PARTY_SCHOOL, "全区乡村振兴专题培训班",
                false, false, LocalDate.of(2023, 7, 10), LocalDate.of(2023, 7, 12), new BigDecimal(8),
                List.of(new LearningCommands.Trainees(units.get(60), 20, 19), new LearningCommands.Trainees(units.get(61),
                        20, 20))), school, true, BY);
        List<LearningCommands.Trainees> enforcement = new ArrayList<>();
        for (long u : ENFORCEMENT_UNITS) {
            enforcement.add(new LearningCommands.Trainees(u, 14, 14));
        }
        classes.insert(new LearningCommands.NewClass(ClassOrganiser.DISTRICT, 2L, "习近平法治思想暨行政执法专门培训班", true, true,
                LocalDate.of(2023, 8, 22), LocalDate.of(2023, 8, 24), new BigDecimal(16), enforcement), s.unit(2), true, BY);
        String[] topics = {"农业综合行政执法业务培训", "教育行政执法专项培训", "林业行政执法专项培训", "城市管理综合执法专项培训",
            "市场监管行政执法专项培训"};
        for (int i = 0; i < UNIT_TRAININGS.length; i++) {
            long unit = UNIT_TRAININGS[i][0];
            int count = (int) UNIT_TRAININGS[i][1];
            classes.insert(new LearningCommands.NewClass(ClassOrganiser.UNIT, unit, topics[i], false, true,
                    LocalDate.of(2023, 5 + i, 15), LocalDate.of(2023, 5 + i, 16), new BigDecimal(8),
                    List.of(new LearningCommands.Trainees(unit, count, count - i % 2))), s.unit(unit), true, BY);
        }
        return 12;
    }

    private List<Long> questions() {
        List<Long> ids = new ArrayList<>();
        for (String[] q : DemoQuestions.ALL) {
            QuestionKind kind = QuestionKind.valueOf(q[0]);
            List<String> options = q.length > 4 ? List.of(q).subList(4, q.length) : List.of();
            ids.add(bank.insert(new LearningCommands.NewQuestion(kind, q[1], q[2], options, q[3]), true, BY));
        }
        return ids;
    }

    /** Cadres as {id, unit}: 27 per roster unit and one more in the first 29 (2,135); ganbu is 区市场监管局's first. */
    private List<long[]> cadres(List<Long> units) {
        Random random = new Random(20231654L);
        DemoPeople people = new DemoPeople(random);
        Long ganbu = s.jdbc.sql("SELECT id FROM app_user WHERE username = 'ganbu'").query(Long.class).optional()
                .orElse(null);
        OffsetDateTime at = OffsetDateTime.of(2023, 1, 3, 9, 0, 0, 0, LearningSupport.CHINA);
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            LearningSupport.UnitRef unit = s.unit(units.get(k));
            int n = CADRES / units.size() + (k < CADRES % units.size() ? 1 : 0);
            for (int j = 0; j < n; j++) {
                boolean isGanbu = unit.id() == MARKET && j == 0;
                rows.add(new Object[] {unit.id(), unit.regionCode(), isGanbu ? "邓超" : people.personName(),
                    POSITIONS[(k + j) % POSITIONS.length], isGanbu ? ganbu : null, at});
            }
        }
        template.batchUpdate("INSERT INTO learning_cadre (unit_id, region_code, name, position, user_id, demo, created_at, "
                + "created_by) VALUES (?, ?, ?, ?, ?, TRUE, ?, 'demo')", rows);
        return s.jdbc.sql("SELECT id, unit_id FROM learning_cadre WHERE demo ORDER BY id")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    private long test(String title, TestKind kind, boolean district, long organiser, LocalDateTime opens,
            LocalDateTime closes, int minutes, int pass, List<Long> questions) {
        return tests.insert(new LearningCommands.NewTest(title, kind, district, opens, closes, minutes, pass, questions),
                s.unit(organiser), true, BY);
    }

    private int districtTest(List<long[]> cadres, List<Long> questions) {
        long test = test("2023年度“习近平法治思想”在线测试", TestKind.ONLINE_TEST, true, 2, LocalDateTime.of(2023, 9, 1, 8, 0),
                LocalDateTime.of(2023, 9, 30, 18, 0), 30, 60, questions);
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < cadres.size(); i++) {
            scores.add(12 + (i * 7) % 9);
        }
        return sit(test, cadres, scores, LocalDate.of(2023, 9, 1), 29, 30, 60);
    }

    private int preAppointment(List<long[]> cadres, List<Long> questions) {
        long test = test("2023年拟任领导干部任前法律考试", TestKind.PRE_APPOINTMENT, true, 2,
                LocalDateTime.of(2023, 6, 15, 9, 0), LocalDateTime.of(2023, 6, 15, 12, 0), 60, 80, questions);
        List<long[]> candidates = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            candidates.add(cadres.get(2 + i * 170));
            scores.add(i == 7 ? 7 : 8 + i % 3);
        }
        return sit(test, candidates, scores, LocalDate.of(2023, 6, 15), 1, 60, 80);
    }

    /** The current year's test of 区市场监管局, open all year, assigned to its cadres (ganbu takes it in the browser). */
    private int openTest(List<long[]> cadres, List<Long> questions) {
        int year = s.now().getYear();
        long test = test(year + "年度区市场监管局干部学法考试", TestKind.ONLINE_TEST, false, MARKET,
                LocalDateTime.of(year, 1, 1, 8, 0), LocalDateTime.of(year, 12, 31, 23, 0), 20, 60, questions);
        List<Long> mine = cadres.stream().filter(c -> c[1] == MARKET).map(c -> c[0]).toList();
        return tests.assignCadres(test, mine);
    }

    /**
     * Assigns {@code takers} and records their submitted attempts: taker i answers the first {@code scores[i]}
     * questions right and the rest wrong, on day {@code first + i % days}.
     */
    private int sit(long test, List<long[]> takers, List<Integer> rightCounts, LocalDate first, int days, int minutes,
            int passMark) {
        List<Object[]> assignments = new ArrayList<>();
        for (long[] c : takers) {
            assignments.add(new Object[] {test, c[0], c[1], s.unit(c[1]).regionCode()});
        }
        template.batchUpdate("INSERT INTO learning_assignment (test_id, cadre_id, unit_id, region_code) VALUES (?, ?, ?, ?)",
                assignments);
        List<Long> assignmentIds = s.jdbc.sql("SELECT id FROM learning_assignment WHERE test_id = :t ORDER BY id")
                .param("t", test).query(Long.class).list();
        List<Attempts.Key> keys = attempts.keys(test);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < takers.size(); i++) {
            LocalDate day = first.plusDays(i % days);
            OffsetDateTime started = day.atTime(9, 0).plusMinutes(i % 480).atOffset(LearningSupport.CHINA);
            BigDecimal score = Scoring.score(rightCounts.get(i), keys.size());
            Object[] a = assignments.get(i);
            rows.add(new Object[] {assignmentIds.get(i), test, a[1], a[2], a[3], started, started.plusMinutes(minutes),
                started.plusMinutes(minutes * 2 / 3), day, score, Scoring.passes(score, passMark)});
        }
        template.batchUpdate("INSERT INTO learning_attempt (assignment_id, test_id, cadre_id, unit_id, region_code, "
                + "started_at, deadline_at, submitted_at, taken_on, score, passed, status) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED')", rows);
        List<Long> attemptIds = s.jdbc.sql("SELECT id FROM learning_attempt WHERE test_id = :t ORDER BY assignment_id")
                .param("t", test).query(Long.class).list();
        List<Object[]> answers = new ArrayList<>();
        for (int i = 0; i < takers.size(); i++) {
            OffsetDateTime at = (OffsetDateTime) rows.get(i)[5];
            for (int p = 0; p < keys.size(); p++) {
                String key = keys.get(p).answer();
                answers.add(new Object[] {attemptIds.get(i), p + 1, p < rightCounts.get(i) ? key : wrong(key),
                    at.plusMinutes(p + 1)});
            }
            if (answers.size() >= 5000) {
                template.batchUpdate("INSERT INTO learning_answer (attempt_id, position, answer, answered_at) "
                        + "VALUES (?, ?, ?, ?)", answers);
                answers.clear();
            }
        }
        template.batchUpdate("INSERT INTO learning_answer (attempt_id, position, answer, answered_at) VALUES (?, ?, ?, ?)",
                answers);
        return takers.size() * (2 + keys.size());
    }

    static String wrong(String key) {
        return switch (key) {
            case "T" -> "F";
            case "F" -> "T";
            case "A" -> "B";
            default -> key.length() == 1 ? "A" : key.equals("AB") ? "ABC" : "AB";
        };
    }
}
