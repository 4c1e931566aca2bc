package cn.fazhi.enforcement.filereview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.enforcement.CaseFile;
import cn.fazhi.enforcement.CaseFileSource;

/**
 * Test support of the case-file evaluation tests, imported by each of them (one application context for all):
 * <ul>
 * <li>{@link TestFiles}, a {@link CaseFileSource} of case type {@code filereview-test} holding the files a test
 *     puts in it. The penalty and coercion case types (parts B and C) implement the real sources on other branches;
 *     this is not a mock of one of our components but a source of files for the tests, as the SPI intends.</li>
 * <li>{@link Fixtures}: the one place these tests write rows of other parts' tables — a unit of their own, and
 *     officers and certificates by plain inserts into the contract tables {@code enforcement_officer} and
 *     {@code enforcement_certificate} (part A's officer facade is not on this branch).</li>
 * </ul>
 */
@TestConfiguration(proxyBeanMethods = false)
class FileReviewTestSupport {

    static final String CASE_TYPE = "filereview_test";

    @Bean
    TestFiles fileReviewTestFiles() {
        return new TestFiles();
    }

    @Bean
    Fixtures fileReviewFixtures(JdbcClient jdbc) {
        return new Fixtures(jdbc);
    }

    /** Files held in memory; ids are unique across the tests sharing the context. */
    static final class TestFiles implements CaseFileSource {

        private final Map<Long, CaseFile> files = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000_000L + 1_000_000_000L);

        long nextId() {
            return ids.incrementAndGet();
        }

        CaseFile put(CaseFile file) {
            files.put(file.caseId(), file);
            return file;
        }

        @Override
        public String caseType() {
            return CASE_TYPE;
        }

        @Override
        public Optional<CaseFile> file(long caseId) {
            return Optional.ofNullable(files.get(caseId));
        }

        @Override
        public List<Long> closedBetween(LocalDate from, LocalDate to, Long unitId) {
            List<Long> out = new ArrayList<>();
            files.values().forEach(f -> {
                if (f.closedOn() != null && !f.closedOn().isBefore(from) && !f.closedOn().isAfter(to)
                        && (unitId == null || f.unitId() == unitId)) {
                    out.add(f.caseId());
                }
            });
            return out;
        }
    }

    /** Rows of the contract tables and a unit, by plain inserts (documented above). */
    static final class Fixtures {

        private final JdbcClient jdbc;

        Fixtures(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        String regionOf(long unitId) {
            return jdbc.sql("SELECT region_code FROM unit WHERE id = :id").param("id", unitId).query(String.class).single();
        }

        /** A new enforcement unit in the region of unit 5 (区市场监管局), so every test counts inside its own unit. */
        long unit() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            jdbc.sql("INSERT INTO unit (code, name, short_name, type, region_code) VALUES (:c, :n, :s, 'DEPARTMENT', :r)")
                    .param("c", "FR" + suffix).param("n", "评查测试单位" + suffix).param("s", "评查" + suffix)
                    .param("r", regionOf(5)).update();
            return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", "FR" + suffix).query(Long.class).single();
        }

        /** An active officer of {@code unitId}. */
        long officer(long unitId, String name) {
            jdbc.sql("INSERT INTO enforcement_officer (unit_id, region_code, name, created_at, created_by) "
                            + "VALUES (:u, :r, :n, :at, 'test')")
                    .param("u", unitId).param("r", regionOf(unitId)).param("n", name).param("at", OffsetDateTime.now())
                    .update();
            return jdbc.sql("SELECT MAX(id) FROM enforcement_officer WHERE unit_id = :u AND name = :n").param("u", unitId)
                    .param("n", name).query(Long.class).single();
        }

        /** A certificate of {@code officerId} valid from {@code issued} to {@code expires}, with a status since a day. */
        void certificate(long officerId, LocalDate issued, LocalDate expires, String status, LocalDate since) {
            jdbc.sql("INSERT INTO enforcement_certificate (officer_id, number, issuing_authority, areas, issued_on, expires_on, "
                            + "status, status_since, created_at, created_by) VALUES (:o, :no, '咸宁市人民政府', '市场监管', :i, :e, "
                            + ":s, :since, :at, 'test')")
                    .param("o", officerId).param("no", "T" + UUID.randomUUID().toString().substring(0, 12))
                    .param("i", issued).param("e", expires).param("s", status).param("since", since)
                    .param("at", OffsetDateTime.now()).update();
        }

        /** An officer of the unit holding a certificate valid 2015–2030. */
        long certifiedOfficer(long unitId, String name) {
            long id = officer(unitId, name);
            certificate(id, LocalDate.of(2024, 1, 2), LocalDate.of(2030, 12, 31), "VALID", LocalDate.of(2024, 1, 2));
            return id;
        }
    }
}
