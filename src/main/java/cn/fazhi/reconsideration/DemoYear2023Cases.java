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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.demo.DemoPeople;
import cn.fazhi.platform.identifiers.Masking;

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
 * Runs once (the {@link DemoGenerations} marker) when {@code fazhi.demo.year-2023} is on; inserts in batches; one audit
 * record names the generation, no timeline entries are written.
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

    private final NamedParameterJdbcTemplate jdbc;
    private final DemoGenerations generations;
    private final CaseNumbers caseNumbers;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    DemoYear2023Cases(NamedParameterJdbcTemplate jdbc, DemoGenerations generations,
            CaseNumbers caseNumbers, PersonalDataCipher cipher, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.caseNumbers = caseNumbers;
        this.cipher = cipher;
        this.audit = audit;
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
        audit.record(AuditEntry.of("reconsideration.demo.generated", "reconsideration", GENERATION,
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
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<SqlParameterSource> cases = new ArrayList<>();
        List<String[]> applicants = new ArrayList<>();
        for (Application a : applications) {
            int act = random.nextInt(ACTS.length);
            String decision = a.accepted() == null ? null : DECISIONS[DemoPeople.weighted(random, DECISION_WEIGHTS)];
            boolean simplified = decision != null && random.nextInt(4) == 0;
            LocalDate served = a.accepted() == null ? null : a.accepted().plusDays(1 + random.nextInt(6));
            LocalDate answered = served == null ? null : served.plusDays(5 + random.nextInt(5));
            LocalDate decided = a.accepted() == null ? a.received().plusDays(3)
                    : a.accepted().plusDays(simplified ? 15 + random.nextInt(15) : 25 + random.nextInt(35));
            String status = a.accepted() == null ? "NOT_ACCEPTED"
                    : "TERMINATION".equals(decision) ? "TERMINATED" : "DECIDED";
            LocalDate learned = a.received().minusDays(5 + random.nextInt(45));
            String applicant = people.personName();
            applicants.add(new String[] {applicant, people.idNumber("421202"), people.mobile()});
            String category = CATEGORIES[act];
            cases.add(new MapSqlParameterSource().addValue("case_number", numbers.next()).addValue("status", status)
                    .addValue("channel", random.nextInt(3) == 0 ? "ONLINE_PORTAL" : "IN_PERSON")
                    .addValue("received_on", a.received()).addValue("learned_on", learned)
                    .addValue("window_ends_on", learned.plusDays(60)).addValue("late", false)
                    .addValue("act_description", "申请人不服被申请人作出的" + ACTS[act])
                    .addValue("act_date", learned).addValue("act_document_no", "咸安" + (1000 + random.nextInt(9000)) + "号")
                    .addValue("act_category", category)
                    .addValue("act_amount", "MONETARY".equals(category)
                            ? BigDecimal.valueOf(500L * (1 + random.nextInt(400))).setScale(2) : null)
                    .addValue("requests", "请求依法撤销被申请人作出的" + ACTS[act])
                    .addValue("unit_id", a.unitId()).addValue("region_code", regions.get(a.unitId()))
                    .addValue("applicant_name", applicant)
                    .addValue("procedure_kind", a.accepted() == null ? null : simplified ? "SIMPLIFIED" : "ORDINARY")
                    .addValue("accepted_on", a.accepted())
                    .addValue("not_accepted_reasons", a.accepted() == null ? "不属于行政复议范围（行政复议法第三十条）。" : null)
                    .addValue("copy_served_on", served).addValue("answer_received_on", answered)
                    .addValue("decision_type", a.accepted() == null ? "NOT_ACCEPTED" : decision)
                    .addValue("decided_on", decided)
                    .addValue("decision_summary", a.accepted() == null ? null : "依法作出行政复议决定。")
                    .addValue("termination_ground", "TERMINATION".equals(decision) ? "WITHDRAWN_AFTER_SETTLEMENT" : null)
                    .addValue("created_at", a.received().atTime(10, 0).atOffset(ZoneOffset.ofHours(8)))
                    .addValue("created_by", ACTOR));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate("INSERT INTO reconsideration_case (case_number, status, channel, received_on, learned_on, "
                + "window_ends_on, late, act_description, act_date, act_document_no, act_category, act_amount, requests, "
                + "unit_id, region_code, applicant_name, procedure_kind, accepted_on, not_accepted_reasons, copy_served_on, "
                + "answer_received_on, decision_type, decided_on, decision_summary, termination_ground, created_at, "
                + "created_by, version) VALUES (:case_number, :status, :channel, :received_on, :learned_on, "
                + ":window_ends_on, :late, :act_description, :act_date, :act_document_no, :act_category, :act_amount, "
                + ":requests, :unit_id, :region_code, :applicant_name, :procedure_kind, :accepted_on, "
                + ":not_accepted_reasons, :copy_served_on, :answer_received_on, :decision_type, :decided_on, "
                + ":decision_summary, :termination_ground, :created_at, :created_by, 0)",
                cases.toArray(SqlParameterSource[]::new), keys, new String[] {"id"});
        List<SqlParameterSource> parties = new ArrayList<>();
        for (int i = 0; i < applicants.size(); i++) {
            String[] x = applicants.get(i);
            parties.add(new MapSqlParameterSource().addValue("c", id(keys, i)).addValue("n", x[0])
                    .addValue("ie", cipher.encrypt(x[1])).addValue("ii", cipher.blindIndex(x[1]))
                    .addValue("im", Masking.idNumber(x[1])).addValue("pe", cipher.encrypt(x[2]))
                    .addValue("pm", Masking.phone(x[2])));
        }
        jdbc.batchUpdate("INSERT INTO reconsideration_party (case_id, party_role, party_kind, name, id_number_enc, "
                + "id_number_index, id_number_masked, phone_enc, phone_masked) VALUES (:c, 'APPLICANT', 'PERSON', :n, "
                + ":ie, :ii, :im, :pe, :pm)", parties.toArray(SqlParameterSource[]::new));
        return cases.size() + parties.size();
    }

    private int litigations(Random random, DemoPeople people, Map<Long, String> regions) {
        List<LocalDate> registered = new ArrayList<>();
        for (int i = 0; i < LITIGATION_REGISTERED; i++) {
            registered.add(dayIn(random, DemoPeople.weighted(random, MONTH_WEIGHTS) + 1, 1, 0));
        }
        Collections.sort(registered);
        Iterator<String> numbers = caseNumbers.nextBlock("litigation", "district", YEAR, registered.size()).iterator();
        List<SqlParameterSource> cases = new ArrayList<>();
        List<LocalDate[]> hearingDates = new ArrayList<>();
        for (LocalDate on : registered) {
            long unit = agency(random);
            boolean second = random.nextInt(5) == 0;
            String plaintiffId = people.idNumber("421202");
            LocalDate first = on.plusDays(20 + random.nextInt(50));
            LocalDate again = random.nextInt(10) == 0 ? first.plusDays(14 + random.nextInt(20)) : null;
            hearingDates.add(new LocalDate[] {first, again});
            LocalDate outcome = (again == null ? first : again).plusDays(15 + random.nextInt(30));
            boolean judged = outcome.isBefore(LocalDate.of(YEAR + 1, 3, 1));
            cases.add(new MapSqlParameterSource().addValue("n", numbers.next())
                    .addValue("s", judged ? "CLOSED" : "OPEN")
                    .addValue("court", second ? "湖北省咸宁市中级人民法院" : "咸宁市咸安区人民法院")
                    .addValue("i", second ? "SECOND" : "FIRST")
                    .addValue("ccn", "（" + on.getYear() + "）鄂12" + (second ? "行终" : "02行初") + (10 + random.nextInt(190)) + "号")
                    .addValue("pn", people.personName()).addValue("pe", cipher.encrypt(plaintiffId))
                    .addValue("pi", cipher.blindIndex(plaintiffId)).addValue("pm", Masking.idNumber(plaintiffId))
                    .addValue("u", unit).addValue("r", regions.get(unit))
                    .addValue("subj", "原告不服被告作出的" + ACTS[random.nextInt(ACTS.length)] + "，提起行政诉讼")
                    .addValue("o", judged ? (random.nextInt(6) == 0 ? "WITHDRAWN" : "AGENCY_WON") : null)
                    .addValue("oo", judged ? outcome : null).addValue("filed", on)
                    .addValue("at", on.atTime(10, 0).atOffset(ZoneOffset.ofHours(8))).addValue("by", ACTOR));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate("INSERT INTO litigation_case (internal_number, status, court, instance, court_case_number, "
                + "plaintiff_name, plaintiff_id_enc, plaintiff_id_index, plaintiff_id_masked, unit_id, region_code, subject, "
                + "outcome, outcome_on, filed_on, created_at, created_by, version) VALUES (:n, :s, :court, :i, :ccn, :pn, :pe, "
                + ":pi, :pm, :u, :r, :subj, :o, :oo, :filed, :at, :by, 0)", cases.toArray(SqlParameterSource[]::new), keys,
                new String[] {"id"});
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<SqlParameterSource> hearings = new ArrayList<>();
        for (int i = 0; i < hearingDates.size(); i++) {
            for (LocalDate on : hearingDates.get(i)) {
                if (on != null) {
                    hearings.add(new MapSqlParameterSource().addValue("c", id(keys, i)).addValue("on", on)
                            .addValue("a", APPEARANCES[random.nextInt(APPEARANCES.length)])
                            .addValue("h", people.personName()).addValue("staff", people.personName())
                            .addValue("at", now).addValue("by", ACTOR));
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO litigation_hearing (case_id, hearing_on, appearance, head_name, staff_sent, "
                + "recorded_at, recorded_by) VALUES (:c, :on, :a, :h, :staff, :at, :by)",
                hearings.toArray(SqlParameterSource[]::new));
        return cases.size() + hearings.size();
    }

    private int consultations(Random random) {
        List<Long> points = jdbc.getJdbcTemplate().queryForList(
                "SELECT id FROM reconsideration_consultation_point ORDER BY id", Long.class);
        if (points.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        SqlParameterSource[] rows = new SqlParameterSource[CONSULTATIONS];
        for (int i = 0; i < CONSULTATIONS; i++) {
            rows[i] = new MapSqlParameterSource().addValue("p", points.get(random.nextInt(points.size())))
                    .addValue("on", dayIn(random, DemoPeople.weighted(random, MONTH_WEIGHTS) + 1, 1, 0))
                    .addValue("t", TOPICS[random.nextInt(TOPICS.length)]).addValue("at", now).addValue("by", ACTOR);
        }
        jdbc.batchUpdate("INSERT INTO reconsideration_consultation (point_id, consulted_on, topic, recorded_at, "
                + "recorded_by) VALUES (:p, :on, :t, :at, :by)", rows);
        return rows.length;
    }

    private static long agency(Random random) {
        long unit = AGENCIES[DemoPeople.weighted(random, AGENCY_WEIGHTS)];
        return unit == 0 ? TOWNSHIP_UNITS[random.nextInt(TOWNSHIP_UNITS.length)] : unit;
    }

    private static long id(GeneratedKeyHolder keys, int i) {
        return ((Number) keys.getKeyList().get(i).values().iterator().next()).longValue();
    }

    /** A day of {@code month} of the demo year, at least {@code fromDay}, leaving {@code spare} days at the end. */
    private static LocalDate dayIn(Random random, int month, int fromDay, int spare) {
        LocalDate first = LocalDate.of(YEAR, month, fromDay);
        return first.plusDays(random.nextInt(first.lengthOfMonth() - fromDay + 1 - spare));
    }
}
