package cn.fazhi.enforcement.publicity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.enforcement.events.EnforcementDecided;

/**
 * The one place the publicity part's tests write rows of other parts' tables directly, because those parts' facades
 * live on other branches: a unit of their own (so counts never depend on other tests), officers and certificates
 * (part A's contract tables {@code enforcement_officer} / {@code enforcement_certificate}), penalty cases (part B's
 * contract table {@code enforcement_case}), bodies and matters; and the decision events part B publishes, published
 * here through {@link ApplicationEventPublisher} inside a transaction as a case type's step would.
 */
final class PublicityFixture {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    PublicityFixture(JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new enforcing department of the district (region 421202). */
    long unit(String name) {
        String code = "T-P-" + unique();
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, parent_id, region_code, sort_order) "
                        + "VALUES (:c, :n, :s, 'DEPARTMENT', 3, '421202', 900)")
                .param("c", code).param("n", name + code).param("s", name + code.substring(4, 8)).update();
        return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", code).query(Long.class).single();
    }

    /** An officer of the unit holding a certificate valid from {@code from} to {@code to} (null: no certificate). */
    long officer(long unitId, String name, LocalDate from, LocalDate to) {
        jdbc.sql("INSERT INTO enforcement_officer (unit_id, region_code, name, created_at, created_by) "
                        + "VALUES (:u, '421202', :n, :now, 'test')")
                .param("u", unitId).param("n", name).param("now", OffsetDateTime.now()).update();
        long id = jdbc.sql("SELECT MAX(id) FROM enforcement_officer WHERE unit_id = :u AND name = :n")
                .param("u", unitId).param("n", name).query(Long.class).single();
        if (from != null) {
            jdbc.sql("INSERT INTO enforcement_certificate (officer_id, number, issuing_authority, areas, issued_on, "
                            + "expires_on, status, status_since, created_at, created_by) VALUES (:o, :num, '咸宁市人民政府', "
                            + "'市场监管', :from, :to, 'VALID', :from, :now, 'test')")
                    .param("o", id).param("num", "42" + unique()).param("from", from).param("to", to)
                    .param("now", OffsetDateTime.now()).update();
        }
        return id;
    }

    /** An officer with a certificate valid from five years ago to five years ahead. */
    long certifiedOfficer(long unitId, String name) {
        // after 2023: the 2023 demo year counts every certificate valid at its end (OfficerDemoYear2023Test)
        return officer(unitId, name, LocalDate.of(2024, 1, 2), LocalDate.now().plusYears(5));
    }

    /** A decided penalty case of the unit (the contract's columns only). */
    long penaltyCase(long unitId) {
        String number = "咸安测罚〔2026〕" + unique() + "号";
        jdbc.sql("INSERT INTO enforcement_case (case_number, procedure_kind, status, unit_id, region_code, violation_code, "
                        + "filed_on, created_at, created_by) VALUES (:n, 'ORDINARY', 'INVESTIGATING', :u, '421202', 'SC-001', "
                        + ":filed, :now, 'test')")
                .param("n", number).param("u", unitId).param("filed", LocalDate.now().minusDays(20))
                .param("now", OffsetDateTime.now()).update();
        return jdbc.sql("SELECT id FROM enforcement_case WHERE case_number = :n").param("n", number).query(Long.class)
                .single();
    }

    /** A body of the unit with one matter; returns the matter's id. */
    long matter(long unitId, String matterName) {
        jdbc.sql("INSERT INTO enforcement_body (unit_id, region_code, name, kind, legal_basis, areas, created_at, created_by) "
                        + "VALUES (:u, '421202', :n, 'STATUTORY', '《中华人民共和国行政处罚法》', '市场监管', :now, 'test')")
                .param("u", unitId).param("n", "执法主体" + unique()).param("now", OffsetDateTime.now()).update();
        long body = jdbc.sql("SELECT MAX(id) FROM enforcement_body WHERE unit_id = :u").param("u", unitId)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO enforcement_matter (body_id, code, name, category, legal_basis, procedure_text, remedy_text, "
                        + "created_at) VALUES (:b, :c, :n, 'INSPECTION', '《食品安全法》第一百一十条', '检查—记录—处理', "
                        + "'行政复议或者行政诉讼', :now)")
                .param("b", body).param("c", "M-" + unique()).param("n", matterName).param("now", OffsetDateTime.now())
                .update();
        return jdbc.sql("SELECT MAX(id) FROM enforcement_matter WHERE body_id = :b").param("b", body).query(Long.class)
                .single();
    }

    /** Publishes an event inside a transaction, as a case type's step does (listeners run after commit). */
    void publish(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    static EnforcementDecided decided(long caseId, long unitId, String category, LocalDate decidedOn, String party) {
        return new EnforcementDecided("enforcement", caseId, "咸安测罚〔2026〕" + caseId + "号",
                "咸安市监罚决〔2026〕" + caseId + "号", unitId, "421202", category, decidedOn, party,
                "销售过期食品", "罚款人民币五千元，没收过期食品");
    }

    /** Waits (up to 20 s) until {@code done} holds: listeners run after commit on another thread. */
    static void await(Supplier<Boolean> done) {
        long until = System.currentTimeMillis() + 20_000;
        while (!done.get()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("condition not met within 20 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
