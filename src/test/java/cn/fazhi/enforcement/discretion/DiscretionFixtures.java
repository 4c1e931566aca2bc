package cn.fazhi.enforcement.discretion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The one place tests write rows they do not own: decided penalty cases in the contract table {@code enforcement_case}
 * (the penalty part's facade is not on this branch), and benchmarks straight into the contract tables when a test needs
 * one without going through the facade's checks. Every code is unique per call, so tests sharing one database never
 * meet each other's peer groups.
 */
final class DiscretionFixtures {

    private final JdbcClient jdbc;

    DiscretionFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A violation code no other test uses. */
    static String code() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /** A published benchmark for {@code code} with the given levels (kind, min, max); returns the level ids in order. */
    List<Long> benchmark(String code, String issuer, Object[]... levels) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_benchmark (violation_code, violation_name, legal_basis, penalty_basis, "
                        + "issuer_level, effective_from, published, published_on, created_at, created_by) VALUES (:c, :n, "
                        + "'《测试条例》第十条', '《测试条例》第三十条', :i, DATE '2000-01-01', TRUE, DATE '2000-01-01', :now, 'test')")
                .param("c", code).param("n", "测试违法行为" + code).param("i", issuer).param("now", OffsetDateTime.now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        java.util.ArrayList<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            GeneratedKeyHolder k = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO enforcement_benchmark_level (benchmark_id, ordinal, level, circumstances, min_fine, "
                            + "max_fine) VALUES (:b, :o, :l, '测试情形', :min, :max)")
                    .param("b", id).param("o", i + 1).param("l", levels[i][0])
                    .param("min", levels[i][1] == null ? null : new BigDecimal(levels[i][1].toString()))
                    .param("max", levels[i][2] == null ? null : new BigDecimal(levels[i][2].toString()))
                    .update(k, "id");
            ids.add(k.getKey().longValue());
        }
        return ids;
    }

    /** A decided penalty case of {@code unitId} (its region) with the given level, fine, date and status. */
    long decided(long unitId, String code, Long levelId, String fine, LocalDate decidedOn, String status) {
        String region = jdbc.sql("SELECT region_code FROM unit WHERE id = :id").param("id", unitId).query(String.class)
                .single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_case (case_number, procedure_kind, status, unit_id, region_code, violation_code, "
                        + "benchmark_level_id, fine_amount, filed_on, decided_on, decision_number, created_at, created_by) "
                        + "VALUES (:no, 'ORDINARY', :s, :u, :r, :c, :l, :f, :filed, :d, :no, :now, 'test')")
                .param("no", "测试罚〔" + decidedOn.getYear() + "〕" + UUID.randomUUID().toString().substring(0, 13) + "号")
                .param("s", status).param("u", unitId).param("r", region).param("c", code).param("l", levelId)
                .param("f", fine == null ? null : new BigDecimal(fine)).param("filed", decidedOn.minusDays(30))
                .param("d", decidedOn).param("now", OffsetDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
