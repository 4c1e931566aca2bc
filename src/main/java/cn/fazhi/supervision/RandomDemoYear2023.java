package cn.fazhi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.demo.DemoPeople;

/**
 * The random inspections of the generated 2023 demo year: a published random-inspection list of 20 items of nine
 * departments with their legal bases, a register of {@value #ENTITIES} synthetic market entities (valid USCCs,
 * GB/T 4754 industry codes, the district's townships) and {@value #TASKS} tasks — every seventh a joint one of two
 * departments — each drawn for real through {@link Draws#commit} and {@link Draws#draw} from the candidates
 * {@link RandomCandidates} builds (the demo enforcement officers certified on the draw day, last time's pairs
 * avoided; so each draw verifies on the portal), with results for every drawn entity (passed, ordered to rectify and
 * re-inspected, not found; no 移交立案 here so that the enforcement demo year's case figures stay as they are),
 * recorded and published in 2023 within the 20 working days: {@code random_inspection.tasks.completed} and
 * {@code random_inspection.tasks.published} are 102 for 2023. The draws' commit and draw times are set to the
 * business days. One audit record names the generation.
 */
@Component
@Order(43)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class RandomDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "random-inspections-2023";
    static final int YEAR = 2023;
    static final int TASKS = 102;
    static final int ENTITIES = 3000;

    /** unit, code, name, legal basis, industry codes, ratio %. */
    static final String[][] ITEMS = {
        {"5", "XA-SJ-01", "食品经营者监督检查", "《中华人民共和国食品安全法》第八十七条、第一百一十条", "F522,H62", "5"},
        {"5", "XA-SJ-02", "食品生产者监督检查", "《中华人民共和国食品安全法》第一百一十条；《食品生产经营监督检查管理办法》第三条", "C13,C14,C15", "10"},
        {"5", "XA-SJ-03", "企业公示信息抽查", "《企业信息公示暂行条例》第十四条；《企业公示信息抽查暂行办法》第三条", "", "3"},
        {"5", "XA-SJ-04", "产品质量监督抽查", "《中华人民共和国产品质量法》第十五条", "C31,C20", "5"},
        {"5", "XA-SJ-05", "经营者价格行为检查", "《中华人民共和国价格法》第三十三条、第三十四条", "F52", "3"},
        {"5", "XA-SJ-06", "特种设备使用单位监督检查", "《中华人民共和国特种设备安全法》第五十七条", "E47,E48", "5"},
        {"6", "XA-ZJ-01", "建筑业企业资质动态核查", "《建筑业企业资质管理规定》第二十四条、第二十七条", "E47,E48", "5"},
        {"6", "XA-ZJ-02", "房地产开发企业经营行为检查", "《城市房地产开发经营管理条例》第三十三条", "K701", "10"},
        {"6", "XA-ZJ-03", "物业服务企业检查", "《物业管理条例》第五条", "K702", "5"},
        {"7", "XA-NY-01", "农药经营单位监督检查", "《农药管理条例》第四十一条", "F516", "5"},
        {"7", "XA-NY-02", "种子生产经营者监督检查", "《中华人民共和国种子法》第四十九条", "A01", "5"},
        {"9", "XA-LY-01", "木材经营加工单位检查", "《中华人民共和国森林法》第六十六条", "C20", "5"},
        {"9", "XA-LY-02", "林草种苗生产经营检查", "《中华人民共和国种子法》第四十九条、第九十三条", "A02", "5"},
        {"11", "XA-RS-01", "用人单位遵守劳动保障法律法规情况检查", "《劳动保障监察条例》第十一条", "C,E,F,H", "2"},
        {"11", "XA-RS-02", "人力资源服务机构检查", "《人力资源市场暂行条例》第三十五条", "L726", "10"},
        {"12", "XA-YB-01", "定点医药机构医保基金使用检查", "《医疗保障基金使用监督管理条例》第二十三条、第二十七条", "Q84,F525", "5"},
        {"8", "XA-JY-01", "校外培训机构检查", "《中华人民共和国民办教育促进法》第四十一条", "P839", "10"},
        {"4", "XA-SF-01", "律师事务所执业活动检查", "《中华人民共和国律师法》第五十二条；《律师事务所管理办法》第六十二条", "L723", "10"},
        {"13", "XA-ZW-01", "招标代理机构从业行为检查", "《中华人民共和国招标投标法实施条例》第四条", "L7241", "10"},
        {"5", "XA-SJ-07", "药品零售企业监督检查", "《中华人民共和国药品管理法》第九十九条", "F525", "10"}};

    /** 信用风险分类 A (low) … D (high), with weights. */
    private static final String[] RISKS = {"A", "B", "C", "D"};
    private static final int[] RISK_WEIGHTS = {50, 35, 12, 3};

    /** GB/T 4754-2017 codes of the register, with weights. */
    private static final String[] INDUSTRIES = {"F5221", "F5222", "F5223", "H6210", "H6220", "H6291", "C1310", "C1430",
        "C1510", "C3130", "C2011", "E4710", "E4810", "K7010", "K7020", "F5166", "A0111", "A0211", "L7261", "Q8411",
        "Q8421", "F5251", "P8391", "L7231", "L7241", "F5291", "I6510", "M7320"};
    private static final int[] WEIGHTS = {9, 6, 5, 14, 6, 4, 3, 3, 2, 2, 2, 4, 2, 2, 4, 2, 3, 2, 1, 2, 1, 3, 2, 1, 1, 8, 3,
        2};
    private static final String[] TOWNSHIPS = {"421202001", "421202002", "421202003", "421202100", "421202101", "421202102",
        "421202103", "421202104", "421202105", "421202106", "421202107", "421202108", "421202200"};
    private static final String[] SHOPS = {"商行", "超市", "餐馆", "食品店", "建筑工程有限公司", "物业服务有限公司", "农资经营部", "药店",
        "培训学校", "木业有限公司", "食品有限公司", "贸易有限公司", "律师事务所", "人力资源有限公司"};
    /** Joint tasks: item indexes of two departments. */
    private static final int[][] JOINT = {{0, 13}, {6, 5}, {15, 19}, {10, 12}, {16, 13}};

    private final RandomTasks tasks;
    private final Draws draws;
    private final RandomCandidates candidates;
    private final LegalCalendar calendar;
    private final DemoGenerations generations;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    RandomDemoYear2023(RandomTasks tasks, Draws draws, RandomCandidates candidates, LegalCalendar calendar,
            DemoGenerations generations, AuditTrail audit, JdbcClient jdbc) {
        this.tasks = tasks;
        this.draws = draws;
        this.candidates = candidates;
        this.calendar = calendar;
        this.generations = generations;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    int generate() {
        Random random = new Random(20230915L);
        DemoPeople people = new DemoPeople(random);
        OffsetDateTime at = OffsetDateTime.of(2023, 1, 6, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        List<Long> items = new ArrayList<>();
        for (String[] i : ITEMS) {
            jdbc.sql("INSERT INTO random_item (code, name, legal_basis, unit_id, region_code, inspection_method, target_scope, "
                            + "industry_codes, ratio_percent, frequency, status, published_on, created_at, created_by) VALUES (:c, :n, "
                            + ":b, :u, '421202', '现场检查、书面检查', :scope, :ind, :r, '每年不少于一次', 'PUBLISHED', :on, :at, 'demo')")
                    .param("c", i[1]).param("n", i[2]).param("b", i[3]).param("u", Long.parseLong(i[0]))
                    .param("scope", "咸安区辖区内" + i[2].replace("检查", "").replace("监督", "").replace("抽查", "") + "对象")
                    .param("ind", i[4].isEmpty() ? null : i[4]).param("r", new BigDecimal(i[5]))
                    .param("on", LocalDate.of(YEAR, 1, 6)).param("at", at).update();
            items.add(jdbc.sql("SELECT id FROM random_item WHERE code = :c").param("c", i[1]).query(Long.class).single());
        }
        List<String> usccs = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (usccs.size() < ENTITIES) {
            String town = TOWNSHIPS[random.nextInt(TOWNSHIPS.length)];
            String uscc = people.uscc("421202");
            if (!seen.add(uscc)) {
                continue;
            }
            String industry = INDUSTRIES[DemoPeople.weighted(random, WEIGHTS)];
            String name = "咸安区" + people.personName() + SHOPS[random.nextInt(SHOPS.length)];
            jdbc.sql("INSERT INTO random_entity (uscc, name, industry_code, region_code, address, risk_level, status, "
                            + "registered_on, updated_at, updated_by) VALUES (:u, :n, :i, :r, :a, :risk, 'ACTIVE', :on, :at, 'demo')")
                    .param("u", uscc).param("n", name).param("i", industry).param("r", town)
                    .param("a", "咸安区" + (1 + random.nextInt(300)) + "号").param("risk", RISKS[DemoPeople.weighted(random, RISK_WEIGHTS)])
                    .param("on", LocalDate.of(2008 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .param("at", at).update();
            usccs.add(uscc);
        }
        // a few declared relations of market-regulation officers (回避)
        List<Long> officers = jdbc.sql("SELECT id FROM enforcement_officer WHERE unit_id = 5 AND active ORDER BY id")
                .query(Long.class).list();
        for (int k = 0; k < 24 && !officers.isEmpty(); k++) {
            long officer = officers.get(random.nextInt(officers.size()));
            String uscc = usccs.get(random.nextInt(usccs.size()));
            jdbc.sql("INSERT INTO random_avoidance (officer_id, entity_id, reason, note, declared_on, created_at, created_by) "
                            + "SELECT :o, e.id, 'RELATIVE', '近亲属经营', :on, :at, 'demo' FROM random_entity e WHERE e.uscc = :u "
                            + "AND NOT EXISTS (SELECT 1 FROM random_avoidance a WHERE a.officer_id = :o AND a.entity_id = e.id)")
                    .param("o", officer).param("u", uscc).param("on", LocalDate.of(YEAR, 1, 6)).param("at", at).update();
        }

        int made = 0;
        for (int k = 0; k < TASKS; k++) {
            LocalDate drawDay = working(LocalDate.of(YEAR, 1, 9).plusDays(k * 240L / TASKS));
            int[] joint = k % 7 == 3 ? JOINT[(k / 7) % JOINT.length] : null;
            int first = joint != null ? joint[0] : k % ITEMS.length;
            List<Long> chosen = joint != null ? List.of(items.get(joint[0]), items.get(joint[1])) : List.of(items.get(first));
            long lead = Long.parseLong(ITEMS[first][0]);
            String title = YEAR + "年" + (joint != null ? ITEMS[joint[0]][2] + "与" + ITEMS[joint[1]][2] + "联合抽查"
                    : ITEMS[first][2] + "（第" + (k / ITEMS.length + 1) + "批）");
            RandomTask t = tasks.plan(new RandomTaskCommands.Create(title.length() > 200 ? title.substring(0, 200) : title,
                    chosen, drawDay, drawDay.plusDays(45), null), lead, "421202", drawDay);
            Draws.DrawView d = draws.commit(candidates.request(t.id, drawDay));
            draws.draw(d.id());
            OffsetDateTime committed = drawDay.atTime(9, 30).atOffset(ZoneOffset.ofHours(8));
            jdbc.sql("UPDATE random_draw SET committed_at = :c, drawn_at = :d, committed_by = 'demo', drawn_by = 'demo' "
                            + "WHERE id = :id")
                    .param("c", committed).param("d", committed.plusDays(1)).param("id", d.id()).update();
            LocalDate drawnOn = drawDay.plusDays(1);
            LocalDate last = drawnOn;
            for (DrawFunction.Pick p : draws.selection(d.id())) {
                LocalDate on = working(drawnOn.plusDays(2 + random.nextInt(18)));
                last = on.isAfter(last) ? on : last;
                int roll = random.nextInt(100);
                RandomResultOutcome outcome = roll < 84 ? RandomResultOutcome.PASSED
                        : roll < 96 ? RandomResultOutcome.ORDERED_TO_RECTIFY : RandomResultOutcome.NOT_FOUND;
                String findings = switch (outcome) {
                    case PASSED -> "现场检查，证照齐全，未发现违法违规行为";
                    case ORDERED_TO_RECTIFY -> "台账记录不完整，当场责令限期整改";
                    case NOT_FOUND -> "通过登记的住所或者经营场所无法联系";
                    case TRANSFERRED -> "";
                };
                LocalDate due = outcome == RandomResultOutcome.ORDERED_TO_RECTIFY ? on.plusDays(15) : null;
                jdbc.sql("INSERT INTO random_result (task_id, draw_id, rank_no, uscc, entity_id, unit_id, region_code, outcome, "
                                + "inspected_on, findings, inspector_keys, rectify_due_on, reinspected_on, rectified, "
                                + "reinspection_findings, recorded_at, recorded_by) SELECT :t, :d, :r, :u, e.id, :unit, '421202', :o, "
                                + ":on, :f, :k, :due, :re, :ok, :rf, :at, 'demo' FROM random_entity e WHERE e.uscc = :u")
                        .param("t", t.id).param("d", d.id()).param("r", p.rank()).param("u", p.uscc()).param("unit", lead)
                        .param("o", outcome.name()).param("on", on).param("f", findings)
                        .param("k", String.join(",", p.inspectors())).param("due", due)
                        .param("re", due == null ? null : due.plusDays(2)).param("ok", due == null ? null : random.nextInt(10) > 0)
                        .param("rf", due == null ? null : "复查：已按要求完成整改")
                        .param("at", on.atTime(17, 0).atOffset(ZoneOffset.ofHours(8))).update();
            }
            LocalDate recorded = working(last.plusDays(2));
            LocalDate publishDue = tasks.publishDue(recorded);
            LocalDate published = working(recorded.plusDays(3 + random.nextInt(6)));
            if (published.isAfter(publishDue)) {
                published = publishDue;
            }
            jdbc.sql("UPDATE random_task SET status = 'PUBLISHED', committed_on = :c, drawn_on = :d, results_recorded_on = :r, "
                            + "publish_due_on = :due, published_on = :p, created_by = 'demo', version = 5 WHERE id = :id")
                    .param("c", drawDay).param("d", drawnOn).param("r", recorded).param("due", publishDue)
                    .param("p", published).param("id", t.id).update();
            made++;
        }
        audit.record(AuditEntry.of("supervision.random.demo", RandomTasks.CASE_TYPE, null,
                GENERATION + ": " + ITEMS.length + " items, " + ENTITIES + " entities, " + made + " tasks"));
        return made;
    }

    private LocalDate working(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
