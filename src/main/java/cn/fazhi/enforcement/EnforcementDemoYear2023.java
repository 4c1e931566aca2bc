package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.CaseBulk;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.demo.DemoPeople;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The penalty cases of the generated 2023 demo year (issue 12): the district's enforcement generated from rules, after
 * the officers' demo year ({@link OfficerDemoYear2023}, whose officers and certificates it uses).
 * <p>
 * First a few district discretion benchmarks (published through {@link Benchmarks}) and two 首违不罚 items (through
 * {@link LenientLists}, list published). Then, per enforcing unit with a benchmarked violation, a number of cases
 * proportional to its officers (seeded {@link Random}), each run through the aggregate's own guarded methods —
 * registered (limitation check), investigated by two officers of the unit certified on the act's day (checked by
 * {@link CertificateChecks#requireCertifiedPair}), notified, heard in statement when the party spoke, reviewed when 重大,
 * decided with a benchmark level, served, paid and closed — with business dates in 2023; saved through
 * {@link EnforcementCaseRepository}, the acts and timeline through the kernel's {@link CaseBulk}.
 * <p>
 * The seed's shortcomings, drawn and counted: about 3 % of the fines lie outside their level's range — the aggregate
 * refuses that without the unit head's approval, so these carry an approval, and the 同案不同罚 analysis lists them;
 * about 5 % of the files have no investigative act on record (so the 询问/检查笔录 is missing from the file); about 2 %
 * of the fines are paid late (the late fee of Art. 72 is computed). Missing audio-video is not generated: the penalty
 * case's file does not require audio-video for its acts ({@link EnforcementCaseFiles}). Finally the closed 2023 files
 * are pre-checked ({@link FileReviews#precheckClosed}).
 */
@Component
@Order(36)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class EnforcementDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "enforcement-cases-2023";
    static final String ACTOR = "demo-2023";
    static final int YEAR = 2023;
    /** Cases per certified officer in a year (about 0.3: a few hundred for the district's 1,338 officers). */
    static final double CASES_PER_OFFICER = 0.3;
    static final int OUTSIDE_PER_MILLE = 30;
    static final int NO_ACT_PER_MILLE = 50;
    static final int LATE_PER_MILLE = 20;
    private static final LocalDate FROM = LocalDate.of(YEAR, 1, 1);
    private static final LocalDate TO = LocalDate.of(YEAR, 12, 31);
    private static final Logger log = LoggerFactory.getLogger(EnforcementDemoYear2023.class);

    /** A benchmark: code, name, legal basis, penalty basis, party kind, then three levels min/max (从轻, 一般, 从重). */
    private record Violation(String code, String name, String legal, String penalty, PenaltyPartyKind party,
            long[] ranges, String circumstances) {}

    private static final Violation[] VIOLATIONS = {
            new Violation("XA-SC-001", "销售超过保质期的食品", "《中华人民共和国食品安全法》第三十四条第（十）项",
                    "《中华人民共和国食品安全法》第一百二十四条第一款", PenaltyPartyKind.ORGANISATION,
                    new long[] {50_000, 65_000, 65_000, 85_000, 85_000, 100_000}, "货值金额不足一万元"),
            new Violation("XA-SC-002", "未按规定将营业执照置于住所或者主要经营场所醒目位置", "《中华人民共和国市场主体登记管理条例》第二十一条",
                    "《中华人民共和国市场主体登记管理条例》第四十八条", PenaltyPartyKind.ORGANISATION,
                    new long[] {1_000, 5_000, 5_000, 15_000, 15_000, 30_000}, "经责令改正"),
            new Violation("XA-CG-001", "占用城市道路、人行道擅自摆摊设点经营", "《城市市容和环境卫生管理条例》第十四条",
                    "《城市市容和环境卫生管理条例》第三十六条", PenaltyPartyKind.PERSON,
                    new long[] {50, 200, 200, 500, 500, 1_000}, "经劝阻后"),
            new Violation("XA-NY-001", "未取得农药经营许可证经营农药", "《农药管理条例》第二十四条",
                    "《农药管理条例》第五十五条", PenaltyPartyKind.ORGANISATION,
                    new long[] {5_000, 15_000, 15_000, 35_000, 35_000, 50_000}, "违法经营的农药货值金额不足一万元"),
            new Violation("XA-LY-001", "滥伐林木", "《中华人民共和国森林法》第五十六条", "《中华人民共和国森林法》第七十四条第二款",
                    PenaltyPartyKind.PERSON, new long[] {1_000, 5_000, 5_000, 15_000, 15_000, 30_000}, "按滥伐林木价值"),
            new Violation("XA-RS-001", "用人单位未按规定建立职工名册", "《中华人民共和国劳动合同法实施条例》第八条",
                    "《中华人民共和国劳动合同法实施条例》第三十三条", PenaltyPartyKind.ORGANISATION,
                    new long[] {2_000, 5_000, 5_000, 12_000, 12_000, 20_000}, "经责令限期改正逾期不改正"),
            new Violation("XA-YB-001", "定点医药机构违反医疗保障基金使用管理规定", "《医疗保障基金使用监督管理条例》第十五条",
                    "《医疗保障基金使用监督管理条例》第三十八条", PenaltyPartyKind.ORGANISATION,
                    new long[] {10_000, 20_000, 20_000, 35_000, 35_000, 50_000}, "造成医疗保障基金损失"),
            new Violation("XA-AJ-001", "未按照规定对从业人员进行安全生产教育和培训", "《中华人民共和国安全生产法》第二十八条",
                    "《中华人民共和国安全生产法》第九十七条第（三）项", PenaltyPartyKind.ORGANISATION,
                    new long[] {5_000, 20_000, 20_000, 60_000, 60_000, 100_000}, "责令限期改正")};

    /** Which violations each enforcing unit handles (townships: 占道经营 and 安全培训 under the 乡镇赋权 list). */
    private static final Map<Long, String[]> UNIT_VIOLATIONS = new LinkedHashMap<>();
    static {
        UNIT_VIOLATIONS.put(5L, new String[] {"XA-SC-001", "XA-SC-002", "XA-SC-002"});
        UNIT_VIOLATIONS.put(6L, new String[] {"XA-CG-001"});
        UNIT_VIOLATIONS.put(7L, new String[] {"XA-NY-001"});
        UNIT_VIOLATIONS.put(9L, new String[] {"XA-LY-001"});
        UNIT_VIOLATIONS.put(11L, new String[] {"XA-RS-001"});
        UNIT_VIOLATIONS.put(12L, new String[] {"XA-YB-001"});
        for (long t : new long[] {17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41}) {
            UNIT_VIOLATIONS.put(t, new String[] {"XA-CG-001", "XA-CG-001", "XA-AJ-001"});
        }
    }

    private final Benchmarks benchmarks;
    private final LenientLists lenient;
    private final BenchmarkLevels levels;
    private final EnforcementCaseRepository store;
    private final CertificateChecks certificates;
    private final MajorCatalogues catalogues;
    private final PenaltyProperties settings;
    private final LegalCalendar calendar;
    private final CaseNumbers numbers;
    private final CaseParties parties;
    private final CaseBulk bulk;
    private final FileReviews fileReviews;
    private final Disparities disparities;
    private final DemoGenerations generations;
    private final JdbcClient jdbc;
    private final Clock clock;

    EnforcementDemoYear2023(Benchmarks benchmarks, LenientLists lenient, BenchmarkLevels levels,
            EnforcementCaseRepository store, CertificateChecks certificates, MajorCatalogues catalogues,
            PenaltyProperties settings, LegalCalendar calendar, CaseNumbers numbers, CaseParties parties, CaseBulk bulk,
            FileReviews fileReviews, Disparities disparities, DemoGenerations generations, JdbcClient jdbc,
            Clock clock) {
        this.benchmarks = benchmarks;
        this.lenient = lenient;
        this.levels = levels;
        this.store = store;
        this.certificates = certificates;
        this.catalogues = catalogues;
        this.settings = settings;
        this.calendar = calendar;
        this.numbers = numbers;
        this.parties = parties;
        this.bulk = bulk;
        this.fileReviews = fileReviews;
        this.disparities = disparities;
        this.generations = generations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    /** What the generation produced, for the log and the audit record. */
    private static final class Counts {
        int cases;
        int outside;
        int noAct;
        int late;
        int major;
        int statements;
        int acts;
    }

    /** An act to write once the cases have ids. */
    private record PlannedAct(int caseIndex, PenaltyActKind kind, LocalDate on, String notes, List<Long> officers,
            List<String> certificateNumbers) {}

    int generate() {
        if (!generations.generated(OfficerDemoYear2023.GENERATION)) {
            log.warn("Demo data {} skipped: the officers' demo year {} is not there", GENERATION,
                    OfficerDemoYear2023.GENERATION);
            return 0;
        }
        Random random = new Random(20230315L);
        DemoPeople people = new DemoPeople(random);
        DataScope district = new DataScope(ScopeLevel.DISTRICT, 2, "421202");
        CurrentUser system = new CurrentUser(0, ACTOR, "演示数据", 2, "421202", district, Set.of(), false, "zh-CN");
        Map<String, BenchmarkView> published = benchmarks(system);
        lenientItems(system);

        Counts n = new Counts();
        List<EnforcementCase> cases = new ArrayList<>();
        List<PlannedAct> acts = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Map.Entry<Long, String[]> unit : UNIT_VIOLATIONS.entrySet()) {
            long unitId = unit.getKey();
            List<Long> officers = jdbc.sql("SELECT id FROM enforcement_officer WHERE unit_id = :u AND active ORDER BY id")
                    .param("u", unitId).query(Long.class).list();
            if (officers.size() < 2) {
                continue;
            }
            List<Long> reviewers = jdbc.sql("SELECT id FROM enforcement_officer WHERE unit_id = :u AND active AND reviewer "
                    + "AND legal_qualification ORDER BY id").param("u", unitId).query(Long.class).list();
            Map<String, Object> u = jdbc.sql("SELECT region_code, short_name FROM unit WHERE id = :id").param("id", unitId)
                    .query().singleRow();
            String region = (String) u.get("region_code");
            String shortName = (String) u.get("short_name");
            int count = (int) Math.round(officers.size() * CASES_PER_OFFICER);
            List<EnforcementCase> ofUnit = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String code = unit.getValue()[random.nextInt(unit.getValue().length)];
                Violation v = violation(code);
                EnforcementCase c = one(random, people, v, published.get(code), unitId, region, officers, reviewers,
                        acts, cases.size() + ofUnit.size(), n, now);
                ofUnit.add(c);
            }
            // case and decision numbers in the order of filing and deciding, as the unit's registers would give them
            ofUnit.sort((a, b) -> a.filedOn.compareTo(b.filedOn));
            for (EnforcementCase c : ofUnit) {
                c.caseNumber = numbers.next(EnforcementCases.CASE_TYPE, "unit-" + unitId, shortName, YEAR);
            }
            List<EnforcementCase> byDecision = new ArrayList<>(ofUnit);
            byDecision.sort((a, b) -> a.decidedOn.compareTo(b.decidedOn));
            for (EnforcementCase c : byDecision) {
                c.decisionNumber = numbers.next(EnforcementCases.DECISION_NUMBERS, "unit-" + unitId, shortName, YEAR);
            }
            cases.addAll(ofUnit);
        }

        // the cases through the repository (its one column map), then the acts and timelines through the kernel's bulk path
        for (EnforcementCase c : cases) {
            store.insert(c);
        }
        writeActs(cases, acts, now);
        timeline(cases, n);
        n.cases = cases.size();
        int files = fileReviews.precheckClosed(FROM, TO);
        long findings = jdbc.sql("SELECT COUNT(*) FROM enforcement_precheck_finding WHERE case_type = :t AND closed_on "
                + "BETWEEN :f AND :to").param("t", EnforcementCases.CASE_TYPE).param("f", FROM).param("to", TO)
                .query(Long.class).single();
        int flagged = disparities.analyse(FROM, TO, null, district).flags().size();
        String summary = n.cases + " cases of " + YEAR + " (" + n.major + " 重大 with review, " + n.statements
                + " statements, " + n.acts + " acts); shortcomings: " + n.outside + " fines outside their level (approved), "
                + n.noAct + " files without an investigative act, " + n.late + " fines paid late; " + files
                + " closed files pre-checked, " + findings + " findings; " + flagged + " decisions flagged 同案不同罚";
        log.info("Demo data {}: {}", GENERATION, summary);
        bulk.audited(AuditEntry.of("enforcement.case.demoGenerated", "enforcement_case", GENERATION, summary).by("system"));
        return n.cases + n.acts + published.size() + 2;
    }

    /** One case run through the aggregate's guarded steps with its business dates in 2023. */
    private EnforcementCase one(Random random, DemoPeople people, Violation v, BenchmarkView b, long unitId,
            String region, List<Long> officers, List<Long> reviewers, List<PlannedAct> acts, int index, Counts n,
            OffsetDateTime now) {
        PenaltyPartyKind partyKind = v.party() == PenaltyPartyKind.PERSON || random.nextInt(10) != 0 ? v.party()
                : PenaltyPartyKind.PERSON;
        boolean person = partyKind == PenaltyPartyKind.PERSON;
        String partyName = person ? people.personName() : people.organisationName();
        String identifier = person ? people.idNumber("421202") : people.uscc("421202");
        LocalDate actOn = LocalDate.of(YEAR, 1, 3).plusDays(random.nextInt(250));
        LocalDate discovered = actOn.plusDays(random.nextInt(8));
        LocalDate filed = discovered.plusDays(random.nextInt(5));
        EnforcementCase c = EnforcementCase.registered("-", unitId, region, null, partyKind, partyName, v.code(),
                v.name(), partyName + "涉嫌" + v.name() + "，经现场检查立案调查。", actOn, null, discovered, false, filed,
                false, false, now, ACTOR);
        c.sealParty(parties.seal(person, identifier, people.mobile()));

        // investigation: an inspection and an inquiry by two officers certified on the day — or, the seed's weakness,
        // nothing on record
        LocalDate lastAct = filed;
        if (random.nextInt(1000) < NO_ACT_PER_MILLE) {
            n.noAct++;
        } else {
            LocalDate inspection = filed.plusDays(random.nextInt(3));
            LocalDate inquiry = inspection.plusDays(1 + random.nextInt(10));
            plan(acts, index, PenaltyActKind.INSPECTION, inspection, "现场检查，出示执法证件，制作现场检查笔录。", officers,
                    random, n);
            plan(acts, index, PenaltyActKind.INQUIRY, inquiry, "询问当事人，出示执法证件，制作询问笔录。", officers, random, n);
            lastAct = inquiry;
        }

        // the fine by the benchmark level; a few outside the level's range with the unit head's approval
        int draw = random.nextInt(100);
        BenchmarkView.Level level = b.levels().get(draw < 25 ? 0 : draw < 80 ? 1 : 2);
        BigDecimal fine = within(random, level.minFine(), level.maxFine());
        boolean outside = random.nextInt(1000) < OUTSIDE_PER_MILLE;
        if (outside) {
            fine = random.nextBoolean() ? round(level.maxFine().multiply(BigDecimal.valueOf(1.4)))
                    : round(level.minFine().multiply(BigDecimal.valueOf(0.5))).max(BigDecimal.TEN);
        }
        BenchmarkLevels.BenchmarkLevel stated = levels.level(level.id()).orElseThrow();
        boolean withinRange = stated.contains(fine);
        Set<PenaltyKind> kinds = random.nextInt(5) == 0 ? EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE)
                : EnumSet.of(PenaltyKind.FINE);

        LocalDate notified = lastAct.plusDays(3 + random.nextInt(12));
        boolean hearing = HearingRules.triggered(kinds, fine, null, partyKind, settings);
        c.notifyParty(notified, kinds, fine, c.summary, "违反" + v.legal(), v.penalty(),
                "当事人享有陈述、申辩的权利" + (hearing ? "，并有权要求听证" : "") + "。", hearing);
        LocalDate requestEnds = HearingRules.requestDeadline(calendar, notified);
        if (random.nextInt(10) < 3) {
            c.recordStatement(notified.plusDays(1 + random.nextInt(3)), "当事人陈述已整改，请求从轻处罚。", hearing);
            n.statements++;
        }
        LocalDate decided = notified.plusDays(6 + random.nextInt(15));
        if (!decided.isAfter(requestEnds)) {
            decided = requestEnds.plusDays(1);
        }
        if (!withinRange) {
            c.approveDeviation(decided.minusDays(1), "单位负责人", fine, "当事人违法情节特殊，经负责人批准在基准外裁量。");
            n.outside++;
        }
        boolean major = !catalogues.matches(unitId, v.code(), fine, kinds, false).isEmpty()
                || (!reviewers.isEmpty() && level.ordinal() == 3 && random.nextInt(4) == 0);
        if (major) {
            if (reviewers.isEmpty()) {
                throw new IllegalStateException("unit " + unitId + " has a 重大 case but no reviewer");
            }
            c.markedMajor = true;
            c.submitReview(decided.minusDays(4));
            c.review(reviewers.get(random.nextInt(reviewers.size())), PenaltyReviewOutcome.PASSED,
                    "事实清楚，证据确凿，适用依据正确，程序合法，裁量适当。", decided.minusDays(2));
            n.major++;
        }
        c.decide(kinds, fine, null, "对当事人" + partyName + "作出" + (kinds.contains(PenaltyKind.WARNING) ? "警告、" : "")
                        + "罚款人民币" + fine.toPlainString() + "元的行政处罚。", b.id(), level.id(), withinRange, major, "-",
                decided, requestEnds);
        LocalDate served = decided.plusDays(random.nextInt(4));
        PenaltyServiceMethod method = random.nextInt(10) < 7 ? PenaltyServiceMethod.DIRECT
                : random.nextBoolean() ? PenaltyServiceMethod.POST : PenaltyServiceMethod.ELECTRONIC;
        c.serve(served, method, false, calendar.deadline(served, EnforcementCase.PAYMENT_DAYS, PeriodUnit.DAYS).deadline());
        LocalDate paid;
        if (random.nextInt(1000) < LATE_PER_MILLE) {
            paid = c.paymentDueOn.plusDays(3 + random.nextInt(20));
            n.late++;
        } else {
            paid = served.plusDays(1 + random.nextInt(13));
            if (paid.isAfter(c.paymentDueOn)) {
                paid = c.paymentDueOn;
            }
        }
        c.pay(paid);
        c.close(paid.plusDays(1 + random.nextInt(10)));
        if (c.closedOn.getYear() != YEAR || c.filedOn.getYear() != YEAR) {
            throw new IllegalStateException("case outside " + YEAR + ": " + c.filedOn + " – " + c.closedOn);
        }
        return c;
    }

    /** An act by two officers of the unit certified on its day (refused by the register otherwise). */
    private void plan(List<PlannedAct> acts, int index, PenaltyActKind kind, LocalDate on, String notes,
            List<Long> officers, Random random, Counts n) {
        List<Long> pool = new ArrayList<>(officers);
        Collections.shuffle(pool, random);
        List<Long> pair = new ArrayList<>(2);
        for (Long o : pool) {
            if (certificates.validOn(o, on)) {
                pair.add(o);
                if (pair.size() == 2) {
                    break;
                }
            }
        }
        certificates.requireCertifiedPair(pair, on);
        List<String> numbersOf = pair.stream().map(o -> certificates.validCertificate(o, on).orElseThrow()).toList();
        acts.add(new PlannedAct(index, kind, on, notes, pair, numbersOf));
        n.acts++;
    }

    private void writeActs(List<EnforcementCase> cases, List<PlannedAct> acts, OffsetDateTime now) {
        List<Object[]> rows = new ArrayList<>(acts.size());
        for (PlannedAct a : acts) {
            rows.add(new Object[] {cases.get(a.caseIndex()).id, a.kind().name(), a.on(), true, a.notes(), now, ACTOR});
        }
        long[] ids = bulk.insertReturningIds(new CaseBulk.Rows("enforcement_case_act",
                List.of("case_id", "act_kind", "act_on", "certificates_shown", "notes", "created_at", "created_by"), rows));
        List<Object[]> officerRows = new ArrayList<>(acts.size() * 2);
        for (int i = 0; i < acts.size(); i++) {
            PlannedAct a = acts.get(i);
            for (int k = 0; k < a.officers().size(); k++) {
                officerRows.add(new Object[] {ids[i], a.officers().get(k), a.certificateNumbers().get(k)});
            }
        }
        bulk.insert(new CaseBulk.Rows("enforcement_case_act_officer", List.of("act_id", "officer_id",
                "certificate_number"), officerRows));
    }

    /** One timeline entry per case and step it went through. */
    private void timeline(List<EnforcementCase> cases, Counts n) {
        String detail = YEAR + "年演示数据";
        step(cases, c -> true, "registered", detail);
        step(cases, c -> true, "notified", detail);
        step(cases, c -> c.statementOn != null, "statementRecorded", detail);
        step(cases, c -> c.reviewPassedOn != null, "reviewSubmitted", detail);
        step(cases, c -> c.reviewPassedOn != null, "reviewPassed", detail);
        step(cases, c -> c.deviationApprovedOn != null, "deviationApproved", detail);
        step(cases, c -> true, "decided", detail);
        step(cases, c -> true, "served", detail);
        step(cases, c -> true, "paid", detail);
        step(cases, c -> true, "closed", detail);
    }

    private void step(List<EnforcementCase> cases, java.util.function.Predicate<EnforcementCase> which, String action,
            String detail) {
        long[] ids = cases.stream().filter(which).mapToLong(c -> c.id).toArray();
        bulk.timeline(EnforcementCases.CASE_TYPE, ids, action, detail);
    }

    /** The district's benchmarks, created and published (or those already published under the same codes). */
    private Map<String, BenchmarkView> benchmarks(CurrentUser system) {
        Map<String, BenchmarkView> out = new LinkedHashMap<>();
        for (Violation v : VIOLATIONS) {
            List<BenchmarkView> inForce = benchmarks.inForce(v.code(), FROM);
            if (!inForce.isEmpty() && inForce.get(0).levels().size() >= 3) {
                out.put(v.code(), inForce.get(0));
                continue;
            }
            long[] r = v.ranges();
            List<BenchmarkCommands.Level> ls = List.of(
                    new BenchmarkCommands.Level(BenchmarkLevelKind.LIGHTER, v.circumstances() + "，情节较轻、及时改正",
                            BigDecimal.valueOf(r[0]), BigDecimal.valueOf(r[1]), null),
                    new BenchmarkCommands.Level(BenchmarkLevelKind.GENERAL, v.circumstances() + "，一般情节",
                            BigDecimal.valueOf(r[2]), BigDecimal.valueOf(r[3]), null),
                    new BenchmarkCommands.Level(BenchmarkLevelKind.HEAVIER, v.circumstances() + "，情节严重或者拒不改正",
                            BigDecimal.valueOf(r[4]), BigDecimal.valueOf(r[5]), null));
            BenchmarkView created = benchmarks.create(new BenchmarkCommands.Create(v.code(), v.name(), v.legal(),
                    v.penalty(), BenchmarkIssuer.DISTRICT, "咸安政规〔2022〕" + (3 + out.size()) + "号", FROM, null, ls),
                    system);
            out.put(v.code(), benchmarks.publish(created.id(), created.version()));
        }
        return out;
    }

    /** Two 首违不罚 items (行政处罚法 Art. 33(1)) on the published list. */
    private void lenientItems(CurrentUser system) {
        String[][] items = {{"XA-SC-002", "未按规定将营业执照置于住所或者主要经营场所醒目位置"},
                {"XA-CG-001", "占用城市道路、人行道擅自摆摊设点经营"}};
        for (String[] i : items) {
            boolean exists = lenient.items(LenientKind.NOT_PUNISHED, null).stream()
                    .anyMatch(item -> item.violationCode().equals(i[0]));
            if (!exists) {
                lenient.add(LenientKind.NOT_PUNISHED, new LenientCommands.Item(i[0], i[1],
                        "初次违法、危害后果轻微并及时改正的", "《中华人民共和国行政处罚法》第三十三条第一款", true, true, true), system);
            }
        }
        LenientListView list = lenient.list(LenientKind.NOT_PUNISHED);
        if (!list.published()) {
            lenient.publish(LenientKind.NOT_PUNISHED, new LenientCommands.Publish("咸安区2023年版", list.version()));
        }
    }

    private static Violation violation(String code) {
        for (Violation v : VIOLATIONS) {
            if (v.code().equals(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** A fine inside [min, max], rounded to a tidy amount that stays inside. */
    private static BigDecimal within(Random random, BigDecimal min, BigDecimal max) {
        double lo = min.doubleValue();
        double hi = max.doubleValue();
        BigDecimal fine = round(BigDecimal.valueOf(lo + random.nextDouble() * (hi - lo)));
        return fine.max(min).min(max);
    }

    private static BigDecimal round(BigDecimal amount) {
        BigDecimal step = amount.compareTo(BigDecimal.valueOf(2_000)) < 0 ? BigDecimal.TEN : BigDecimal.valueOf(100);
        return amount.divide(step, 0, RoundingMode.HALF_UP).multiply(step).setScale(2);
    }
}
