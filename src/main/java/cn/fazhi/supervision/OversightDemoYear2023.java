package cn.fazhi.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.demo.DemoPeople;
import cn.fazhi.rectification.ProblemView;
import cn.fazhi.rectification.Problems;
import cn.fazhi.rectification.RaiseProblem;

/**
 * The 法治督察 of the generated 2023 demo year, reproducing the seed (§1.3.三): "15 rule-of-law inspections that
 * rectified 45 problems; 41 法治督察员 appointed, 9 of whom joined on-site inspections" — {@code inspection.missions} =
 * 15, {@code inspection.problems.rectified} = 45, {@code inspection.inspectors} = 41 and
 * {@code inspection.inspectors.participated} = 9 for 2023.
 * <p>
 * The pool: 41 inspectors in force at the end of 2023 (appointed 2021–2023 for five-year terms; the demo user
 * {@code duchayuan}, appointed in 2023, is one of them and still serves) and, for a realistic register, 3 whose term ended in 2022 and 1 dismissed in 2023.
 * 15 missions over the district's departments and townships — 5 on site (with 9 distinct inspectors between them), 6
 * special, 4 written (with the targets' self-inspection reports) — each with 3 findings whose problems were found and
 * closed (销号) within 2023 ({@link Problems#recordClosed}); every mission reported and closed within 2023. One audit
 * record names the generation.
 */
@Component
@Order(42)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class OversightDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "supervision-oversight-2023";
    static final int YEAR = 2023;
    static final int IN_FORCE = 41;
    static final int PARTICIPANTS = 9;

    private static final long OFFICE = 2;
    private static final String DISTRICT = "421202";
    private static final long[] DEPARTMENTS = {4, 5, 6, 7, 8, 9, 11, 12, 13, 16};
    private static final long[] TOWNSHIPS = {17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41};
    private static final OverseerKind[] KINDS = {OverseerKind.NPC_DEPUTY, OverseerKind.CPPCC_MEMBER, OverseerKind.LAWYER,
        OverseerKind.SCHOLAR, OverseerKind.OFFICIAL, OverseerKind.JOURNALIST};
    private static final String[] AFFILIATIONS = {"咸安区人大代表", "咸安区政协委员", "湖北咸安律师事务所", "湖北科技学院法学院",
        "咸安区委依法治区办", "咸宁日报社"};
    /** kind, topic, start month, start day, [target unit ids]. */
    private static final Object[][] MISSIONS = {
        {OversightKind.ON_SITE, "行政执法“三项制度”落实情况实地督察", 3, 6, new long[] {5, 6, 17}},
        {OversightKind.SPECIAL, "重大行政决策程序执行情况专项督察", 3, 20, new long[] {7, 8}},
        {OversightKind.WRITTEN, "2022年度法治政府建设情况书面督察", 4, 3, new long[] {19, 21, 23}},
        {OversightKind.SPECIAL, "行政规范性文件合法性审核专项督察", 4, 17, new long[] {9, 11}},
        {OversightKind.ON_SITE, "乡镇综合行政执法改革实地督察", 5, 8, new long[] {25, 27, 29}},
        {OversightKind.WRITTEN, "领导干部学法用法制度落实书面督察", 5, 22, new long[] {12, 13, 16}},
        {OversightKind.SPECIAL, "行政复议决定履行情况专项督察", 6, 5, new long[] {4, 6}},
        {OversightKind.ON_SITE, "安全生产领域行政执法实地督察", 6, 19, new long[] {31, 33}},
        {OversightKind.SPECIAL, "涉企行政检查规范化专项督察", 7, 10, new long[] {5, 7, 9}},
        {OversightKind.WRITTEN, "“谁执法谁普法”责任制落实书面督察", 8, 7, new long[] {35, 37, 39}},
        {OversightKind.ON_SITE, "行政执法人员持证上岗和资格管理实地督察", 9, 4, new long[] {11, 12, 41}},
        {OversightKind.SPECIAL, "负责人出庭应诉情况专项督察", 9, 18, new long[] {4, 13}},
        {OversightKind.WRITTEN, "法治政府建设第一责任人职责履行书面督察", 10, 9, new long[] {17, 25, 31}},
        {OversightKind.ON_SITE, "城市管理领域执法规范化实地督察", 10, 23, new long[] {6, 19, 21}},
        {OversightKind.SPECIAL, "法治督察反馈问题整改“回头看”专项督察", 11, 6, new long[] {5, 8, 16}}};
    private static final String[][] PROBLEMS = {
        {"部分行政处罚决定未按规定在7个工作日内公示", "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》"},
        {"执法全过程记录音像资料归档不完整", "《湖北省行政执法全过程记录办法》"},
        {"重大执法决定未经法制审核即作出", "《中华人民共和国行政处罚法》第五十八条"},
        {"领导班子年度学法未达到2次专题讲座", "《法治政府建设与责任落实督察工作规定》第九条"},
        {"行政规范性文件未履行合法性审核程序", "《湖北省行政规范性文件管理办法》"},
        {"执法案卷文书制作不规范、证据目录缺失", "《湖北省行政执法案卷评查标准》"},
        {"部分执法人员未持有效行政执法证件上岗", "《中华人民共和国行政处罚法》第四十二条"},
        {"年度普法责任清单未公布", "《关于实行国家机关“谁执法谁普法”普法责任制的意见》"},
        {"行政复议决定未在规定期限内履行", "《中华人民共和国行政复议法》第七十七条"}};

    private final JdbcClient jdbc;
    private final OversightRepository store;
    private final CaseNumbers numbers;
    private final CaseTimeline timeline;
    private final Problems problems;
    private final PersonalDataCipher cipher;
    private final DemoGenerations generations;
    private final AuditTrail audit;

    OversightDemoYear2023(JdbcClient jdbc, OversightRepository store, CaseNumbers numbers, CaseTimeline timeline,
            Problems problems, PersonalDataCipher cipher, DemoGenerations generations, AuditTrail audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.numbers = numbers;
        this.timeline = timeline;
        this.problems = problems;
        this.cipher = cipher;
        this.generations = generations;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    int generate() {
        Random random = new Random(20230415L);
        DemoPeople people = new DemoPeople(random);
        Optional<Long> duchayuan = jdbc.sql("SELECT id FROM app_user WHERE username = 'duchayuan'").query(Long.class).optional()
                .filter(u -> jdbc.sql("SELECT COUNT(*) FROM oversight_inspector WHERE user_id = :u").param("u", u)
                        .query(Long.class).single() == 0);
        List<Long> pool = new ArrayList<>();
        for (int i = 0; i < IN_FORCE; i++) {
            int batch = i == 0 ? 2 : i < 20 ? 0 : i < 33 ? 1 : 2; // appointed in 2021, 2022 and 2023 (duchayuan: 2023)
            LocalDate appointed = LocalDate.of(2021 + batch, 3 + batch, 15);
            String name = i == 0 && duchayuan.isPresent() ? "周强" : people.personName();
            pool.add(inspector(name, KINDS[i % KINDS.length], AFFILIATIONS[i % AFFILIATIONS.length], people.mobile(),
                    i == 0 ? duchayuan.orElse(null) : null, appointed, "咸法办〔" + appointed.getYear() + "〕" + (3 + batch) + "号",
                    appointed.plusYears(5).minusDays(1), null));
        }
        // three whose term ended in 2022, one dismissed in 2023: in the register, not in force at the end of 2023
        for (int i = 0; i < 3; i++) {
            inspector(people.personName(), KINDS[i], AFFILIATIONS[i], people.mobile(), null, LocalDate.of(2019, 12, 20),
                    "咸法办〔2019〕12号", LocalDate.of(2022, 12, 19), null);
        }
        inspector(people.personName(), OverseerKind.OFFICIAL, AFFILIATIONS[4], people.mobile(), null, LocalDate.of(2021, 3, 15),
                "咸法办〔2021〕3号", LocalDate.of(2024, 3, 14), LocalDate.of(2023, 7, 1));

        List<Long> onSite = pool.subList(0, PARTICIPANTS);
        List<Long> others = pool.subList(PARTICIPANTS, pool.size());
        int onSiteSeen = 0;
        int otherSeen = 0;
        int problemCount = 0;
        for (int k = 0; k < MISSIONS.length; k++) {
            Object[] def = MISSIONS[k];
            OversightKind kind = (OversightKind) def[0];
            LocalDate start = LocalDate.of(YEAR, (Integer) def[2], (Integer) def[3]);
            long[] targets = (long[]) def[4];
            OversightMission m = new OversightMission();
            m.caseNumber = numbers.next(OversightMissions.CASE_TYPE, "district", YEAR);
            m.status = OversightStatus.PLANNED;
            m.kind = kind;
            m.topic = (String) def[1];
            m.unitId = OFFICE;
            m.regionCode = DISTRICT;
            m.startedOn = start;
            m.endsOn = start.plusDays(14);
            m.createdAt = start.minusDays(10).atStartOfDay().atOffset(ZoneOffset.ofHours(8));
            m.createdBy = "system";
            store.insert(m);
            List<Long> team = new ArrayList<>();
            if (kind == OversightKind.ON_SITE) {
                // 5 on-site missions of 3 inspectors cover the 9 participants (the first inspector joins every one)
                team.add(onSite.get(0));
                team.add(onSite.get(1 + (onSiteSeen * 2) % 8));
                team.add(onSite.get(1 + (onSiteSeen * 2 + 1) % 8));
                onSiteSeen++;
            } else if (kind == OversightKind.SPECIAL) {
                for (int j = 0; j < 2; j++) {
                    team.add(others.get(otherSeen++ % others.size()));
                }
            }
            for (long t : targets) {
                String region = jdbc.sql("SELECT region_code FROM unit WHERE id = :id").param("id", t).query(String.class).single();
                boolean written = kind == OversightKind.WRITTEN;
                jdbc.sql("INSERT INTO oversight_mission_target (mission_id, unit_id, region_code, self_report, self_reported_on) "
                                + "VALUES (:m, :u, :r, :text, :on)")
                        .param("m", m.id).param("u", t).param("r", region)
                        .param("text", written ? "本单位已按督察通知要求全面开展自查，形成自查报告，附相关制度文件和台账。" : null)
                        .param("on", written ? start.plusDays(12) : null).update();
            }
            for (Long i : team.stream().distinct().toList()) {
                jdbc.sql("INSERT INTO oversight_mission_inspector (mission_id, inspector_id) VALUES (:m, :i)")
                        .param("m", m.id).param("i", i).update();
            }
            LocalDate found = m.endsOn;
            for (int f = 0; f < 3; f++) {
                String[] pr = PROBLEMS[(k + f * 5) % PROBLEMS.length];
                long unit = targets[f % targets.length];
                LocalDate deadline = found.plusDays(30);
                LocalDate closed = found.plusDays(15 + random.nextInt(25));
                if (closed.getYear() > YEAR) {
                    closed = LocalDate.of(YEAR, 12, 28);
                }
                ProblemView p = problems.recordClosed(new RaiseProblem(OversightMissions.PROBLEM_SOURCE, m.id, m.caseNumber,
                        OversightMissions.path(m.id), pr[0], pr[1], unit, OFFICE, found, deadline), closed);
                jdbc.sql("INSERT INTO oversight_finding (mission_id, unit_id, problem, rule_breached, deadline, found_on, "
                                + "problem_id, created_at, created_by) VALUES (:m, :u, :p, :r, :d, :f, :pid, :at, 'system')")
                        .param("m", m.id).param("u", unit).param("p", pr[0]).param("r", pr[1]).param("d", deadline)
                        .param("f", found).param("pid", p.id()).param("at", found.atStartOfDay().atOffset(ZoneOffset.ofHours(8)))
                        .update();
                problemCount++;
            }
            m.notifiedOn = start.minusDays(7);
            m.selfReportDueOn = kind == OversightKind.WRITTEN ? start.plusDays(13) : null;
            m.underWayOn = start;
            m.findingsDoneOn = m.endsOn;
            m.reportProgress = "督察组按照年度督察计划，通过听取汇报、查阅资料、抽查案卷、个别谈话等方式开展督察。";
            m.reportResults = "被督察单位总体能够落实法治政府建设主体责任，相关制度基本健全。";
            m.reportResponsibility = "被督察单位主要负责人履行推进法治建设第一责任人职责，分管负责人按分工抓落实。";
            m.reportProblems = "督察发现问题3个，已逐一反馈并限期整改。";
            m.reportCauses = "部分单位对法治建设重视不够，制度执行不到位，工作人员法治意识和业务能力有待提高。";
            m.reportRecommendations = "压实整改责任，建立问题清单、责任清单和整改清单，按期销号；加强学法培训和日常监督。";
            m.reportIssuedOn = m.endsOn.plusDays(7);
            m.closedOn = m.endsOn.plusDays(50).getYear() > YEAR ? LocalDate.of(YEAR, 12, 29) : m.endsOn.plusDays(50);
            m.status = OversightStatus.CLOSED;
            store.update(m);
            timeline.record(OversightMissions.ref(m.id), "planned", m.topic);
            timeline.record(OversightMissions.ref(m.id), "closed", null);
        }
        int rows = pool.size() + 4 + MISSIONS.length + problemCount;
        audit.record(AuditEntry.of("supervision.oversight.demoGenerated", "oversight_mission", GENERATION,
                rows + " rows of " + YEAR).by("system"));
        return rows;
    }

    private long inspector(String name, OverseerKind kind, String affiliation, String phone, Long userId, LocalDate appointed,
            String doc, LocalDate termEnd, LocalDate dismissed) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO oversight_inspector (name, kind, affiliation, phone_cipher, phone_blind, phone_masked, user_id, "
                        + "appointed_on, appointment_doc, term_ends_on, dismissed_on, created_at, created_by) VALUES (:n, :k, :a, "
                        + ":c, :b, :m, :u, :ap, :doc, :te, :dis, :at, 'system')")
                .param("n", name).param("k", kind.name()).param("a", affiliation).param("c", cipher.encrypt(phone))
                .param("b", cipher.blindIndex(phone)).param("m", Overseers.mask(phone)).param("u", userId)
                .param("ap", appointed).param("doc", doc).param("te", termEnd).param("dis", dismissed)
                .param("at", OffsetDateTime.of(appointed.atStartOfDay(), ZoneOffset.ofHours(8))).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
