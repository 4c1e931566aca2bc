package cn.fazhi.mediation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.demo.DemoPeople;

/**
 * Demo mediators (issue 10, point 23): every committee gets registered mediators with invented names and fictitious
 * phone numbers, marked {@code demo}, so that the 承办调解员 list is never empty and the agreement names its mediator. The
 * Wenquan committee's first mediator is the demo account {@code tiaojie} (赵琳), so that her to-do list shows the
 * disputes she mediates. Runs once (marker {@value #GENERATION}), after the demo accounts and before the 2023 demo
 * year, whose disputes name a mediator of their committee.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "fazhi.demo.enabled", havingValue = "true")
class DemoMediators implements ApplicationRunner {

    static final String GENERATION = "mediation-mediators";
    /** Mediators per committee (a village committee has fewer). */
    static final int PER_COMMITTEE = 3;
    static final int PER_VILLAGE_COMMITTEE = 2;
    private static final String WENQUAN = "421202001";

    private final JdbcClient jdbc;
    private final DemoGenerations generations;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    DemoMediators(JdbcClient jdbc, DemoGenerations generations, PersonalDataCipher cipher, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnce(GENERATION, this::register);
    }

    private int register() {
        DemoPeople people = new DemoPeople(new Random(20230601L));
        OffsetDateTime now = OffsetDateTime.now(clock);
        record Committee(long id, String level, String region) {}
        List<Committee> committees = jdbc.sql("SELECT id, level, region_code FROM mediation_committee WHERE active = TRUE "
                        + "ORDER BY id")
                .query((rs, n) -> new Committee(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        Long tiaojie = jdbc.sql("SELECT id FROM app_user WHERE username = 'tiaojie'").query(Long.class).optional()
                .orElse(null);
        int created = 0;
        for (Committee c : committees) {
            int count = "VILLAGE".equals(c.level()) ? PER_VILLAGE_COMMITTEE : PER_COMMITTEE;
            for (int i = 0; i < count; i++) {
                boolean own = i == 0 && tiaojie != null && "TOWNSHIP".equals(c.level()) && WENQUAN.equals(c.region());
                String name = own ? "赵琳" : people.personName();
                String phone = own ? "13907150006" : people.mobile();
                jdbc.sql("INSERT INTO mediator (committee_id, name, phone_enc, phone_index, user_id, active, demo, "
                                + "created_at) VALUES (:c, :n, :pe, :pi, :u, TRUE, TRUE, :at)")
                        .param("c", c.id()).param("n", name).param("pe", cipher.encrypt(phone))
                        .param("pi", cipher.blindIndex(phone)).param("u", own ? tiaojie : null).param("at", now).update();
                created++;
            }
        }
        audit.record(AuditEntry.of("mediation.demo.generated", "mediator", null, "demo mediators: " + created)
                .by("system"));
        return created;
    }
}
