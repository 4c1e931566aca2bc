package cn.fazhi.enforcement.coercion;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Officers and certificates for the coercion tests, written by plain inserts into the contract tables
 * {@code enforcement_officer} and {@code enforcement_certificate} (V89): the officers' facade is built by part A on
 * another branch, so this is the one place these tests create them. Numbers are unique per call.
 */
final class CoercionOfficerFixture {

    private final JdbcClient jdbc;

    CoercionOfficerFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An active officer of {@code unitId} holding a certificate valid from {@code from} to {@code to}. */
    long officer(long unitId, String name, LocalDate from, LocalDate to) {
        String region = jdbc.sql("SELECT region_code FROM unit WHERE id = :id").param("id", unitId).query(String.class)
                .single();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_officer (unit_id, region_code, name, post, created_at, created_by) "
                        + "VALUES (:u, :r, :n, '执法岗', :at, 'test')")
                .param("u", unitId).param("r", region).param("n", name).param("at", OffsetDateTime.now())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        jdbc.sql("INSERT INTO enforcement_certificate (officer_id, number, issuing_authority, areas, issued_on, expires_on, "
                        + "status, status_since, created_at, created_by) VALUES (:o, :no, '咸宁市人民政府', '市场监管', :f, :t, "
                        + "'VALID', :f, :at, 'test')")
                .param("o", id).param("no", "T" + System.nanoTime()).param("f", from).param("t", to)
                .param("at", OffsetDateTime.now()).update();
        return id;
    }

    /** An officer whose certificate is valid for the whole of 2019–2030. */
    long certified(long unitId, String name) {
        return officer(unitId, name, LocalDate.of(2024, 1, 2), LocalDate.of(2030, 12, 31));
    }
}
