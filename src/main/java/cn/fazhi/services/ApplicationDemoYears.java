package cn.fazhi.services;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.demo.DemoPeople;
import cn.fazhi.rectification.Problems;
import cn.fazhi.rectification.RaiseProblem;

/**
 * The applications of the generated demo years 2022 and 2023 over the demo items (order 45 makes them): {@value #Y2022}
 * applications in 2022 and {@value #Y2023} in 2023 (scaled), every one finished in its year. Those on an item that
 * is 即办 on the day received are accepted and decided on the spot — {@value #SPOT2022} in 2022 (54.6 %) and
 * {@value #SPOT2023} in 2023 (90.2 %), the seed's figures; the others are accepted at the window and decided within
 * their promised time, a few late (most with a published reason), a few not accepted. About 45 % (2022) and 65 %
 * (2023) are handled at a township or village (就近办). Seven in ten are rated, almost all well; the bad ratings with
 * a real name are visited within the setting and their rectification recorded as closed. Deterministic (one seed),
 * one transaction, rows marked {@code demo}; one audit record names the generation. No kernel timeline per
 * application (the history is the rows' dates).
 */
@Component
@Order(46)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class ApplicationDemoYears implements ApplicationRunner {

    static final String GENERATION = "services-applications-2023";
    static final int Y2022 = 6000;
    static final int SPOT2022 = 3276;
    static final int Y2023 = 10000;
    static final int SPOT2023 = 9020;
    /** Bad ratings per year, of which with a real name. */
    static final int[][] BAD = {{8, 6}, {12, 9}};
    /** 区市民之家: district-level applications are received at its windows. */
    static final long CITIZEN_CENTRE = 14L;

    private final JdbcClient jdbc;
    private final CaseNumbers numbers;
    private final CaseParties parties;
    private final LicenceClocks clocks;
    private final LegalCalendar calendar;
    private final Problems problems;
    private final ApplicationProperties settings;
    private final DemoGenerations generations;
    private final AuditTrail audit;

    ApplicationDemoYears(JdbcClient jdbc, CaseNumbers numbers, CaseParties parties, LicenceClocks clocks,
            LegalCalendar calendar, Problems problems, ApplicationProperties settings, DemoGenerations generations,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.parties = parties;
        this.clocks = clocks;
        this.calendar = calendar;
        this.problems = problems;
        this.settings = settings;
        this.generations = generations;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    /** A version of a demo item. */
    record Version(long id, long itemId, LocalDate from, LocalDate to, String name, ServiceItemType type,
            ServiceLevel level, Integer legal, int promised, boolean joint, boolean online, long unitId,
            String regionCode) {

        boolean inForce(LocalDate d) {
            return !d.isBefore(from) && (to == null || d.isBefore(to));
        }
    }

    int generate() {
        List<Version> versions = jdbc.sql("SELECT v.*, i.unit_id, i.region_code FROM service_item_version v "
                        + "JOIN service_item i ON i.id = v.item_id WHERE i.demo ORDER BY v.id")
                .query((rs, n) -> new Version(rs.getLong("id"), rs.getLong("item_id"),
                        rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                        rs.getString("name"), ServiceItemType.valueOf(rs.getString("item_type")),
                        ServiceLevel.valueOf(rs.getString("level")), rs.getObject("legal_days", Integer.class),
                        rs.getInt("promised_days"), rs.getBoolean("joint"), rs.getBoolean("online"),
                        rs.getLong("unit_id"), rs.getString("region_code")))
                .list();
        if (versions.isEmpty()) {
            return 0;
        }
        Random random = new Random(20231231L);
        DemoPeople people = new DemoPeople(random);
        int rows = year(2022, Y2022, SPOT2022, 45, BAD[0], versions, random, people);
        rows += year(2023, Y2023, SPOT2023, 65, BAD[1], versions, random, people);
        audit.record(AuditEntry.of("services.application.demo", Applications.CASE_TYPE, null, GENERATION + ": "
                + Y2022 + " applications in 2022 (" + SPOT2022 + " on the spot), " + Y2023 + " in 2023 (" + SPOT2023
                + " on the spot)"));
        return rows;
    }

    private int year(int year, int count, int onSpot, int nearbyPercent, int[] bad, List<Version> versions,
            Random random, DemoPeople people) {
        // buckets: [instant][nearby]
        Map<String, List<Version>> buckets = new HashMap<>();
        for (Version v : versions) {
            buckets.computeIfAbsent((v.promised() == 0) + "/" + v.level().nearby(), k -> new ArrayList<>()).add(v);
        }
        List<String> caseNumbers = numbers.nextBlock(Applications.CASE_TYPE, "district", year, count);
        OffsetDateTime at = OffsetDateTime.of(year, 12, 31, 18, 0, 0, 0, ZoneOffset.ofHours(8));
        LocalDate start = LocalDate.of(year, 1, 3);
        LocalDate lastDecision = LocalDate.of(year, 12, 29);
        // which applications are on the spot: exactly onSpot of count, spread over the year
        boolean[] spot = new boolean[count];
        for (int i = 0; i < onSpot; i++) {
            spot[i] = true;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            boolean t = spot[i];
            spot[i] = spot[j];
            spot[j] = t;
        }
        List<Rated> rated = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < count; i++) {
            boolean instant = spot[i];
            LocalDate received = working(start.plusDays(random.nextInt(instant ? 360 : 330)));
            if (received.getYear() != year) {
                received = lastDecision;
            }
            boolean nearby = random.nextInt(100) < nearbyPercent;
            Version v = pick(buckets, instant, nearby, received, random);
            if (v == null) {
                v = pick(buckets, instant, !nearby, received, random);
            }
            if (v == null) {
                throw new IllegalStateException("no demo item in force on " + received + " (instant " + instant + ")");
            }
            String channel = channel(random, v);
            boolean person = v.type() != ServiceItemType.LICENCE || random.nextInt(3) > 0;
            String division = v.regionCode().length() >= 6 ? v.regionCode().substring(0, 6) : "421202";
            CaseParties.Sealed applicant = person ? parties.seal(true, people.idNumber(division), people.mobile())
                    : parties.seal(false, people.uscc(division), people.mobile());
            String name = person ? people.personName() : people.organisationName();
            String agentName = null;
            CaseParties.Sealed agent = null;
            if ("AGENT".equals(channel)) {
                agentName = people.personName();
                agent = parties.seal(true, people.idNumber(division), null);
            }
            long receivedUnit = "ONLINE".equals(channel) || v.level().nearby() ? v.unitId() : CITIZEN_CENTRE;
            boolean licence = v.type().licence();
            String status = "CLOSED";
            LocalDate accepted = received;
            LocalDate decided;
            LocalDate served;
            String ground = null;
            String groundNote = null;
            String overdueReason = null;
            LocalDate overduePublished = null;
            LocalDate legalDue = null;
            LocalDate promisedDue;
            LocalDate certificateDue = null;
            if (instant) {
                decided = received;
                served = received;
                promisedDue = received;
                legalDue = licence ? clocks.decisionDue(received, v.joint(), false, 0) : null;
            } else if (random.nextInt(100) == 0) {
                status = "NOT_ACCEPTED";
                accepted = null;
                decided = received;
                served = null;
                promisedDue = null;
                ground = "OUTSIDE_REMIT";
                groundNote = "不属于本机关职权范围，已告知向有关行政机关申请";
            } else {
                promisedDue = clocks.promisedDue(received, v.promised(), 0);
                legalDue = licence ? clocks.decisionDue(received, v.joint(), false, 0) : null;
                int late = random.nextInt(100) < 3 ? 1 + random.nextInt(3) : 0;
                int days = late > 0 ? v.promised() + late : 1 + random.nextInt(v.promised());
                decided = calendar.deadline(received, days, PeriodUnit.WORKING_DAYS).deadline();
                if (decided.isAfter(lastDecision)) {
                    decided = lastDecision;
                }
                if (decided.isAfter(promisedDue) && random.nextInt(5) > 0) {
                    overdueReason = "申请人补充材料、现场核查耗时较长，已向申请人说明";
                    overduePublished = decided;
                }
                certificateDue = licence ? clocks.certificateDue(decided) : null;
                served = decided.plusDays(random.nextInt(3));
            }
            org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("INSERT INTO service_application (case_number, status, item_id, item_version_id, item_name, "
                            + "licence, joint, instant_item, level, unit_id, received_unit_id, region_code, channel, applicant_kind, "
                            + "applicant_name, applicant_id_enc, applicant_id_index, applicant_id_masked, phone_enc, phone_index, "
                            + "phone_masked, agent_name, agent_id_enc, agent_id_index, agent_id_masked, materials, received_on, "
                            + "correction_due, accepted_on, not_accepted_ground, not_accepted_note, legal_due, promised_due, "
                            + "decided_on, on_the_spot, outcome, certificate_due, served_on, overdue_reason, overdue_published_on, "
                            + "demo, created_at, created_by) VALUES (:n, :status, :item, :ver, :iname, :lic, :joint, :instant, "
                            + ":level, :unit, :runit, :region, :channel, :kind, :name, :ide, :idi, :idm, :pe, :pi, :pm, :an, :ae, "
                            + ":ai, :am, :mat, :received, :cdue, :accepted, :ground, :gnote, :legal, :promised, :decided, :spot, "
                            + ":outcome, :cert, :served, :oreason, :opub, TRUE, :at, 'demo')")
                    .param("n", caseNumbers.get(i)).param("status", status).param("item", v.itemId()).param("ver", v.id())
                    .param("iname", v.name()).param("lic", licence).param("joint", v.joint()).param("instant", v.promised() == 0)
                    .param("level", v.level().name()).param("unit", v.unitId()).param("runit", receivedUnit)
                    .param("region", v.regionCode()).param("channel", channel).param("kind", person ? "PERSON" : "ENTERPRISE")
                    .param("name", name).param("ide", applicant.identifierEnc()).param("idi", applicant.identifierIndex())
                    .param("idm", applicant.identifierMasked()).param("pe", applicant.phoneEnc())
                    .param("pi", applicant.phoneIndex()).param("pm", applicant.phoneMasked()).param("an", agentName)
                    .param("ae", agent == null ? null : agent.identifierEnc())
                    .param("ai", agent == null ? null : agent.identifierIndex())
                    .param("am", agent == null ? null : agent.identifierMasked()).param("mat", "申请表；身份证明")
                    .param("received", received).param("cdue", licence ? clocks.correctionDue(received) : null)
                    .param("accepted", accepted).param("ground", ground).param("gnote", groundNote).param("legal", legalDue)
                    .param("promised", promisedDue).param("decided", decided).param("spot", instant)
                    .param("outcome", "NOT_ACCEPTED".equals(status) ? null : "GRANTED").param("cert", certificateDue)
                    .param("served", served).param("oreason", overdueReason).param("opub", overduePublished)
                    .param("at", at).update(key, "id");
            long id = key.getKey().longValue();
            rows++;
            if (random.nextInt(10) < 7) {
                rated.add(new Rated(id, decided, v.unitId(), channel, v.regionCode(), caseNumbers.get(i), v.name()));
            }
        }
        rows += ratings(year, rated, bad, random);
        return rows;
    }

    /** Ratings on the day decided; {@code bad[0]} bad ones, {@code bad[1]} of them with a real name (visited, rectified). */
    private record Rated(long id, LocalDate on, long unitId, String channel, String region, String caseNumber,
            String itemName) {}

    private int ratings(int year, List<Rated> rated, int[] bad, Random random) {
        OffsetDateTime at = OffsetDateTime.of(year, 12, 31, 18, 0, 0, 0, ZoneOffset.ofHours(8));
        int rows = 0;
        for (int k = 0; k < rated.size(); k++) {
            Rated r = rated.get(k);
            LocalDate on = r.on();
            boolean isBad = k % (rated.size() / bad[0]) == 7 && k / (rated.size() / bad[0]) < bad[0];
            int badIndex = isBad ? k / (rated.size() / bad[0]) : -1;
            boolean realName = isBad ? badIndex < bad[1] : random.nextInt(10) < 8;
            int score = isBad ? 1 + random.nextInt(2) : random.nextInt(100) < 90 ? 5 : random.nextInt(100) < 85 ? 4 : 3;
            String ratingChannel = "AGENT".equals(r.channel()) ? "SMS" : r.channel();
            LocalDate visitDue = isBad && realName
                    ? calendar.deadline(on, settings.visitDays(), PeriodUnit.WORKING_DAYS).deadline() : null;
            LocalDate visited = visitDue == null ? null : calendar.deadline(on, 1 + random.nextInt(3),
                    PeriodUnit.WORKING_DAYS).deadline();
            Long problemId = null;
            if (isBad && realName) {
                LocalDate closed = on.plusDays(7 + random.nextInt(7));
                problemId = problems.recordClosed(new RaiseProblem(Applications.CASE_TYPE, r.id(), r.caseNumber(),
                        "/services/applications/" + r.id(), "好差评实名差评（" + score + "分）：" + r.itemName()
                                + "。评价内容：窗口等候时间较长，一次告知不清楚",
                        "国办发〔2019〕51号 差评整改", r.unitId(), Ratings.ISSUER_UNIT, on,
                        on.plusDays(settings.rectifyDays())), closed).id();
            }
            jdbc.sql("INSERT INTO service_rating (application_id, score, channel, real_name, comment, rated_on, unit_id, "
                            + "region_code, visit_due, visited_on, visit_note, problem_id, demo, created_at) VALUES (:a, :s, :c, "
                            + ":rn, :cm, :on, :u, :r, :due, :visited, :note, :p, TRUE, :at)")
                    .param("a", r.id()).param("s", score).param("c", ratingChannel).param("rn", realName)
                    .param("cm", isBad ? "窗口等候时间较长，一次告知不清楚" : null).param("on", on).param("u", r.unitId())
                    .param("r", r.region()).param("due", visitDue).param("visited", visited)
                    .param("note", visited == null ? null : "电话回访申请人，说明情况并致歉，已督促整改").param("p", problemId)
                    .param("at", at).update();
            rows++;
        }
        return rows;
    }

    private static Version pick(Map<String, List<Version>> buckets, boolean instant, boolean nearby, LocalDate on,
            Random random) {
        List<Version> bucket = buckets.get(instant + "/" + nearby);
        if (bucket == null || bucket.isEmpty()) {
            return null;
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            Version v = bucket.get(random.nextInt(bucket.size()));
            if (v.inForce(on)) {
                return v;
            }
        }
        return bucket.stream().filter(v -> v.inForce(on)).findFirst().orElse(null);
    }

    private static String channel(Random random, Version v) {
        int r = random.nextInt(100);
        if (r < 25 && v.online()) {
            return "ONLINE";
        }
        if (r >= 85 && r < 93) {
            return "SELF_SERVICE";
        }
        if (r >= 93) {
            return "AGENT";
        }
        return "WINDOW";
    }

    private LocalDate working(LocalDate d) {
        LocalDate day = d;
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
