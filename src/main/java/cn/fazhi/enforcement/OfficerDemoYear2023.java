package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.demo.DemoPeople;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The officers of the generated 2023 demo year, reproducing the seed (§1.3.三): "1,338 people hold enforcement
 * qualification" ({@code enforcement.officers.certified} for 2023) and "96 officers sat the provincial qualification
 * exam and 94 passed" ({@code enforcement.exam.candidates}, {@code enforcement.exam.passed}).
 * <p>
 * 22 enforcing units of the district (9 departments and the 13 township governments; the public security bureau's
 * officers carry police cards, not 行政执法证) with 40 bodies: each department as a statutory body, five authorised
 * brigades, each township authorised by the province's 乡镇赋权 list and an entrusted 综合执法队 acting for the housing
 * bureau. 1,244 officers certified before 2023 (five-year certificates, most renewed when they ran out), 94 new
 * officers certified after passing the October exam, and on post but without a valid certificate at the end of 2023:
 * the 2 who failed, 30 whose certificate ran out in 2023 unrenewed, 8 suspended in 2023; 12 officers who left in 2022.
 * Reviewers with 法律职业资格 are about 6 % of the certified officers of most units, below 5 % in three townships.
 * 2023 training hours: about one officer in twelve below the 60-hour threshold. The demo users {@code scjg} and
 * {@code scjgld} act as certified officers of the market regulation bureau, {@code scjgfz} as its qualified reviewer.
 * Bodies go through {@link EnforcementBodies}, officers, certificates, candidates and hours through the facades' batch
 * paths with the same rules and column maps; one audit record names the generation.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class OfficerDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "enforcement-officers-2023";
    static final int YEAR = 2023;
    static final int CERTIFIED = 1338;
    static final int EXAM_SAT = 96;
    static final int EXAM_PASSED = 94;
    static final int EXPIRED_UNRENEWED = 30;
    static final int SUSPENDED = 8;
    static final int LEFT = 12;
    static final LocalDate EXAM_DAY = LocalDate.of(YEAR, 10, 28);

    /** Enforcing departments and their weight in officers. */
    private static final long[][] DEPARTMENTS = {{5, 220}, {6, 170}, {7, 120}, {9, 80}, {11, 60}, {12, 40}, {13, 30},
            {4, 40}, {8, 50}};
    private static final long[] TOWNSHIPS = {17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41};
    /** Townships whose reviewers stay below 5 % of their certified officers. */
    private static final Set<Long> FEW_REVIEWERS = Set.of(35L, 39L, 41L);
    private static final long HOUSING = 6;
    private static final String[][] AUTHORISED = {{"6", "咸安区城市管理执法大队", "城市管理、市容环境卫生、园林绿化"},
            {"7", "咸安区农业综合行政执法大队", "农药、种子、兽药、饲料、农机、渔业"},
            {"9", "咸安区林业综合行政执法大队", "林木采伐、森林防火、野生动物保护"},
            {"11", "咸安区劳动保障监察大队", "劳动用工、工资支付、社会保险"},
            {"12", "咸安区医疗保障基金监管中心", "医疗保障基金使用"}};
    private static final Map<Long, String> AREAS = Map.of(5L, "市场监管、食品药品安全、产品质量、价格", 6L, "城乡建设、房地产、建筑市场",
            7L, "农业农村", 9L, "林业", 11L, "人力资源和社会保障", 12L, "医疗保障", 13L, "政务服务、数据管理", 4L, "法律服务、公证、司法鉴定",
            8L, "教育");
    private static final String[] POSTS = {"执法队员", "执法队员", "执法队员", "科员", "副队长", "队长", "法制员"};
    private static final String[][] MATTERS = {
            {"对违反法律法规规定行为的行政处罚", "PENALTY"}, {"查封、扣押涉案物品", "COERCION"}, {"日常监督检查", "INSPECTION"}};

    private final EnforcementBodies bodies;
    private final Officers officers;
    private final Exams exams;
    private final TrainingRecords training;
    private final Units units;
    private final DemoGenerations generations;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    OfficerDemoYear2023(EnforcementBodies bodies, Officers officers, Exams exams, TrainingRecords training, Units units,
            DemoGenerations generations, AuditTrail audit, JdbcClient jdbc) {
        this.bodies = bodies;
        this.officers = officers;
        this.exams = exams;
        this.training = training;
        this.units = units;
        this.generations = generations;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    /** What the generator decided for one officer before storing. */
    private record Plan(long unitId, String region, Long bodyId, String name, Long userId, String post,
            LocalDate appointedOn, boolean reviewer, boolean legalQualification, boolean active, Kind kind) {}

    private enum Kind { CERTIFIED, NEW_PASSED, NEW_FAILED, EXPIRED, SUSPENDED, LEFT }

    int generate() {
        Random random = new Random(20231028L);
        DemoPeople people = new DemoPeople(random);
        DataScope district = new DataScope(ScopeLevel.DISTRICT, 2, "421202");
        Map<Long, List<Long>> bodiesOf = createBodies(district);

        // officers certified at the end of 2023, spread over the units by weight
        Map<Long, Integer> certifiedPerUnit = spread(CERTIFIED);
        List<Plan> plans = new ArrayList<>();
        Map<Long, Integer> certifiedSeen = new LinkedHashMap<>();
        int newPassed = 0;
        int global = 0;
        for (Map.Entry<Long, Integer> e : certifiedPerUnit.entrySet()) {
            long unitId = e.getKey();
            UnitView unit = units.find(unitId).orElseThrow();
            int n = e.getValue();
            int reviewers = FEW_REVIEWERS.contains(unitId) ? Math.max(0, n * 3 / 100 - 1)
                    : (int) Math.ceil(n * 0.06);
            for (int i = 0; i < n; i++) {
                boolean fresh = newPassed < EXAM_PASSED && global++ % 14 == 13;
                Kind kind = fresh ? Kind.NEW_PASSED : Kind.CERTIFIED;
                if (fresh) {
                    newPassed++;
                }
                boolean reviewer = i < reviewers;
                boolean lq = reviewer || random.nextInt(30) == 0;
                List<Long> bs = bodiesOf.get(unitId);
                plans.add(new Plan(unitId, unit.regionCode(), bs.get(i % bs.size()), people.personName(), null,
                        reviewer ? "法制审核员" : POSTS[random.nextInt(POSTS.length)], appointed(random, kind), reviewer, lq,
                        true, kind));
            }
            certifiedSeen.put(unitId, n);
        }
        if (newPassed != EXAM_PASSED) {
            throw new IllegalStateException("planned " + newPassed + " officers passing the exam");
        }
        List<Long> unitIds = new ArrayList<>(certifiedPerUnit.keySet());
        addOthers(plans, unitIds, Kind.NEW_FAILED, EXAM_SAT - EXAM_PASSED + 2, random, people, bodiesOf);
        addOthers(plans, unitIds, Kind.EXPIRED, EXPIRED_UNRENEWED, random, people, bodiesOf);
        addOthers(plans, unitIds, Kind.SUSPENDED, SUSPENDED, random, people, bodiesOf);
        addOthers(plans, unitIds, Kind.LEFT, LEFT, random, people, bodiesOf);
        linkDemoUsers(plans);

        // store officers with their certificates
        Set<String> idNumbers = new HashSet<>();
        List<Officers.Generated> generated = new ArrayList<>();
        int serial = 0;
        for (Plan p : plans) {
            String id;
            do {
                id = people.idNumber("421202");
            } while (!idNumbers.add(id));
            OfficerCommands.Officer o = new OfficerCommands.Officer(p.unitId(), p.bodyId(), p.userId(), p.name(), id,
                    p.post(), p.appointedOn(), p.legalQualification(), p.legalQualification() ? "A2015" + (420000 + serial) : null,
                    p.reviewer(), p.active());
            generated.add(certificates(o, p, random, ++serial));
        }
        List<Long> officerIds = officers.storeGenerated(generated);

        // the October exam: 94 passed, 2 failed, 2 entered but absent (the last two NEW_FAILED plans)
        ExamView exam = exams.create(new ExamCommands.Session("2023年湖北省行政执法人员资格考试（咸安考点）", EXAM_DAY,
                "湖北省司法厅", BigDecimal.valueOf(60)), 2, "421202", district);
        List<Exams.GeneratedCandidate> candidates = new ArrayList<>();
        int failedSeen = 0;
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            if (p.kind() == Kind.NEW_PASSED) {
                candidates.add(new Exams.GeneratedCandidate(officerIds.get(i), p.unitId(), p.region(), true,
                        BigDecimal.valueOf(60 + random.nextInt(36))));
            } else if (p.kind() == Kind.NEW_FAILED) {
                boolean sat = failedSeen++ < EXAM_SAT - EXAM_PASSED;
                candidates.add(new Exams.GeneratedCandidate(officerIds.get(i), p.unitId(), p.region(), sat,
                        sat ? BigDecimal.valueOf(38 + random.nextInt(20)) : null));
            }
        }
        int entered = exams.enterGenerated(exam.id(), candidates);

        // 2023 training hours of every officer on post in 2023
        List<TrainingRecords.Generated> hours = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            if (p.kind() == Kind.LEFT) {
                continue;
            }
            boolean below = random.nextInt(12) == 0 || FEW_REVIEWERS.contains(p.unitId()) && random.nextInt(4) == 0;
            BigDecimal h = below ? BigDecimal.valueOf(16 + random.nextInt(40)) : BigDecimal.valueOf(60 + random.nextInt(41));
            hours.add(new TrainingRecords.Generated(officerIds.get(i), p.unitId(), p.region(), YEAR, h));
        }
        int trained = training.recordGenerated(hours);

        long certified = jdbc.sql("SELECT COUNT(*) FROM enforcement_officer o WHERE o.id BETWEEN "
                        + ":first AND :last AND o.active AND (o.appointed_on IS NULL OR o.appointed_on <= :end) AND EXISTS "
                        + "(SELECT 1 FROM enforcement_certificate c WHERE c.officer_id = o.id AND c.issued_on <= :end AND "
                        + "c.expires_on >= :end AND NOT (c.status IN (:s, :r) AND c.status_since <= :end))")
                .param("first", officerIds.get(0)).param("last", officerIds.get(officerIds.size() - 1))
                .param("end", LocalDate.of(YEAR, 12, 31)).param("s", CertificateStatus.SUSPENDED.name())
                .param("r", CertificateStatus.REVOKED.name()).query(Long.class).single();
        if (certified != CERTIFIED) {
            throw new IllegalStateException("generated " + certified + " certified officers");
        }
        int rows = bodiesOf.values().stream().mapToInt(List::size).sum() + plans.size() + entered + trained + 1;
        audit.record(AuditEntry.of("enforcement.officers.demoGenerated", "enforcement_officer", GENERATION,
                rows + " rows of " + YEAR).by("system"));
        return rows;
    }

    /** 40 bodies: statutory departments, authorised brigades, each township authorised and its entrusted team. */
    private Map<Long, List<Long>> createBodies(DataScope district) {
        Map<Long, List<Long>> bodiesOf = new LinkedHashMap<>();
        for (long[] d : DEPARTMENTS) {
            UnitView unit = units.find(d[0]).orElseThrow();
            EnforcementBodyView b = bodies.create(new EnforcementBodyCommands.Body(unit.id(), unit.name(),
                    EnforcementBodyKind.STATUTORY, null, "《中华人民共和国行政处罚法》第十七条及" + unit.shortName() + "职责相关法律法规",
                    AREAS.get(unit.id()), true), district);
            matters(b, unit.shortName(), 3, district);
            bodiesOf.computeIfAbsent(unit.id(), k -> new ArrayList<>()).add(b.id());
        }
        for (String[] a : AUTHORISED) {
            long unitId = Long.parseLong(a[0]);
            EnforcementBodyView b = bodies.create(new EnforcementBodyCommands.Body(unitId, a[1], EnforcementBodyKind.AUTHORISED,
                    null, "《中华人民共和国行政处罚法》第十九条及相关法律法规的授权", a[2], true), district);
            bodiesOf.get(unitId).add(b.id());
        }
        for (long t : TOWNSHIPS) {
            UnitView unit = units.find(t).orElseThrow();
            EnforcementBodyView own = bodies.create(new EnforcementBodyCommands.Body(t, unit.name(),
                    EnforcementBodyKind.AUTHORISED, null, "《中华人民共和国行政处罚法》第二十四条；湖北省赋予乡镇（街道）部分县级行政执法权目录",
                    "乡镇（街道）综合行政执法", true), district);
            matters(own, unit.shortName(), 2, district);
            EnforcementBodyView team = bodies.create(new EnforcementBodyCommands.Body(t, unit.shortName() + "综合执法队",
                    EnforcementBodyKind.ENTRUSTED, HOUSING, "《中华人民共和国行政处罚法》第二十条；咸安区住房和城乡建设局行政执法委托书",
                    "市容环境卫生、违法建设查处", true), district);
            bodiesOf.computeIfAbsent(t, k -> new ArrayList<>()).add(own.id());
            bodiesOf.get(t).add(team.id());
        }
        return bodiesOf;
    }

    private void matters(EnforcementBodyView b, String shortName, int count, DataScope district) {
        for (int i = 0; i < count; i++) {
            bodies.addMatter(b.id(), new EnforcementBodyCommands.Matter("XA-" + b.id() + "-" + (i + 1),
                    shortName + MATTERS[i][0], EnforcementMatterCategory.valueOf(MATTERS[i][1]),
                    "《中华人民共和国行政处罚法》《中华人民共和国行政强制法》及" + shortName + "主管领域法律法规",
                    "立案—调查取证—告知—（听证）—法制审核—决定—送达—执行", "行政复议（六十日内）或者行政诉讼（六个月内）", true), district);
        }
    }

    /** 1,338 spread over the units by weight (largest remainder): departments by their weight, townships equally. */
    private static Map<Long, Integer> spread(int total) {
        Map<Long, Double> weights = new LinkedHashMap<>();
        for (long[] d : DEPARTMENTS) {
            weights.put(d[0], (double) d[1]);
        }
        for (long t : TOWNSHIPS) {
            weights.put(t, 40.0);
        }
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<Long, Integer> out = new LinkedHashMap<>();
        Map<Long, Double> remainders = new LinkedHashMap<>();
        int given = 0;
        for (Map.Entry<Long, Double> e : weights.entrySet()) {
            double exact = total * e.getValue() / sum;
            out.put(e.getKey(), (int) Math.floor(exact));
            remainders.put(e.getKey(), exact - Math.floor(exact));
            given += (int) Math.floor(exact);
        }
        List<Long> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort((a, b) -> Double.compare(remainders.get(b), remainders.get(a)));
        for (int i = 0; given < total; i++, given++) {
            out.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return out;
    }

    private static void addOthers(List<Plan> plans, List<Long> unitIds, Kind kind, int count, Random random,
            DemoPeople people, Map<Long, List<Long>> bodiesOf) {
        for (int i = 0; i < count; i++) {
            long unitId = unitIds.get((i * 7 + kind.ordinal()) % unitIds.size());
            String region = unitId >= 17 ? regionOfTownship(unitId) : "421202";
            List<Long> bs = bodiesOf.get(unitId);
            plans.add(new Plan(unitId, region, bs.get(0), people.personName(), null, POSTS[random.nextInt(3)],
                    appointed(random, kind), false, false, kind != Kind.LEFT, kind));
        }
    }

    private static String regionOfTownship(long unitId) {
        int index = java.util.Arrays.binarySearch(TOWNSHIPS, unitId);
        String[] codes = {"421202001", "421202002", "421202003", "421202100", "421202101", "421202102", "421202103",
                "421202104", "421202105", "421202106", "421202107", "421202108", "421202200"};
        return codes[index];
    }

    private static LocalDate appointed(Random random, Kind kind) {
        return switch (kind) {
            case NEW_PASSED, NEW_FAILED -> LocalDate.of(YEAR, 3 + random.nextInt(6), 1 + random.nextInt(28));
            default -> LocalDate.of(2005 + random.nextInt(13), 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    }

    /** The demo users of the market regulation bureau act as three of its certified officers. */
    private void linkDemoUsers(List<Plan> plans) {
        String[][] users = {{"scjg", "false"}, {"scjgld", "false"}, {"scjgfz", "true"}};
        for (String[] u : users) {
            Optional<Map<String, Object>> user = jdbc.sql("SELECT id, display_name FROM app_user WHERE username = :u")
                    .param("u", u[0]).query().listOfRows().stream().findFirst();
            if (user.isEmpty()) {
                continue;
            }
            boolean reviewer = Boolean.parseBoolean(u[1]);
            for (int i = 0; i < plans.size(); i++) {
                Plan p = plans.get(i);
                if (p.unitId() == 5 && p.kind() == Kind.CERTIFIED && p.reviewer() == reviewer && p.userId() == null) {
                    String display = (String) user.get().get("display_name");
                    String name = display.substring(display.lastIndexOf(' ') + 1);
                    plans.set(i, new Plan(p.unitId(), p.region(), p.bodyId(), name,
                            ((Number) user.get().get("id")).longValue(), reviewer ? "法制审核员" : "执法队员",
                            LocalDate.of(2015, 3, 1), reviewer, reviewer || p.legalQualification(), true, Kind.CERTIFIED));
                    break;
                }
            }
        }
    }

    /**
     * The officer's certificates by kind: a five-year certificate, renewed when it ran out before today for most of the
     * long-serving ones; a certificate after the exam for those who passed; one that ran out in 2023 (not renewed);
     * one suspended in 2023; the old certificate of one who left in 2022 (revoked then).
     */
    private static Officers.Generated certificates(OfficerCommands.Officer o, Plan p, Random random, int serial) {
        List<OfficerCommands.Certificate> certs = new ArrayList<>();
        String authority = "咸宁市人民政府";
        String areas = p.bodyId() == null ? "行政执法" : AREAS.getOrDefault(p.unitId(), "乡镇（街道）综合行政执法");
        CertificateStatus last = null;
        LocalDate lastSince = null;
        String reason = null;
        switch (p.kind()) {
            case CERTIFIED -> {
                LocalDate issued = p.userId() != null ? LocalDate.of(2023, 6, 1)
                        : LocalDate.of(2019 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
                if (issued.isAfter(LocalDate.of(YEAR, 6, 30))) {
                    issued = issued.minusYears(1);
                }
                LocalDate expires = issued.plusYears(5).minusDays(1);
                certs.add(cert(serial, 0, authority, areas, issued, expires));
                if (expires.isBefore(LocalDate.of(2026, 12, 31)) && random.nextInt(10) != 0) {
                    certs.add(cert(serial, 1, authority, areas, expires.plusDays(1), expires.plusYears(5)));
                }
            }
            case NEW_PASSED -> certs.add(cert(serial, 0, authority, areas, LocalDate.of(YEAR, 12, 8),
                    LocalDate.of(YEAR + 5, 12, 7)));
            case NEW_FAILED -> { }
            case EXPIRED -> {
                LocalDate issued = LocalDate.of(2018, 1 + random.nextInt(11), 1 + random.nextInt(28));
                certs.add(cert(serial, 0, authority, areas, issued, issued.plusYears(5).minusDays(1)));
            }
            case SUSPENDED -> {
                LocalDate issued = LocalDate.of(2020, 1 + random.nextInt(12), 1 + random.nextInt(28));
                certs.add(cert(serial, 0, authority, areas, issued, issued.plusYears(5).minusDays(1)));
                last = CertificateStatus.SUSPENDED;
                lastSince = LocalDate.of(YEAR, 4 + random.nextInt(6), 1 + random.nextInt(28));
                reason = "年度考核不称职，暂扣行政执法证";
            }
            case LEFT -> {
                LocalDate issued = LocalDate.of(2017, 1 + random.nextInt(12), 1 + random.nextInt(28));
                certs.add(cert(serial, 0, authority, areas, issued, issued.plusYears(5).minusDays(1)));
                last = CertificateStatus.REVOKED;
                lastSince = LocalDate.of(2022, 1 + random.nextInt(12), 1 + random.nextInt(28));
                reason = "调离行政执法岗位，注销行政执法证";
            }
        }
        return new Officers.Generated(o, p.region(), certs, last, lastSince, reason);
    }

    private static OfficerCommands.Certificate cert(int serial, int renewal, String authority, String areas,
            LocalDate issued, LocalDate expires) {
        String number = "42120%02d%06d".formatted(issued.getYear() % 100, serial * 2 + renewal);
        return new OfficerCommands.Certificate(number, authority, areas, issued, expires);
    }
}
