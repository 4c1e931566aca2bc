package cn.fazhi.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorRecord;
import cn.fazhi.indicators.IndicatorSql;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.indicators.RecordPage;

/**
 * Learning figures, each by its business date: lectures by the day held, classes by their first day, tests by the day
 * the window opened (assigned, units) or the day taken (took, passed). The district online test is a test of kind
 * ONLINE_TEST organised district-wide; the pre-appointment law exam is a test of kind PRE_APPOINTMENT.
 */
@Configuration(proxyBeanMethods = false)
class LearningIndicators {

    static final String LECTURES = "learning_lecture l JOIN unit u ON u.id = l.unit_id";
    static final String CLASSES = "learning_class c JOIN unit u ON u.id = c.unit_id";
    static final String CLASS_TRAINEES = "learning_class_trainee tr JOIN learning_class c ON c.id = tr.class_id "
            + "JOIN unit u ON u.id = tr.unit_id";
    static final String ASSIGNMENTS = "learning_assignment a JOIN learning_test t ON t.id = a.test_id "
            + "JOIN unit u ON u.id = a.unit_id";
    static final String ATTEMPTS = "learning_attempt a JOIN learning_test t ON t.id = a.test_id JOIN unit u ON u.id = a.unit_id";
    static final String DISTRICT_TEST = "t.kind = 'ONLINE_TEST' AND t.district_wide";
    static final String PARTY_SCHOOL_XI = "c.organiser = 'PARTY_SCHOOL' AND c.xi_thought";

    /** 区委理论学习中心组学法讲座 (special law lectures of the centre group). */
    @Bean
    Indicator learningLecturesIndicator(JdbcClient jdbc) {
        return new Figure("learning.lectures", jdbc, LECTURES, "l", "l.held_on", "l.kind = 'CENTRAL_GROUP' AND l.special_law",
                "COUNT(*)", "u.short_name, l.topic, l.held_on, l.region_code, NULL, CONCAT('/learning/lectures/', l.id)",
                null);
    }

    /** 区委党校 classes on 习近平法治思想, by their first day. */
    @Bean
    Indicator learningClassesIndicator(JdbcClient jdbc) {
        return new Figure("learning.classes", jdbc, CLASSES, "c", "c.starts_on", PARTY_SCHOOL_XI, "COUNT(*)",
                "u.short_name, c.title, c.starts_on, c.region_code, NULL, CONCAT('/learning/classes/', c.id)", null);
    }

    @Bean
    Indicator learningClassHoursIndicator(JdbcClient jdbc) {
        return new Figure("learning.class_hours", jdbc, CLASSES, "c", "c.starts_on", PARTY_SCHOOL_XI,
                "COALESCE(SUM(c.hours), 0)",
                "u.short_name, c.title, c.starts_on, c.region_code, c.hours, CONCAT('/learning/classes/', c.id)", null);
    }

    @Bean
    Indicator learningTraineesIndicator(JdbcClient jdbc) {
        return trainees("learning.trainees", PARTY_SCHOOL_XI, jdbc);
    }

    /** The district's class on 习近平法治思想 and enforcement for the enforcement units. */
    @Bean
    Indicator learningEnforcementClassTraineesIndicator(JdbcClient jdbc) {
        return trainees("learning.enforcement_class.trainees", "c.organiser = 'DISTRICT' AND c.enforcement", jdbc);
    }

    /** Enforcement trainings the units ran for their own staff. */
    @Bean
    Indicator learningUnitTrainingTraineesIndicator(JdbcClient jdbc) {
        return trainees("learning.unit_training.trainees", "c.organiser = 'UNIT' AND c.enforcement", jdbc);
    }

    private static Figure trainees(String id, String condition, JdbcClient jdbc) {
        return new Figure(id, jdbc, CLASS_TRAINEES, "tr", "c.starts_on", condition, "COALESCE(SUM(tr.trainees), 0)",
                "u.short_name, c.title, c.starts_on, u.region_code, tr.trainees, CONCAT('/learning/classes/', c.id)", null)
                .region("u.region_code");
    }

    /** Units whose cadres were assigned the district online test (by the day its window opened). */
    @Bean
    Indicator learningTestUnitsIndicator(JdbcClient jdbc) {
        return new Figure("learning.test.units", jdbc, ASSIGNMENTS, "a", "t.opens_on", DISTRICT_TEST,
                "COUNT(DISTINCT a.unit_id)", "u.short_name, MIN(t.title), MIN(t.opens_on), a.region_code, COUNT(*), "
                + "CONCAT('/learning/tests/', MIN(t.id))", "u.short_name, a.unit_id, a.region_code");
    }

    @Bean
    Indicator learningTestAssignedIndicator(JdbcClient jdbc) {
        return new Figure("learning.test.assigned", jdbc, ASSIGNMENTS, "a", "t.opens_on", DISTRICT_TEST, "COUNT(*)",
                "u.short_name, t.title, t.opens_on, a.region_code, NULL, CONCAT('/learning/tests/', t.id)", null);
    }

    /** Cadres who took the district online test (by the day taken). */
    @Bean
    Indicator learningTestCadresIndicator(JdbcClient jdbc) {
        return attempts("learning.test.cadres", DISTRICT_TEST, jdbc);
    }

    @Bean
    Indicator learningTestPassedIndicator(JdbcClient jdbc) {
        return attempts("learning.test.passed", DISTRICT_TEST + " AND a.passed", jdbc);
    }

    /** 参考率 = took / assigned. */
    @Bean
    Indicator learningTestParticipationRateIndicator(IndicatorSql sql, Indicator learningTestCadresIndicator,
            Indicator learningTestAssignedIndicator) {
        return sql.rate("learning.test.participation_rate", learningTestCadresIndicator, learningTestAssignedIndicator);
    }

    /** 合格率 = passed / took. */
    @Bean
    Indicator learningTestPassRateIndicator(IndicatorSql sql, Indicator learningTestPassedIndicator,
            Indicator learningTestCadresIndicator) {
        return sql.rate("learning.test.pass_rate", learningTestPassedIndicator, learningTestCadresIndicator);
    }

    @Bean
    Indicator learningPreAppointmentCandidatesIndicator(JdbcClient jdbc) {
        return attempts("learning.pre_appointment.candidates", "t.kind = 'PRE_APPOINTMENT'", jdbc);
    }

    @Bean
    Indicator learningPreAppointmentPassedIndicator(JdbcClient jdbc) {
        return attempts("learning.pre_appointment.passed", "t.kind = 'PRE_APPOINTMENT' AND a.passed", jdbc);
    }

    private static Figure attempts(String id, String condition, JdbcClient jdbc) {
        return new Figure(id, jdbc, ATTEMPTS, "a", "a.taken_on", "a.status = 'SUBMITTED' AND " + condition, "COUNT(*)",
                "u.short_name, t.title, a.taken_on, a.region_code, a.score, CONCAT('/learning/tests/', t.id)", null);
    }

    /** Roster units short of two special law lectures in the year of the period's start (督察规定 Arts. 7–9). */
    @Bean
    Indicator learningSpecialLecturesUnitsShortIndicator(Lectures lectures) {
        return new UnitsShort(lectures);
    }

    /**
     * A figure over one table (joined with {@code unit u}): the aggregate {@code measure} of the rows whose date is in
     * the period, within the query's region and scope; the records are the rows (or the groups of {@code groupBy}),
     * six columns: reference, title, date, region, amount, href.
     */
    static final class Figure implements Indicator {

        private final String id;
        private final JdbcClient jdbc;
        private final String from;
        private final String alias;
        private final String dateColumn;
        private final String condition;
        private final String measure;
        private final String recordColumns;
        private final String groupBy;
        private String regionColumn;

        Figure(String id, JdbcClient jdbc, String from, String alias, String dateColumn, String condition, String measure,
                String recordColumns, String groupBy) {
            this.id = id;
            this.jdbc = jdbc;
            this.from = from;
            this.alias = alias;
            this.dateColumn = dateColumn;
            this.condition = condition;
            this.measure = measure;
            this.recordColumns = recordColumns;
            this.groupBy = groupBy;
            this.regionColumn = alias + ".region_code";
        }

        Figure region(String column) {
            this.regionColumn = column;
            return this;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public IndicatorUnit unit() {
            return IndicatorUnit.COUNT;
        }

        private String where(IndicatorQuery query) {
            return " FROM " + from + " WHERE " + query.sqlCondition(alias + ".unit_id", regionColumn) + " AND "
                    + dateColumn + " BETWEEN :from AND :to AND (" + condition + ")";
        }

        @Override
        public BigDecimal value(IndicatorQuery query) {
            BigDecimal v = jdbc.sql("SELECT " + measure + where(query)).params(query.parameters()).query(BigDecimal.class)
                    .single();
            return v == null ? BigDecimal.ZERO : v.stripTrailingZeros().scale() <= 0 ? v.setScale(0,
                    java.math.RoundingMode.UNNECESSARY) : v;
        }

        @Override
        public RecordPage records(IndicatorQuery query, int page, int size) {
            if (page < 0 || size < 1) {
                throw new IllegalArgumentException("invalid page");
            }
            Map<String, Object> p = new HashMap<>(query.parameters());
            String group = groupBy == null ? "" : " GROUP BY " + groupBy;
            long total = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 AS one" + where(query) + group + ") x").params(p)
                    .query(Long.class).single();
            p.put("limit", size);
            p.put("offset", (long) page * size);
            List<IndicatorRecord> items = jdbc.sql("SELECT " + recordColumns + where(query) + group
                            + " ORDER BY 3 DESC, 1 LIMIT :limit OFFSET :offset").params(p)
                    .query((rs, n) -> new IndicatorRecord(rs.getString(1), rs.getString(2),
                            rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBigDecimal(5), rs.getString(6)))
                    .list();
            return new RecordPage(items, total, page, size);
        }

        @Override
        public Map<String, BigDecimal> byRegion(IndicatorQuery query, int codeLength) {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            String key = "SUBSTRING(" + regionColumn + ", 1, " + codeLength + ")";
            jdbc.sql("SELECT " + key + " AS k, " + measure + " AS v" + where(query) + " GROUP BY " + key + " ORDER BY k")
                    .params(query.parameters()).query(rs -> {
                        out.put(rs.getString("k"), rs.getBigDecimal("v"));
                    });
            return out;
        }
    }

    /** {@code learning.special_lectures.units_short}: records are the units short, by name. */
    static final class UnitsShort implements Indicator {

        private final Lectures lectures;

        UnitsShort(Lectures lectures) {
            this.lectures = lectures;
        }

        @Override
        public String id() {
            return "learning.special_lectures.units_short";
        }

        @Override
        public IndicatorUnit unit() {
            return IndicatorUnit.COUNT;
        }

        private List<LearningViews.UnitShort> units(IndicatorQuery query) {
            return lectures.unitsShort(query.from().getYear(), query.scope()).stream()
                    .filter(u -> u.regionCode() != null && u.regionCode().startsWith(query.regionCode())).toList();
        }

        @Override
        public BigDecimal value(IndicatorQuery query) {
            return BigDecimal.valueOf(units(query).size());
        }

        @Override
        public RecordPage records(IndicatorQuery query, int page, int size) {
            List<LearningViews.UnitShort> all = units(query);
            List<IndicatorRecord> items = all.stream().skip((long) page * size).limit(size)
                    .map(u -> new IndicatorRecord(u.unitName(), u.unitName(), query.to(), u.regionCode(),
                            BigDecimal.valueOf(u.lectures()), "/learning/lectures/short?studyYear=" + query.from().getYear()))
                    .toList();
            return new RecordPage(items, all.size(), page, size);
        }
    }
}
