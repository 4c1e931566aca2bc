package cn.fazhi.reconsideration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.demo.DemoPeople;
import cn.fazhi.platform.identifiers.Masking;
import cn.fazhi.reconsideration.domain.ActCategory;
import cn.fazhi.reconsideration.domain.Appearance;
import cn.fazhi.reconsideration.domain.Channel;
import cn.fazhi.reconsideration.domain.DecisionType;
import cn.fazhi.reconsideration.domain.Instance;
import cn.fazhi.reconsideration.domain.LitigationCase;
import cn.fazhi.reconsideration.domain.LitigationOutcome;
import cn.fazhi.reconsideration.domain.PartyKind;
import cn.fazhi.reconsideration.domain.PartyRole;
import cn.fazhi.reconsideration.domain.Procedure;
import cn.fazhi.reconsideration.domain.ReconsiderationBulk;
import cn.fazhi.reconsideration.domain.ReconsiderationCase;
import cn.fazhi.reconsideration.domain.ReconsiderationRepository;
import cn.fazhi.reconsideration.domain.TerminationGround;

/**
 * The generated 2023 demo year of 咸安区's administrative reconsideration and litigation, whose indicators equal the
 * figures of the district's 2023 法治政府建设年度报告 (the seed, part 1.3.二): 121 cases, of which 73 reconsideration
 * cases (accepted in 2023) and 48 litigation cases (filed in 2023), and a 负责人出庭应诉率 of 100 %. The cases are
 * drawn by rules from a seeded random: receipt dates spread over the months, respondent agencies (departments and
 * township governments) by weight, acceptance, answer and decision dates in order (行政复议法 Arts. 30, 48, 62),
 * decisions by type, parties with valid ID numbers through the cipher; each suit has one or two hearings attended by a
 * 正职, 副职 or 分管 head. A few applications are not accepted, and a few received in late December are accepted in
 * January 2024, so the year's boundaries matter. Also the consultations at the township points.
 * <p>
 * Each case is built as a {@link ReconsiderationCase} or {@link LitigationCase} and taken through the aggregate's own
 * steps (accept, serve, answer, decide …; hearings, outcome, close), then written with its parties, hearings and the
 * consultations through {@link ReconsiderationBulk} — the repositories' column mappings over the kernel's bulk path
 * (COPY on PostgreSQL, batches on H2). The generated acceptance is taken on its day (no review deadline, so never
 * 视为受理), a simplified case is one the parties agreed to (Art. 53(2)); no clocks are kept for a past year.
 * <p>
 * Runs once (the {@link DemoGenerations} marker) when {@code fazhi.demo.year-2023} is on; one audit record names the
 * generation, no timeline entries are written.
 */
@Component
@Order(31)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class DemoYear2023Cases implements ApplicationRunner {

    static final String GENERATION = "reconsideration-2023";
    static final int YEAR = 2023;
    /** The seed's figures: the generator's targets. */
    static final int RECONSIDERATION_ACCEPTED = 73;
    static final int LITIGATION_REGISTERED = 48;
    static final int NOT_ACCEPTED = 6;
    static final int ACCEPTED_NEXT_YEAR = 3;
    static final int CONSULTATIONS = 264;

    private static final String ACTOR = "demo-2023";
    private static final int[] MONTH_WEIGHTS = {6, 7, 9, 9, 8, 8, 9, 9, 8, 9, 9, 9};
    /** Respondent agencies (unit id) and their weight; 0 = a township government, drawn by {@link #TOWNSHIP_UNITS}. */
    private static final long[] AGENCIES = {10, 6, 11, 5, 7, 9, 12, 0};
    private static final int[] AGENCY_WEIGHTS = {25, 12, 10, 10, 5, 4, 4, 30};
    private static final long[] TOWNSHIP_UNITS = {17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41};
    private static final String[] ACTS = {"行政处罚决定", "不予登记决定", "工伤认定决定", "限期拆除决定", "政府信息公开答复",
            "行政强制措施", "征收补偿决定", "责令停产停业决定"};
    private static final String[] CATEGORIES = {"MONETARY", "OTHER", "OTHER", "OTHER", "GOVERNMENT_INFORMATION",
            "OTHER", "MONETARY", "WARNING_OR_CRITICISM"};
    /** Decisions for the accepted cases (行政复议法 Arts. 63–69, 73) and terminations after settlement (Art. 41). */
    private static final String[] DECISIONS = {"UPHOLD", "REJECT_REQUEST", "REVOKE", "CONFIRM_ILLEGAL", "CHANGE",
            "MEDIATION_STATEMENT", "TERMINATION"};
    private static final int[] DECISION_WEIGHTS = {40, 8, 5, 3, 2, 6, 9};
    private static final String[] APPEARANCES = {"HEAD", "DEPUTY", "IN_CHARGE"};
    private static final String[] TOPICS = {"行政处罚能否申请复议", "申请期限如何计算", "工伤认定不服如何救济", "政府信息公开申请",
            "征收补偿争议", "复议与诉讼的选择"};

    private static final String DECISION_SUMMARY = "依法作出行政复议决定。";

    private final NamedParameterJdbcTemplate jdbc;
    private final DemoGenerations generations;
    private final CaseNumbers caseNumbers;
    private final PersonalDataCipher cipher;
    private final ReconsiderationBulk bulk;
    private final ReconsiderationRepository repository;
    private final Clock clock;

    DemoYear2023Cases(NamedParameterJdbcTemplate jdbc, DemoGenerations generations, CaseNumbers caseNumbers,
            PersonalDataCipher cipher, ReconsiderationBulk bulk, ReconsiderationRepository repository, Clock clock) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.caseNumbers = caseNumbers;
        this.cipher = cipher;
        this.bulk = bulk;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    private int generate() {
        Random random = new Random(20230102L);
        DemoPeople people = new DemoPeople(random);
        Map<Long, String> regions = new java.util.HashMap<>();
        jdbc.getJdbcTemplate().query("SELECT id, region_code FROM unit", rs -> {
            regions.put(rs.getLong(1), rs.getString(2));
        });
        int rows = reconsiderations(random, people, regions) + litigations(random, people, regions)
                + consultations(random);
        bulk.audited(AuditEntry.of("reconsideration.demo.generated", "reconsideration", GENERATION,
                rows + " rows of " + YEAR));
        return rows;
    }

    private record Application(LocalDate received, LocalDate accepted, String status, long unitId) {}

    private int reconsiderations(Random random, DemoPeople people, Map<Long, String> regions) {
        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < RECONSIDERATION_ACCEPTED; i++) {
            LocalDate received = dayIn(random, DemoPeople.weighted(random, MONTH_WEIGHTS) + 1, 1, 0);
            LocalDate accepted = received.plusDays(1 + random.nextInt(5));
            if (accepted.getYear() > YEAR) {
                accepted = LocalDate.of(YEAR, 12, 31);
            }
            applications.add(new Application(received, accepted, "ACCEPTED", agency(random)));
        }
        for (int i = 0; i < NOT_ACCEPTED; i++) {
            applications.add(new Application(dayIn(random, 1 + random.nextInt(11), 1, 0), null, "NOT_ACCEPTED",
                    agency(random)));
        }
        for (int i = 0; i < ACCEPTED_NEXT_YEAR; i++) {
            LocalDate received = LocalDate.of(YEAR, 12, 27 + random.nextInt(5));
            applications.add(new Application(received, LocalDate.of(YEAR + 1, 1, 2 + random.nextInt(3)), "ACCEPTED",
                    agency(random)));
        }
        applications.sort(Comparator.comparing(Application::received));
        Iterator<String> numbers = caseNumbers.nextBlock("reconsideration", "district", YEAR, applications.size())
                .iterator();
        List<ReconsiderationCase> cases = new ArrayList<>();
        List<ReconsiderationBulk.Party> parties = new ArrayList<>();
        for (Application a : applications) {
            int act = random.nextInt(ACTS.length);
            String decision = a.accepted() == null ? null : DECISIONS[DemoPeople.weighted(random, DECISION_WEIGHTS)];
            boolean simplified = decision != null && random.nextInt(4) == 0;
            LocalDate served = a.accepted() == null ? null : a.accepted().plusDays(1 + random.nextInt(6));
            LocalDate answered = served == null ? null : served.plusDays(5 + random.nextInt(5));
            LocalDate decided = a.accepted() == null ? a.received().plusDays(3)
                    : a.accepted().plusDays(simplified ? 15 + random.nextInt(15) : 25 + random.nextInt(35));
            LocalDate learned = a.received().minusDays(5 + random.nextInt(45));
            String applicant = people.personName();
            String idNumber = people.idNumber("421202");
            String phone = people.mobile();
            Channel channel = random.nextInt(3) == 0 ? Channel.ONLINE_PORTAL : Channel.IN_PERSON;
            String documentNo = "咸安" + (1000 + random.nextInt(9000)) + "号";
            ActCategory category = ActCategory.valueOf(CATEGORIES[act]);
            BigDecimal amount = category == ActCategory.MONETARY
                    ? BigDecimal.valueOf(500L * (1 + random.nextInt(400))).setScale(2) : null;
            // The history through the aggregate's own steps, as the pages take them (no clocks: a past year).
            ReconsiderationCase c = ReconsiderationCase.received(channel, a.received(), learned, learned.plusDays(60),
                    "申请人不服被申请人作出的" + ACTS[act], learned, documentNo, category, amount,
                    "请求依法撤销被申请人作出的" + ACTS[act], a.unitId(), regions.get(a.unitId()), applicant);
            c.numbered(0, numbers.next());
            if (a.accepted() == null) {
                c.decline("不属于行政复议范围（行政复议法第三十条）。", null, decided, null);
            } else {
                // The generated acceptance is taken as decided on its day (no review deadline: never 视为受理); a
                // simplified case is one the parties agreed to (Art. 53(2)), whatever the act.
                c.accept(a.accepted(), simplified ? Procedure.SIMPLIFIED : Procedure.ORDINARY, simplified, null);
                c.serveCopy(served);
                c.answerReceived(answered);
                DecisionType type = DecisionType.valueOf(decision);
                if (type == DecisionType.TERMINATION) {
                    c.terminate(TerminationGround.WITHDRAWN_AFTER_SETTLEMENT, decided, DECISION_SUMMARY);
                } else {
                    c.decide(type, decided, DECISION_SUMMARY);
                }
            }
            parties.add(new ReconsiderationBulk.Party(cases.size(), PartyRole.APPLICANT, PartyKind.PERSON, applicant,
                    cipher.encrypt(idNumber), cipher.blindIndex(idNumber), Masking.idNumber(idNumber), null,
                    cipher.encrypt(phone), Masking.phone(phone), null, null));
            cases.add(c);
        }
        bulk.insertCases(cases, c -> c.receivedOn().atTime(10, 0).atOffset(ZoneOffset.ofHours(8)), ACTOR, parties);
        return cases.size() + parties.size();
    }

    private int litigations(Random random, DemoPeople people, Map<Long, String> regions) {
        List<LocalDate> registered = new ArrayList<>();
        for (int i = 0; i < LITIGATION_REGISTERED; i++) {
            registered.add(dayIn(random, DemoPeople.weighted(random, MONTH_WEIGHTS) + 1, 1, 0));
        }
        Collections.sort(registered);
        Iterator<String> numbers = caseNumbers.nextBlock("litigation", "district", YEAR, registered.size()).iterator();
        List<LitigationCase> suits = new ArrayList<>();
        List<LocalDate[]> hearingDates = new ArrayList<>();
        List<LocalDate> outcomes = new ArrayList<>();
        List<LitigationOutcome> results = new ArrayList<>();
        for (LocalDate on : registered) {
            long unit = agency(random);
            boolean second = random.nextInt(5) == 0;
            String plaintiffId = people.idNumber("421202");
            LocalDate first = on.plusDays(20 + random.nextInt(50));
            LocalDate again = random.nextInt(10) == 0 ? first.plusDays(14 + random.nextInt(20)) : null;
            hearingDates.add(new LocalDate[] {first, again});
            LocalDate outcome = (again == null ? first : again).plusDays(15 + random.nextInt(30));
            boolean judged = outcome.isBefore(LocalDate.of(YEAR + 1, 3, 1));
            String court = second ? "湖北省咸宁市中级人民法院" : "咸宁市咸安区人民法院";
            String courtNumber = "（" + on.getYear() + "）鄂12" + (second ? "行终" : "02行初") + (10 + random.nextInt(190)) + "号";
            String plaintiff = people.personName();
            String subject = "原告不服被告作出的" + ACTS[random.nextInt(ACTS.length)] + "，提起行政诉讼";
            LitigationCase suit = LitigationCase.open(court, second ? Instance.SECOND : Instance.FIRST, courtNumber,
                    plaintiff, cipher.encrypt(plaintiffId), cipher.blindIndex(plaintiffId), Masking.idNumber(plaintiffId),
                    unit, regions.get(unit), subject, on);
            suit.numbered(numbers.next());
            suits.add(suit);
            outcomes.add(judged ? outcome : null);
            results.add(judged ? (random.nextInt(6) == 0 ? LitigationOutcome.WITHDRAWN : LitigationOutcome.AGENCY_WON)
                    : null);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ReconsiderationBulk.Hearing> hearings = new ArrayList<>();
        for (int i = 0; i < hearingDates.size(); i++) {
            LitigationCase suit = suits.get(i);
            for (LocalDate on : hearingDates.get(i)) {
                if (on != null) {
                    suit.hearingRecorded(on);
                    hearings.add(new ReconsiderationBulk.Hearing(i, on,
                            Appearance.valueOf(APPEARANCES[random.nextInt(APPEARANCES.length)]), people.personName(),
                            null, null, people.personName(), now, ACTOR));
                }
            }
            if (results.get(i) != null) {
                suit.recordOutcome(results.get(i), outcomes.get(i), null);
                suit.close();
            }
        }
        bulk.insertSuits(suits, s -> s.filedOn().atTime(10, 0).atOffset(ZoneOffset.ofHours(8)), ACTOR, hearings);
        return suits.size() + hearings.size();
    }

    private int consultations(Random random) {
        List<Long> points = repository.consultationPoints();
        if (points.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ReconsiderationBulk.Consultation> rows = new ArrayList<>(CONSULTATIONS);
        for (int i = 0; i < CONSULTATIONS; i++) {
            long point = points.get(random.nextInt(points.size()));
            LocalDate on = dayIn(random, DemoPeople.weighted(random, MONTH_WEIGHTS) + 1, 1, 0);
            rows.add(new ReconsiderationBulk.Consultation(point, on, TOPICS[random.nextInt(TOPICS.length)], now, ACTOR));
        }
        bulk.insertConsultations(rows);
        return rows.size();
    }

    private static long agency(Random random) {
        long unit = AGENCIES[DemoPeople.weighted(random, AGENCY_WEIGHTS)];
        return unit == 0 ? TOWNSHIP_UNITS[random.nextInt(TOWNSHIP_UNITS.length)] : unit;
    }

    /** A day of {@code month} of the demo year, at least {@code fromDay}, leaving {@code spare} days at the end. */
    private static LocalDate dayIn(Random random, int month, int fromDay, int spare) {
        LocalDate first = LocalDate.of(YEAR, month, fromDay);
        return first.plusDays(random.nextInt(first.lengthOfMonth() - fromDay + 1 - spare));
    }
}
