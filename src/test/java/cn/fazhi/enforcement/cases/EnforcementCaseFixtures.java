package cn.fazhi.enforcement.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The one place the penalty-case tests write rows of other parts' tables directly. Officers and certificates belong to
 * part A (officers), benchmarks to part D (discretion); their facades are on other branches, so these tests create
 * them with plain inserts into the contract tables of V89 ({@code enforcement_officer}, {@code enforcement_certificate},
 * {@code enforcement_benchmark}, {@code enforcement_benchmark_level}). Each test class works in a unit of its own
 * ({@link #unit}), so counts never depend on what other tests wrote.
 */
final class EnforcementCaseFixtures {

    // certificates start after 2023: the 2023 demo year counts every certificate valid at its end (OfficerDemoYear2023Test)
    static final LocalDate LONG_AGO = LocalDate.of(2024, 1, 2);
    static final LocalDate FAR_AHEAD = LocalDate.of(2099, 12, 31);

    private final JdbcClient jdbc;

    EnforcementCaseFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new enforcing department of the district (its own id, so every count can be scoped to it). */
    long unit() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, parent_id, region_code, sort_order) "
                        + "VALUES (:code, :name, :short, 'DEPARTMENT', 3, '421202', 999)")
                .param("code", code).param("name", "测试执法局" + code).param("short", "测" + code.substring(1))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** An officer of {@code unitId}, optionally acting as platform user {@code userId}. */
    long officer(long unitId, String name, Long userId, boolean legallyQualified) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_officer (unit_id, region_code, user_id, name, post, legal_qualification, "
                        + "reviewer, active, created_at, created_by) SELECT u.id, u.region_code, :user, :name, '执法员', :lq, "
                        + ":lq, TRUE, :at, 'test' FROM unit u WHERE u.id = :unit")
                .param("unit", unitId).param("user", userId).param("name", name).param("lq", legallyQualified)
                .param("at", OffsetDateTime.now()).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** A certificate of the officer, issued and expiring on the given days, with its status since {@code since}. */
    String certificate(long officerId, LocalDate issued, LocalDate expires, String status, LocalDate since) {
        String number = "42" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.sql("INSERT INTO enforcement_certificate (officer_id, number, issuing_authority, areas, issued_on, expires_on, "
                        + "status, status_since, created_at, created_by) VALUES (:o, :n, '咸宁市人民政府', '市场监管', :i, :e, "
                        + ":s, :since, :at, 'test')")
                .param("o", officerId).param("n", number).param("i", issued).param("e", expires).param("s", status)
                .param("since", since).param("at", OffsetDateTime.now()).update();
        return number;
    }

    /** An officer holding a certificate valid from 2020 to 2099. */
    long certifiedOfficer(long unitId, String name) {
        long id = officer(unitId, name, null, false);
        certificate(id, LONG_AGO, FAR_AHEAD, "VALID", LONG_AGO);
        return id;
    }

    /** A published district benchmark for {@code violationCode} with one GENERAL level [min, max]; its level id. */
    long benchmarkLevel(String violationCode, String min, String max) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_benchmark (violation_code, violation_name, legal_basis, penalty_basis, "
                        + "issuer_level, effective_from, published, created_at, created_by) VALUES (:v, '测试违法行为', "
                        + "'《某法》第十条', '《某法》第三十条', 'DISTRICT', :from, TRUE, :at, 'test')")
                .param("v", violationCode).param("from", LONG_AGO).param("at", OffsetDateTime.now()).update(keys, "id");
        long benchmark = keys.getKeyAs(Long.class);
        GeneratedKeyHolder levelKeys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_benchmark_level (benchmark_id, ordinal, level, circumstances, min_fine, max_fine) "
                        + "VALUES (:b, 1, 'GENERAL', '一般情节', :min, :max)")
                .param("b", benchmark).param("min", new BigDecimal(min)).param("max", new BigDecimal(max))
                .update(levelKeys, "id");
        return levelKeys.getKeyAs(Long.class);
    }

    long casesIn(long unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM enforcement_case WHERE unit_id = :u").param("u", unitId).query(Long.class).single();
    }

    int version(long caseId) {
        return jdbc.sql("SELECT version FROM enforcement_case WHERE id = :id").param("id", caseId).query(Integer.class).single();
    }
}
