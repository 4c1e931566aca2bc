package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads one level of a discretion benchmark (裁量基准) — what a decision states it applied (国办发〔2022〕27号 五(十二)). */
@Service
public class BenchmarkLevels {

    /** A level of a benchmark: its violation, level, conditions and fine range (either bound may be absent). */
    public record BenchmarkLevel(long id, long benchmarkId, String violationCode, String violationName, String level,
            String circumstances, BigDecimal minFine, BigDecimal maxFine) {

        /** Whether {@code fine} lies inside this level's range (bounds inclusive; an absent bound does not limit). */
        public boolean contains(BigDecimal fine) {
            if (fine == null) {
                return true;
            }
            return (minFine == null || fine.compareTo(minFine) >= 0) && (maxFine == null || fine.compareTo(maxFine) <= 0);
        }
    }

    private final JdbcClient jdbc;

    BenchmarkLevels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BenchmarkLevel> level(long levelId) {
        return jdbc.sql("SELECT l.id, l.benchmark_id, b.violation_code, b.violation_name, l.level, l.circumstances, "
                        + "l.min_fine, l.max_fine FROM enforcement_benchmark_level l "
                        + "JOIN enforcement_benchmark b ON b.id = l.benchmark_id WHERE l.id = :id")
                .param("id", levelId)
                .query((rs, n) -> new BenchmarkLevel(rs.getLong("id"), rs.getLong("benchmark_id"),
                        rs.getString("violation_code"), rs.getString("violation_name"), rs.getString("level"),
                        rs.getString("circumstances"), rs.getBigDecimal("min_fine"), rs.getBigDecimal("max_fine")))
                .optional();
    }
}
