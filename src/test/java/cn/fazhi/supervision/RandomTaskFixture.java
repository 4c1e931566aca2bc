package cn.fazhi.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.platform.identifiers.Uscc;

/**
 * The random-task tests' own rows, written with SQL (the registers are another part's pages): a department, officers
 * with certificates valid from 2024 (never in the 2023 demo year), published items and register entities under an
 * industry code no other test or the demo uses ("T" and six digits), so each test draws from its own candidates.
 */
final class RandomTaskFixture {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Random RANDOM = new Random();

    private final JdbcClient jdbc;
    final String industry;

    RandomTaskFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.industry = "T" + String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new department of the district (region 421202). */
    long unit(String name) {
        String code = "T-R-" + unique();
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, parent_id, region_code, sort_order) "
                        + "VALUES (:c, :n, :s, 'DEPARTMENT', 3, '421202', 900)")
                .param("c", code).param("n", name + code).param("s", name + code.substring(4)).update();
        return jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", code).query(Long.class).single();
    }

    String unitCode(long unit) {
        return jdbc.sql("SELECT code FROM unit WHERE id = :id").param("id", unit).query(String.class).single();
    }

    /** An officer of the unit with a certificate valid from 2024-01-02 to five years ahead; returns the certificate number. */
    String officer(long unit, String name) {
        jdbc.sql("INSERT INTO enforcement_officer (unit_id, region_code, name, created_at, created_by) "
                        + "VALUES (:u, '421202', :n, :now, 'test')")
                .param("u", unit).param("n", name).param("now", OffsetDateTime.now()).update();
        long id = jdbc.sql("SELECT MAX(id) FROM enforcement_officer WHERE unit_id = :u AND name = :n").param("u", unit)
                .param("n", name).query(Long.class).single();
        String number = "42R" + unique();
        jdbc.sql("INSERT INTO enforcement_certificate (officer_id, number, issuing_authority, areas, issued_on, expires_on, "
                        + "status, status_since, created_at, created_by) VALUES (:o, :num, '咸宁市人民政府', '市场监管', :from, :to, "
                        + "'VALID', :from, :now, 'test')")
                .param("o", id).param("num", number).param("from", LocalDate.of(2024, 1, 2))
                .param("to", LocalDate.now().plusYears(5)).param("now", OffsetDateTime.now()).update();
        return number;
    }

    long officerId(String certificate) {
        return jdbc.sql("SELECT officer_id FROM enforcement_certificate WHERE number = :n").param("n", certificate)
                .query(Long.class).single();
    }

    /** A published item of the unit covering this fixture's industry, with the ratio. */
    long item(long unit, String name, int ratio) {
        String code = "TR-" + unique();
        jdbc.sql("INSERT INTO random_item (code, name, legal_basis, unit_id, region_code, inspection_method, target_scope, "
                        + "industry_codes, ratio_percent, frequency, status, published_on, created_at, created_by) VALUES (:c, :n, "
                        + "'《中华人民共和国食品安全法》第一百一十条', :u, '421202', '现场检查', '食品经营者', :ind, :r, '每年一次', "
                        + "'PUBLISHED', :on, :now, 'test')")
                .param("c", code).param("n", name).param("u", unit).param("ind", industry).param("r", ratio)
                .param("on", LocalDate.of(2024, 1, 2)).param("now", OffsetDateTime.now()).update();
        return jdbc.sql("SELECT id FROM random_item WHERE code = :c").param("c", code).query(Long.class).single();
    }

    /** {@code n} active entities of this fixture's industry in the district; returns their USCCs. */
    List<String> entities(int n) {
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder code = new StringBuilder("91421202");
            for (int k = 0; k < 9; k++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String uscc = code + String.valueOf(Uscc.checkCharacter(code.toString()));
            jdbc.sql("INSERT INTO random_entity (uscc, name, industry_code, region_code, address, risk_level, status, "
                            + "registered_on, updated_at, updated_by) VALUES (:u, :n, :ind, '421202', '咸安区温泉路1号', 'LOW', "
                            + "'ACTIVE', :on, :now, 'test')")
                    .param("u", uscc).param("n", "咸安区测试食品店" + unique()).param("ind", industry + "1")
                    .param("on", LocalDate.of(2024, 1, 2)).param("now", OffsetDateTime.now()).update();
            usccs.add(uscc);
        }
        return usccs;
    }

    long entityId(String uscc) {
        return jdbc.sql("SELECT id FROM random_entity WHERE uscc = :u").param("u", uscc).query(Long.class).single();
    }

    /** A declared relation (回避) between the officer and the entity. */
    void avoid(String certificate, String uscc) {
        jdbc.sql("INSERT INTO random_avoidance (officer_id, entity_id, reason, note, declared_on, created_at, created_by) "
                        + "VALUES (:o, :e, 'RELATIVE', '近亲属', :on, :now, 'test')")
                .param("o", officerId(certificate)).param("e", entityId(uscc)).param("on", LocalDate.of(2024, 1, 2))
                .param("now", OffsetDateTime.now()).update();
    }
}
