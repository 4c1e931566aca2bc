package cn.fazhi.errands;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.demo.DemoPeople;

/**
 * 香城代办 of the generated 2023 demo year ("over 1,000 agents across towns and villages", seed §1.2.二):
 * {@value #AGENTS} agents spread over the 13 townships and eight villages or communities each, joined 2021–2022, of
 * whom the last {@value #LEFT} left on 2023-06-30 — so {@code errands.agents} for 2023 is 1,026; the demo account
 * {@code daiban} is the first agent of 温泉街道. {@value #BENEFICIARIES} beneficiaries registered 2022–2023, each having
 * authorised an active agent of their township for every scope for five years (demo authorisations carry no consent
 * file). {@value #ERRANDS} errands requested in 2023, two per beneficiary, by index {@code i}: 代购 when i % 10 < 4,
 * 代缴 when i % 10 < 8 (the utility by (i / 10) % 4), else 代办 of one of the published service items (the demo files no
 * services application, leaving the services figures as they are); all done the day after they were requested; the
 * beneficiary confirmed the next day except when i % 20 == 7 (disputed, resolved three days later). So for 2023:
 * errands 5,200 (代购 2,080, 代缴 2,080, 代办 1,040), done 5,200, confirmed 4,940, confirmation rate 95.0. Rows are
 * marked {@code demo}.
 */
@Component
@Order(51)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class ErrandsDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "errands-2023";
    static final int AGENTS = 1040;
    static final int LEFT = 14;
    static final int BENEFICIARIES = 2600;
    static final int ERRANDS = 5200;
    private static final String[] PLACES = {"新屋", "刘家", "王家湾", "长岭", "桂花", "枫树", "杨林", "河背"};
    private static final String[] GOODS = {"大米10斤、食用油1桶", "降压药一盒、感冒药一盒", "鸡蛋两板、面条两把",
        "纸巾、洗衣粉等日用品", "蔬菜水果若干", "老花镜一副", "奶粉两罐、尿不湿一包"};
    private static final String[] TRAININGS = {"代办员岗前培训：授权与隐私保护", "代缴业务操作培训", "政务服务事项代办培训"};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CaseParties parties;
    private final CaseNumbers numbers;
    private final Townships townships;
    private final DemoGenerations generations;
    private final AuditTrail audit;

    ErrandsDemoYear2023(JdbcClient jdbc, JdbcTemplate template, CaseParties parties, CaseNumbers numbers,
            Townships townships, DemoGenerations generations, AuditTrail audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.parties = parties;
        this.numbers = numbers;
        this.townships = townships;
        this.generations = generations;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    int generate() {
        Random random = new Random(20231515L);
        DemoPeople people = new DemoPeople(random);
        List<Views.Township> towns = townships.all();
        OffsetDateTime at = OffsetDateTime.of(2023, 1, 3, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        Long daiban = jdbc.sql("SELECT id FROM app_user WHERE username = 'daiban'").query(Long.class).optional().orElse(null);
        Set<String> ids = new HashSet<>();
        List<Object[]> agents = new ArrayList<>();
        for (int k = 0; k < AGENTS; k++) {
            Views.Township t = towns.get(k % towns.size());
            CaseParties.Sealed s = parties.seal(true, uniqueId(people, ids), people.mobile());
            boolean left = k >= AGENTS - LEFT;
            agents.add(new Object[] {people.personName(), s.identifierEnc(), s.identifierIndex(), s.identifierMasked(),
                s.phoneEnc(), s.phoneIndex(), s.phoneMasked(), t.unitId(), t.regionCode(), village(t, k / towns.size()),
                k == 0 ? daiban : null, left ? "LEFT" : "ACTIVE", LocalDate.of(2021, 3, 1).plusDays(k % 600),
                left ? LocalDate.of(2023, 6, 30) : null, at});
        }
        template.batchUpdate("INSERT INTO errand_agent (name, id_enc, id_index, id_masked, phone_enc, phone_index, "
                + "phone_masked, unit_id, region_code, village, user_id, status, joined_on, left_on, demo, created_at, "
                + "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, 'demo')", agents);
        List<Long> agentIds = jdbc.sql("SELECT id FROM errand_agent WHERE demo ORDER BY id").query(Long.class).list();
        List<Object[]> trainings = new ArrayList<>();
        for (int k = 0; k < AGENTS; k++) {
            trainings.add(new Object[] {agentIds.get(k), LocalDate.of(2022, 11, 8).plusDays(k % 20), TRAININGS[0]});
            if (k % 3 == 0) {
                trainings.add(new Object[] {agentIds.get(k), LocalDate.of(2023, 4, 12), TRAININGS[1 + k % 2]});
            }
        }
        template.batchUpdate("INSERT INTO errand_training (agent_id, held_on, topic) VALUES (?, ?, ?)", trainings);
        List<Object[]> beneficiaries = new ArrayList<>();
        String[] reasons = {"ELDERLY_ALONE", "ELDERLY_ALONE", "DISABILITY", "SERIOUS_ILLNESS", "PREGNANCY", "OTHER"};
        for (int j = 0; j < BENEFICIARIES; j++) {
            Views.Township t = towns.get(j % towns.size());
            CaseParties.Sealed s = parties.seal(true, uniqueId(people, ids), people.mobile());
            CaseParties.Sealed contact = parties.seal(true, null, people.mobile());
            String reason = reasons[j % reasons.length];
            beneficiaries.add(new Object[] {people.personName(), s.identifierEnc(), s.identifierIndex(),
                s.identifierMasked(), s.phoneEnc(), s.phoneIndex(), s.phoneMasked(), t.unitId(), t.regionCode(),
                village(t, (j / towns.size()) % PLACES.length), reason, "OTHER".equals(reason) ? "子女长期在外务工，行动不便" : null,
                people.personName(), j % 2 == 0 ? "子女" : "亲属", contact.phoneEnc(), contact.phoneMasked(),
                LocalDate.of(2022, 1, 10).plusDays(j % 700), at});
        }
        template.batchUpdate("INSERT INTO errand_beneficiary (name, id_enc, id_index, id_masked, phone_enc, phone_index, "
                + "phone_masked, unit_id, region_code, village, reason, reason_note, contact_name, contact_relation, "
                + "contact_phone_enc, contact_phone_masked, registered_on, demo, created_at, created_by) VALUES (?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, 'demo')", beneficiaries);
        List<Long> beneficiaryIds = jdbc.sql("SELECT id FROM errand_beneficiary WHERE demo ORDER BY id").query(Long.class)
                .list();
        int perTown = (AGENTS - LEFT) / towns.size();
        List<Object[]> grants = new ArrayList<>();
        long[] agentOf = new long[BENEFICIARIES];
        for (int j = 0; j < BENEFICIARIES; j++) {
            Views.Township t = towns.get(j % towns.size());
            int k = j % towns.size() + towns.size() * ((j / towns.size()) % perTown);
            agentOf[j] = agentIds.get(k);
            LocalDate from = LocalDate.of(2022, 1, 10).plusDays(j % 700);
            grants.add(new Object[] {beneficiaryIds.get(j), agentOf[j], "PURCHASE,PAY_PHONE,PAY_WATER,PAY_POWER,PAY_GAS,SERVICE",
                from, from.plusYears(5), t.unitId(), t.regionCode(), at});
        }
        template.batchUpdate("INSERT INTO errand_authorisation (beneficiary_id, agent_id, scopes, valid_from, valid_to, "
                + "unit_id, region_code, demo, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, 'demo')", grants);
        List<String[]> items = jdbc.sql("SELECT i.code, v.name FROM service_item i JOIN service_item_version v "
                        + "ON v.item_id = i.id WHERE v.effective_from <= DATE '2023-01-01' AND (v.effective_to IS NULL "
                        + "OR v.effective_to > DATE '2023-12-31') ORDER BY i.code FETCH FIRST 8 ROWS ONLY")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        List<String> caseNumbers = numbers.nextBlock(Errands.CASE_TYPE, "district", 2023, ERRANDS);
        List<Object[]> errands = new ArrayList<>();
        Utility[] utilities = Utility.values();
        for (int i = 0; i < ERRANDS; i++) {
            int j = i % BENEFICIARIES;
            Views.Township t = towns.get(j % towns.size());
            LocalDate registered = LocalDate.of(2022, 1, 10).plusDays(j % 700);
            LocalDate requested = LocalDate.of(2023, 1, 3).plusDays(i % 340);
            if (requested.isBefore(registered)) {
                requested = registered.plusDays(1);
            }
            LocalDate done = requested.plusDays(1);
            boolean disputed = i % 20 == 7;
            ErrandKind kind = i % 10 < 4 ? ErrandKind.PURCHASE : i % 10 < 8 ? ErrandKind.PAYMENT : ErrandKind.SERVICE;
            Utility utility = kind == ErrandKind.PAYMENT ? utilities[(i / 10) % 4] : null;
            String[] item = kind == ErrandKind.SERVICE && !items.isEmpty() ? items.get(i % items.size()) : null;
            BigDecimal amount = switch (kind) {
                case PURCHASE -> BigDecimal.valueOf(2000 + (i % 9) * 1550L, 2);
                case PAYMENT -> BigDecimal.valueOf(5000 + (i % 7) * 2000L, 2);
                case SERVICE -> null;
            };
            errands.add(new Object[] {caseNumbers.get(i), disputed ? "RESOLVED" : "CONFIRMED", kind.name(),
                utility == null ? null : utility.name(), utility == null ? null : String.format("%010d", 3000000000L + i),
                kind == ErrandKind.PURCHASE ? GOODS[i % GOODS.length] : null, item == null ? null : item[0],
                kind == ErrandKind.SERVICE ? (item == null ? "社会保障卡补换" : item[1]) : null, beneficiaryIds.get(j),
                agentOf[j], t.unitId(), t.regionCode(), requested, requested, done, amount,
                disputed ? null : done.plusDays(1), disputed ? done.plusDays(1) : null,
                disputed ? "实际购买数量与所托不符" : null, disputed ? null : (i % 5 == 1 ? 4 : 5),
                disputed ? done.plusDays(4) : null, disputed ? "核实后代办员已补齐，服务对象认可" : null, at});
        }
        template.batchUpdate("INSERT INTO errand (case_number, status, kind, utility, account_no, goods, item_code, "
                + "item_name, beneficiary_id, agent_id, unit_id, region_code, requested_on, assigned_on, done_on, amount, "
                + "confirmed_on, disputed_on, dispute_note, satisfaction, resolved_on, resolution, demo, created_at, "
                + "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, 'demo')",
                errands);
        audit.record(AuditEntry.of("errands.demo.generated", Errands.CASE_TYPE, null,
                AGENTS + " agents, " + BENEFICIARIES + " beneficiaries, " + ERRANDS + " errands"));
        return AGENTS + BENEFICIARIES + ERRANDS;
    }

    private static String uniqueId(DemoPeople people, Set<String> seen) {
        String id;
        do {
            id = people.idNumber("421202");
        } while (!seen.add(id));
        return id;
    }

    private static String village(Views.Township t, int n) {
        String place = PLACES[n % PLACES.length];
        return t.name().endsWith("街道") ? place + "社区" : place + "村";
    }
}
