package cn.fazhi.mediation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.cases.CaseBulk;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.mediation.domain.Dispute;
import cn.fazhi.mediation.domain.DisputeBulk;
import cn.fazhi.mediation.domain.DisputeNumbering;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.demo.DemoPeople;

/**
 * The generated 2023 demo year of 咸安区's people's mediation, whose indicators equal the figures of the district's
 * 2023 法治政府建设年度报告 (the seed, part 1.4.一): 8,608 disputes accepted, 8,568 resolved (99.5 %), 6.89亿元 in dispute
 * in the resolved ones, 1,034 entrusted by the court and 791 judicially confirmed. The totals are targets of rules, not
 * typed-in figures: the disputes are drawn from a seeded random spread over months, the 13 townships and streets,
 * categories and channels, with amounts by category (log-normal around a median, then scaled so that the resolved ones
 * sum to the target), parties with valid ID numbers and USCCs stored through the cipher, and dates in lifecycle order.
 * Some disputes accepted in December 2022 are resolved in January 2023 and some accepted in December 2023 are
 * resolved in January 2024, so the year's boundaries matter as they do in real data; a few are declined, withdrawn or
 * fail. Every generated dispute has run its course (closed or declined).
 * <p>
 * Runs once (the {@link DemoGenerations} marker, claimed in the inserting transaction) when
 * {@code fazhi.demo.year-2023} is on; each dispute runs its lifecycle on the aggregate and the batches are written through
 * the kernel's bulk path. No timeline entries are written for generated disputes; one audit record names the
 * generation.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class DemoYear2023Disputes implements ApplicationRunner {

    static final String GENERATION = "mediation-2023";
    static final int YEAR = 2023;
    /** The seed's figures: the generator's targets. */
    static final int ACCEPTED = 8608;
    static final int RESOLVED = 8568;
    static final int COURT_ENTRUSTED = 1034;
    static final int CONFIRMED = 791;
    static final BigDecimal RESOLVED_AMOUNT_TARGET = new BigDecimal("689000000");
    /** How the year's boundaries are crossed, and the other outcomes. */
    static final int CARRIED_IN = 24;
    static final int CARRIED_OUT = 31;
    static final int WITHDRAWN = 12;
    static final int DECLINED = 97;
    static final int CONFIRMATIONS_REJECTED = 9;

    private static final Logger log = LoggerFactory.getLogger(DemoYear2023Disputes.class);
    private static final int BATCH = 1000;
    private static final String ACTOR = "demo-2023";

    /** The 13 townships and streets with their share of disputes (streets and large towns carry more). */
    private static final String[] TOWNSHIPS = {"421202001", "421202002", "421202003", "421202100", "421202101",
            "421202102", "421202103", "421202104", "421202105", "421202106", "421202107", "421202108", "421202200"};
    private static final int[] TOWNSHIP_WEIGHTS = {14, 11, 10, 8, 6, 7, 9, 8, 7, 7, 5, 5, 4};
    /** More disputes before the Spring Festival and at the year's end. */
    private static final int[] MONTH_WEIGHTS = {10, 7, 8, 8, 8, 7, 8, 8, 8, 9, 9, 11};
    private static final DisputeCategory[] CATEGORIES = DisputeCategory.values();
    private static final int[] CATEGORY_WEIGHTS = {18, 22, 12, 6, 8, 5, 9, 2, 8, 5, 5};
    /** Median amount in dispute by category, yuan. */
    private static final int[] CATEGORY_MEDIANS = {30_000, 5_000, 150_000, 120_000, 40_000, 300_000, 25_000, 120_000,
            80_000, 5_000, 20_000};
    private static final IntakeChannel[] CHANNELS = {IntakeChannel.WALK_IN, IntakeChannel.HOTLINE_12345,
            IntakeChannel.ONLINE_PORTAL, IntakeChannel.REFERRAL_POLICE, IntakeChannel.REFERRAL_PETITION,
            IntakeChannel.REFERRAL_OTHER_UNIT};
    private static final int[] CHANNEL_WEIGHTS = {45, 10, 8, 12, 10, 15};
    private static final String[] MATTERS = {"婚姻家庭", "邻里", "合同", "村组合同", "土地山林", "征地拆迁", "劳动报酬",
            "医疗", "交通事故赔偿", "消费", "其他"};

    enum Outcome { RESOLVED, FAILED, WITHDRAWN, DECLINED }

    /** One generated dispute before insertion. */
    static final class Plan {
        String township;
        long committeeId;
        long unitId;
        DisputeCategory category;
        IntakeChannel channel;
        Outcome outcome;
        LocalDate received;
        LocalDate accepted;
        LocalDate ended;
        BigDecimal amount;
        String confirmation;
        LocalDate applied;
        LocalDate decided;
        String caseNumber;
    }

    private final JdbcTemplate jdbc;
    private final DemoGenerations generations;
    private final CaseNumbers caseNumbers;
    private final CaseBulk bulk;
    private final DisputeBulk disputeBulk;
    private final Clock clock;
    private final Regions regions;

    DemoYear2023Disputes(JdbcTemplate jdbc, DemoGenerations generations, CaseNumbers caseNumbers, CaseBulk bulk,
            DisputeBulk disputeBulk, Clock clock, Regions regions) {
        this.regions = regions;
        this.jdbc = jdbc;
        this.generations = generations;
        this.caseNumbers = caseNumbers;
        this.bulk = bulk;
        this.disputeBulk = disputeBulk;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    /** Per committee id: its mediators as {id, name}. */
    private final Map<Long, List<Object[]>> mediators = new HashMap<>();

    /**
     * The mediator who handled an accepted dispute: one of its committee's, chosen by the case number (no draw from the
     * generator's random sequence, so the year's figures do not depend on how many mediators there are); null when the
     * committee has none or the dispute was never accepted.
     */
    private Object[] handler(Plan p) {
        List<Object[]> of = mediators.get(p.committeeId);
        return p.accepted == null || of == null || of.isEmpty() ? null
                : of.get(Math.floorMod(p.caseNumber.hashCode(), of.size()));
    }

    private long disputeNanos;
    private long rowNanos;

    private int generate() {
        long t0 = System.nanoTime();
        Random random = new Random(20230101L);
        List<Plan> plans = plan(random);
        long planned = System.nanoTime();
        Map<String, long[]> committees = new HashMap<>();
        jdbc.query("SELECT region_code, id, unit_id FROM mediation_committee WHERE level = 'TOWNSHIP'",
                rs -> {
                    committees.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        // the committee's registered mediators (DemoMediators runs first): an accepted dispute names one as its handler
        mediators.clear();
        jdbc.query("SELECT committee_id, id, name FROM mediator WHERE active = TRUE ORDER BY id",
                rs -> {
                    mediators.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Object[] {rs.getLong(2), rs.getString(3)});
                });
        plans.sort(Comparator.comparing((Plan p) -> p.received));
        Map<String, List<Plan>> bySequence = new TreeMap<>();
        for (Plan p : plans) {
            long[] committee = committees.get(p.township);
            p.committeeId = committee[0];
            p.unitId = committee[1];
            bySequence.computeIfAbsent(p.township + "/" + p.received.getYear(), k -> new ArrayList<>()).add(p);
        }
        Map<String, String> townshipNames = new HashMap<>();
        regions.townships().forEach(r -> townshipNames.put(r.code(), r.name()));
        // Sorted keys: the sequence rows are locked in the same order as an import would.
        bySequence.forEach((key, list) -> {
            String[] k = key.split("/");
            Iterator<String> numbers = caseNumbers.nextBlock(Disputes.CASE_TYPE,
                    DisputeNumbering.scopeKey(false, k[0]), DisputeNumbering.scopeName(false, townshipNames.get(k[0])),
                    Integer.parseInt(k[1]), list.size()).iterator();
            list.forEach(p -> p.caseNumber = numbers.next());
        });
        DemoPeople people = new DemoPeople(random);
        long numbered = System.nanoTime();
        for (int from = 0; from < plans.size(); from += BATCH) {
            insert(plans.subList(from, Math.min(plans.size(), from + BATCH)), people, random);
        }
        log.info("2023 demo disputes: planning {} ms, numbering {} ms, drawing and lifecycles {} ms, rows (bulk) {} ms",
                (planned - t0) / 1_000_000, (numbered - planned) / 1_000_000, disputeNanos / 1_000_000,
                rowNanos / 1_000_000);
        bulk.audited(AuditEntry.of("mediation.demo.generated", Disputes.CASE_TYPE, GENERATION,
                plans.size() + " disputes of " + YEAR));
        return plans.size();
    }

    /** The disputes, with every date and outcome decided; amounts scaled to the target. */
    static List<Plan> plan(Random random) {
        List<Plan> plans = new ArrayList<>();
        LocalDate yearEnd = LocalDate.of(YEAR, 12, 31);
        // Accepted in 2023 and ended within it: resolved, failed or withdrawn.
        int within = ACCEPTED - CARRIED_OUT;
        int resolvedWithin = RESOLVED - CARRIED_IN;
        List<Outcome> outcomes = new ArrayList<>(Collections.nCopies(resolvedWithin, Outcome.RESOLVED));
        outcomes.addAll(Collections.nCopies(WITHDRAWN, Outcome.WITHDRAWN));
        outcomes.addAll(Collections.nCopies(within - resolvedWithin - WITHDRAWN, Outcome.FAILED));
        Collections.shuffle(outcomes, random);
        for (Outcome outcome : outcomes) {
            Plan p = basics(random);
            p.outcome = outcome;
            p.accepted = dayIn(random, DemoPeople.weighted(random, MONTH_WEIGHTS) + 1);
            p.received = p.accepted.minusDays(random.nextInt(3));
            int days = switch (outcome) {
                case RESOLVED -> 1 + random.nextInt(random.nextInt(5) == 0 ? 45 : 20);
                case WITHDRAWN -> 2 + random.nextInt(15);
                default -> 5 + random.nextInt(25);
            };
            p.ended = min(p.accepted.plusDays(days), yearEnd);
            plans.add(p);
        }
        // Accepted in late December 2023, agreement in January 2024.
        for (int i = 0; i < CARRIED_OUT; i++) {
            Plan p = basics(random);
            p.outcome = Outcome.RESOLVED;
            p.accepted = LocalDate.of(YEAR, 12, 15 + random.nextInt(17));
            p.received = p.accepted.minusDays(random.nextInt(3));
            p.ended = LocalDate.of(YEAR + 1, 1, 2 + random.nextInt(20));
            plans.add(p);
        }
        // Accepted in December 2022, agreement in January 2023.
        for (int i = 0; i < CARRIED_IN; i++) {
            Plan p = basics(random);
            p.outcome = Outcome.RESOLVED;
            p.accepted = LocalDate.of(YEAR - 1, 12, 10 + random.nextInt(19));
            p.received = p.accepted.minusDays(random.nextInt(3));
            p.ended = LocalDate.of(YEAR, 1, 2 + random.nextInt(17));
            plans.add(p);
        }
        // Received in 2023 and declined (人民调解法 Art. 17: a party refuses mediation, or it is not a civil dispute).
        for (int i = 0; i < DECLINED; i++) {
            Plan p = basics(random);
            p.outcome = Outcome.DECLINED;
            p.received = dayIn(random, DemoPeople.weighted(random, MONTH_WEIGHTS) + 1);
            p.ended = min(p.received.plusDays(1 + random.nextInt(3)), yearEnd);
            plans.add(p);
        }
        // Court-entrusted: disputes received and accepted in 2023 (some of them reach the court again for confirmation).
        List<Plan> entrustable = new ArrayList<>(plans.stream().filter(p -> p.accepted != null
                && p.received.getYear() == YEAR && p.accepted.getYear() == YEAR).toList());
        Collections.shuffle(entrustable, random);
        entrustable.subList(0, COURT_ENTRUSTED).forEach(p -> p.channel = IntakeChannel.COURT_ENTRUSTED);
        scaleAmounts(plans, random);
        // Judicial confirmation: of agreements effective by 30 November 2023, applied within the 30-day window
        // (人民调解法 Art. 33), ruled on within 15 days (民事诉讼法 Art. 206) — so within 2023. Court-entrusted first.
        List<Plan> confirmable = new ArrayList<>(plans.stream().filter(p -> p.outcome == Outcome.RESOLVED
                && p.ended.getYear() == YEAR && !p.ended.isAfter(LocalDate.of(YEAR, 11, 30))).toList());
        Collections.shuffle(confirmable, random);
        List<Plan> court = confirmable.stream().filter(p -> p.channel == IntakeChannel.COURT_ENTRUSTED).toList();
        List<Plan> ordered = new ArrayList<>(court.subList(0, Math.min(court.size(), CONFIRMED * 3 / 5)));
        java.util.Set<Plan> taken = new java.util.HashSet<>(ordered);
        confirmable.stream().filter(p -> !taken.contains(p)).forEach(ordered::add);
        for (int i = 0; i < CONFIRMED + CONFIRMATIONS_REJECTED; i++) {
            Plan p = ordered.get(i);
            p.confirmation = i < CONFIRMED ? "CONFIRMED" : "REJECTED";
            p.applied = p.ended.plusDays(1 + random.nextInt(20));
            p.decided = p.applied.plusDays(3 + random.nextInt(9));
        }
        return plans;
    }

    private static Plan basics(Random random) {
        Plan p = new Plan();
        p.township = TOWNSHIPS[DemoPeople.weighted(random, TOWNSHIP_WEIGHTS)];
        int c = DemoPeople.weighted(random, CATEGORY_WEIGHTS);
        p.category = CATEGORIES[c];
        p.channel = CHANNELS[DemoPeople.weighted(random, CHANNEL_WEIGHTS)];
        double amount = CATEGORY_MEDIANS[c] * Math.exp(0.9 * random.nextGaussian());
        p.amount = BigDecimal.valueOf(Math.max(200, Math.round(amount)));
        return p;
    }

    /**
     * Scales every amount by one factor so the disputes resolved in 2023 sum to the target (give or take a few
     * hundred thousand yuan, drawn at random, so the total is not a round number), in whole yuan; the rounding
     * remainder goes to the largest resolved amount.
     */
    private static void scaleAmounts(List<Plan> plans, Random random) {
        List<Plan> resolved = plans.stream().filter(p -> p.outcome == Outcome.RESOLVED && p.ended.getYear() == YEAR)
                .toList();
        BigDecimal target = RESOLVED_AMOUNT_TARGET.add(BigDecimal.valueOf(random.nextInt(600_001) - 300_000));
        BigDecimal raw = resolved.stream().map(p -> p.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal factor = target.divide(raw, 12, RoundingMode.HALF_UP);
        plans.forEach(p -> p.amount = p.amount.multiply(factor).setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE));
        BigDecimal scaled = resolved.stream().map(p -> p.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Plan largest = resolved.stream().max(Comparator.comparing(p -> p.amount)).orElseThrow();
        largest.amount = largest.amount.add(target.subtract(scaled));
        plans.forEach(p -> p.amount = p.amount.setScale(2));
    }

    /**
     * Draws what the plans leave open (parties, court references, agreement details, session days — in the order the
     * earlier row-by-row generator drew them, so the year stays the same), then runs each dispute's lifecycle on the
     * aggregate ({@link Dispute}: register, accept, session, agreement or failure or withdrawal, performance check,
     * return visit, close, judicial confirmation) and writes the batch through {@link DisputeBulk}.
     */
    private void insert(List<Plan> batch, DemoPeople people, Random random) {
        long t0 = System.nanoTime();
        int n = batch.size();
        List<DisputeBulk.Party> parties = new ArrayList<>(2 * n);
        String[] summaries = new String[n];
        String[] courtReferences = new String[n];
        LocalDate[] checked = new LocalDate[n];
        LocalDate[] visited = new LocalDate[n];
        AgreementForm[] forms = new AgreementForm[n];
        BigDecimal[] agreed = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            Plan p = batch.get(i);
            String applicant = people.personName();
            boolean organisation = random.nextInt(100) < (p.category == DisputeCategory.CONTRACT
                    || p.category == DisputeCategory.LABOUR ? 45 : 8);
            String respondent = organisation ? people.organisationName() : people.personName();
            String applicantId = people.idNumber("421202");
            String applicantPhone = people.mobile();
            String respondentId = organisation ? people.uscc("421202")
                    : random.nextInt(10) < 3 ? people.idNumber("421202") : null;
            String respondentPhone = people.mobile();
            parties.add(new DisputeBulk.Party(i, "APPLICANT", "PERSON", applicant, applicantId, applicantPhone));
            parties.add(new DisputeBulk.Party(i, "RESPONDENT", organisation ? "ORGANISATION" : "PERSON", respondent,
                    respondentId, respondentPhone));
            String matter = MATTERS[p.category.ordinal()];
            summaries[i] = applicant + "与" + respondent + "因" + matter + "纠纷申请调解。";
            if (p.channel == IntakeChannel.COURT_ENTRUSTED) {
                courtReferences[i] = "（" + p.received.getYear() + "）鄂1202民诉前调" + (1000 + random.nextInt(9000)) + "号";
            }
            if (p.outcome == Outcome.RESOLVED) {
                checked[i] = p.ended.plusDays(10 + random.nextInt(30));
                visited[i] = checked[i].plusDays(3 + random.nextInt(12));
                // a judicial confirmation needs the written 调解协议书 (the draw is kept so the year stays the same)
                forms[i] = random.nextInt(10) == 0 && p.confirmation == null ? AgreementForm.ORAL : AgreementForm.WRITTEN;
                agreed[i] = p.amount.multiply(BigDecimal.valueOf(60 + random.nextInt(41)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            }
        }
        LocalDate[] held = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            Plan p = batch.get(i);
            if (p.accepted != null) {
                long days = Math.max(0, p.ended.toEpochDay() - p.accepted.toEpochDay());
                held[i] = p.accepted.plusDays(days == 0 ? 0 : random.nextLong(days + 1));
            }
        }
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Dispute> disputes = new ArrayList<>(n);
        List<DisputeBulk.Session> sessions = new ArrayList<>(n);
        Map<Dispute, OffsetDateTime> createdAt = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            Plan p = batch.get(i);
            boolean court = p.channel == IntakeChannel.COURT_ENTRUSTED;
            Dispute d = Dispute.register(p.committeeId, p.channel, p.category, p.township, null, p.unitId, null,
                    p.received, summaries[i], p.amount, court ? "咸宁市咸安区人民法院" : null, courtReferences[i], today);
            d.assignCaseNumber(DisputeNumbering.scopeKey(false, p.township), p.caseNumber);
            if (p.outcome == Outcome.DECLINED) {
                d.decline(p.ended, "一方当事人明确拒绝调解。", today);
            } else {
                Object[] handler = handler(p);
                d.accept(p.accepted, handler == null ? null : (Long) handler[0], today);
                d.recordSession(held[i], today);
                sessions.add(new DisputeBulk.Session(i, held[i], handler == null ? "调解员" : (String) handler[1],
                        "召集双方当事人调解，释法说理。", now, ACTOR));
                switch (p.outcome) {
                    case RESOLVED -> {
                        String matter = MATTERS[p.category.ordinal()];
                        d.reachAgreement(forms[i], "双方就" + matter + "纠纷自愿达成协议，按约定期限履行。", agreed[i],
                                p.ended.plusDays(30), p.ended, today);
                        d.confirmationWindowClosedOn(p.ended.plusDays(30));
                        d.checkPerformance(checked[i], true, "已按协议履行。", today);
                        d.recordReturnVisit(visited[i], "回访当事人，对调解结果满意。", today);
                        d.close(visited[i], today);
                        if (p.confirmation != null) {
                            d.applyForConfirmation("咸宁市咸安区人民法院", p.applied, p.ended.plusDays(30), today);
                            d.recordConfirmationResult(ConfirmationResult.valueOf(p.confirmation), p.decided, today);
                        }
                    }
                    case FAILED -> {
                        d.fail(p.ended, true, "双方分歧较大，已告知可依法申请仲裁或提起诉讼。", today);
                        d.close(p.ended.plusDays(1), today);
                    }
                    case WITHDRAWN -> {
                        d.withdraw(p.ended, "双方自行和解，申请人撤回申请。", today);
                        d.close(p.ended.plusDays(1), today);
                    }
                    default -> throw new IllegalStateException("unexpected outcome " + p.outcome);
                }
            }
            createdAt.put(d, p.received.atTime(9, 0).atOffset(ZoneOffset.ofHours(8)));
            disputes.add(d);
        }
        long t1 = System.nanoTime();
        disputeBulk.insert(disputes, createdAt::get, ACTOR, parties, sessions);
        disputeNanos += t1 - t0;
        rowNanos += System.nanoTime() - t1;
    }

    private static LocalDate dayIn(Random random, int month) {
        LocalDate first = LocalDate.of(YEAR, month, 1);
        return first.plusDays(random.nextInt(first.lengthOfMonth()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
