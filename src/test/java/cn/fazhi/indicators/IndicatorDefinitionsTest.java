package cn.fazhi.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * Each indicator counts exactly what its definition names, on records of the year 2011 (which no other test and no
 * demo data uses): boundaries at the year's first and last day, a dispute accepted in one year and resolved in the
 * next, declined and withdrawn disputes, a rejected confirmation, a township filter and a township data scope.
 */
@IntegrationTest
class IndicatorDefinitionsTest {

    private static final String WENQUAN = "421202001";
    private static final String MAQIAO = "421202106";
    private static final DataScope DISTRICT = new DataScope(ScopeLevel.DISTRICT, 15, "421202");

    @Autowired
    Indicators indicators;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixtures() {
        if (jdbc.sql("SELECT COUNT(*) FROM dispute WHERE case_number = 'IND2011-A'").query(Long.class).single() > 0) {
            return;
        }
        // number, township, committee, unit, channel, received, accepted, declined, withdrawn, effective, amount,
        // confirmation result, decided
        dispute("A", WENQUAN, 2, 18, "WALK_IN", "2010-12-30", "2011-01-01", null, null, "2011-03-01", "1000", null, null);
        dispute("B", WENQUAN, 2, 18, "WALK_IN", "2011-12-30", "2011-12-31", null, null, "2012-01-05", "7000", null, null);
        dispute("C", WENQUAN, 2, 18, "WALK_IN", "2010-12-20", "2010-12-31", null, null, "2011-01-02", "500", null, null);
        dispute("D", WENQUAN, 2, 18, "WALK_IN", "2011-05-01", null, "2011-05-02", null, null, "900", null, null);
        dispute("E", WENQUAN, 2, 18, "WALK_IN", "2011-06-01", "2011-06-01", null, "2011-06-10", null, "800", null, null);
        dispute("F", MAQIAO, 11, 36, "COURT_ENTRUSTED", "2011-12-31", "2012-01-03", null, null, null, "300", null, null);
        dispute("G", MAQIAO, 11, 36, "COURT_ENTRUSTED", "2010-12-31", "2011-06-20", null, null, "2011-07-01", "2000",
                "CONFIRMED", "2011-08-01");
        dispute("H", WENQUAN, 2, 18, "WALK_IN", "2011-02-01", "2011-02-01", null, null, "2011-02-10", "100", "REJECTED",
                "2011-09-01");

        long l1 = litigation("L1", WENQUAN, 18, "2011-01-01");
        long l2 = litigation("L2", MAQIAO, 36, "2010-12-31");
        litigation("L3", WENQUAN, 18, "2012-01-01");
        hearing(l1, "2011-03-01", "HEAD");
        hearing(l1, "2011-04-01", "NOT_APPEARED");
        hearing(l2, "2011-01-05", "DEPUTY");
        hearing(l2, "2010-12-31", "NOT_APPEARED");

        reconsideration("R1", WENQUAN, 18, "ACCEPTED", "2011-12-20", "2011-12-31");
        reconsideration("R2", WENQUAN, 18, "NOT_ACCEPTED", "2011-05-01", null);
        reconsideration("R3", MAQIAO, 36, "ACCEPTED", "2011-12-25", "2012-01-01");
    }

    @Test
    void mediationIndicatorsCountByTheDateOfTheirOwnStep() {
        IndicatorQuery year = IndicatorQuery.year(2011, "421202", DISTRICT);
        // A (accepted on 1 January), B (on 31 December), E (withdrawn later), G, H; not C (2010), D (declined), F (2012)
        assertThat(value("mediation.disputes.accepted", year)).isEqualByComparingTo("5");
        // A, C (accepted in 2010), G, H; not B (agreement effective in 2012), not E (withdrawn)
        assertThat(value("mediation.disputes.resolved", year)).isEqualByComparingTo("4");
        assertThat(value("mediation.resolved_amount", year)).isEqualByComparingTo("3600.00");
        assertThat(value("mediation.resolution_rate", year)).isEqualByComparingTo("80.0");
        // F received on 31 December; G received in 2010
        assertThat(value("mediation.court_entrusted", year)).isEqualByComparingTo("1");
        // G confirmed; H's confirmation was rejected
        assertThat(value("mediation.judicial_confirmations", year)).isEqualByComparingTo("1");
        assertThat(value("mediation.disputes.received", year)).isEqualByComparingTo("5");

        RecordPage accepted = indicators.find("mediation.disputes.accepted").orElseThrow().records(year, 0, 10);
        assertThat(accepted.total()).isEqualTo(5);
        assertThat(accepted.items()).extracting(IndicatorRecord::reference)
                .containsExactly("IND2011-B", "IND2011-G", "IND2011-E", "IND2011-H", "IND2011-A");
        assertThat(accepted.items().get(0).href()).matches("/mediation/\\d+");
        assertThat(accepted.items().get(0).date()).isEqualTo(LocalDate.of(2011, 12, 31));
        assertThat(indicators.find("mediation.disputes.accepted").orElseThrow().records(year, 1, 2).items())
                .extracting(IndicatorRecord::reference).containsExactly("IND2011-E", "IND2011-H");
    }

    @Test
    void aTownshipFilterAndATownshipScopeNarrowTheFigures() {
        IndicatorQuery maqiao = IndicatorQuery.year(2011, MAQIAO, DISTRICT);
        assertThat(value("mediation.disputes.accepted", maqiao)).isEqualByComparingTo("1");
        assertThat(value("mediation.resolved_amount", maqiao)).isEqualByComparingTo("2000.00");
        assertThat(value("mediation.court_entrusted", maqiao)).isEqualByComparingTo("1");
        assertThat(value("litigation.cases", maqiao)).isEqualByComparingTo("0");

        DataScope wenquanStaff = new DataScope(ScopeLevel.TOWNSHIP, 18, WENQUAN);
        IndicatorQuery scoped = IndicatorQuery.year(2011, "421202", wenquanStaff);
        assertThat(value("mediation.disputes.accepted", scoped)).isEqualByComparingTo("4");
        assertThat(value("mediation.judicial_confirmations", scoped)).isEqualByComparingTo("0");
        assertThat(indicators.find("mediation.disputes.accepted").orElseThrow().records(scoped, 0, 20).items())
                .allSatisfy(r -> assertThat(r.regionCode()).isEqualTo(WENQUAN));
        // A township's staff asking for another township sees nothing of it
        assertThat(value("mediation.disputes.accepted", IndicatorQuery.year(2011, MAQIAO, wenquanStaff)))
                .isEqualByComparingTo("0");
    }

    @Test
    void breakdownsAddUpToTheFigure() {
        IndicatorQuery year = IndicatorQuery.year(2011, "421202", DISTRICT);
        Indicator accepted = indicators.find("mediation.disputes.accepted").orElseThrow();
        assertThat(accepted.byMonth(year)).hasSize(12);
        assertThat(accepted.byMonth(year).get(java.time.YearMonth.of(2011, 12))).isEqualByComparingTo("1");
        assertThat(accepted.byMonth(year).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("5");
        assertThat(accepted.byRegion(year, 9)).containsOnlyKeys(WENQUAN, MAQIAO);
        assertThat(accepted.byRegion(year, 9).get(WENQUAN)).isEqualByComparingTo("4");
        assertThat(accepted.byCategory(year).get("NEIGHBOUR")).isEqualByComparingTo("5");
        assertThat(accepted.records(year, "NEIGHBOUR", 0, 10).total()).isEqualTo(5);
        assertThat(accepted.records(year, "LABOUR", 0, 10).total()).isZero();
        Indicator rate = indicators.find("mediation.resolution_rate").orElseThrow();
        assertThat(rate.byRegion(year, 9).get(MAQIAO)).isEqualByComparingTo("100.0");
    }

    /**
     * The dashboard's one-query breakdowns ({@link Indicators#breakdowns}) and the API's values
     * ({@link Indicators#values}) give, for every indicator, the same figures as its own methods, and for a count or a
     * sum each breakdown adds up to the value, which is the number of its records.
     */
    @Test
    void theGroupedBreakdownsAddUpToTheValueAndEqualTheSeparateQueries() {
        // 2011: this class's fixtures; 2023: the generated demo year; this year: the demo register and whatever the
        // other tests of this JVM left (cleanups, legality reviews, adviser opinions)
        for (IndicatorQuery query : new IndicatorQuery[] {IndicatorQuery.year(2011, "421202", DISTRICT),
                IndicatorQuery.year(2011, MAQIAO, DISTRICT),
                new IndicatorQuery(LocalDate.of(2011, 2, 15), LocalDate.of(2011, 7, 10), "421202", DISTRICT),
                IndicatorQuery.year(2023, "421202", DISTRICT),
                IndicatorQuery.year(LocalDate.now().getYear(), "421202", DISTRICT)}) {
            var values = indicators.values(query);
            var breakdowns = indicators.breakdowns(query, 9);
            assertThat(breakdowns.keySet()).containsExactlyElementsOf(indicators.all());
            for (Indicator indicator : indicators.all()) {
                IndicatorBreakdown b = breakdowns.get(indicator);
                String id = indicator.id();
                BigDecimal value = indicator.value(query);
                if (value == null) {
                    assertThat(b.value()).as(id).isNull();
                    assertThat(values.get(indicator)).as(id).isNull();
                } else {
                    assertThat(b.value()).as(id).isEqualByComparingTo(value);
                    assertThat(values.get(indicator)).as(id).isEqualByComparingTo(value);
                }
                assertThat(b.months()).as(id).isEqualTo(indicator.byMonth(query));
                assertThat(b.regions()).as(id).isEqualTo(indicator.byRegion(query, 9));
                assertThat(b.categories()).as(id).containsExactlyEntriesOf(indicator.byCategory(query));
                if (indicator.evidenceHref(query) != null) {
                    continue; // a reported figure: no records here prove it, its drill-down is its approved submission
                }
                if (indicator.unit() == IndicatorUnit.PERCENT || STOCKS.contains(id)) {
                    continue; // a rate's breakdowns are rates and a stock's months are month-end stocks: no sums
                }
                assertThat(sum(b.months().values())).as(id).isEqualByComparingTo(value);
                assertThat(sum(b.regions().values())).as(id).isEqualByComparingTo(value);
                if (!b.categories().isEmpty()) {
                    assertThat(sum(b.categories().values())).as(id).isEqualByComparingTo(value);
                }
                if (indicator.unit() == IndicatorUnit.COUNT && !MEASURES.contains(id)) {
                    assertThat(indicator.records(query, 0, 1).total()).as(id).isEqualTo(value.longValueExact());
                }
            }
        }
        // The fixtures make the breakdown non-trivial: two townships and several months in the year
        IndicatorBreakdown accepted = indicators.breakdowns(IndicatorQuery.year(2011, "421202", DISTRICT), 9)
                .get(indicators.find("mediation.disputes.accepted").orElseThrow());
        assertThat(accepted.value()).isEqualByComparingTo("5");
        assertThat(accepted.regions()).containsOnlyKeys(WENQUAN, MAQIAO);
        assertThat(accepted.months().values().stream().filter(v -> v.signum() > 0)).hasSizeGreaterThan(2);
    }

    /**
     * Figures whose months do not add up: stocks on the period's last day or over the period (documents in force,
     * 法治副校长 in office, schools with or without one), distinct counts (experts, units), yearly totals recorded as
     * such (the use of the assessment for cadres) and yearly checks (units short of their duty list or of two special
     * law lectures, counted over the whole period).
     */
    private static final java.util.Set<String> STOCKS = java.util.Set.of("normative.documents.inForce",
            "normative.documents.expiringSoon", "services.items_in_force", "services.online_items",
            "services.instant_items", "errands.agents", "errands.beneficiaries", "publicity.experts",
            "publicity.vice_principals", "publicity.schools", "publicity.schools_without_vp",
            "publicity.vp_lessons_short", "publicity.units_short", "learning.test.units",
            "learning.special_lectures.units_short", "assessment.cadres.recognised", "assessment.cadres.promoted",
            "assessment.cadres.advanced");

    /**
     * Counts that add up a measure of their records (the hours and trainees of classes, the young people a school visit
     * reached, the materials and participants of activities): the records are the classes, visits and activities, each
     * carrying its measure, so their number is not the figure.
     */
    private static final java.util.Set<String> MEASURES = java.util.Set.of("learning.class_hours", "learning.trainees",
            "learning.enforcement_class.trainees", "learning.unit_training.trainees", "publicity.school_reach",
            "publicity.materials", "publicity.activity_participants");

    private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void legalCaseIndicatorsCountAcceptedReconsiderationsRegisteredSuitsAndHearings() {
        IndicatorQuery year = IndicatorQuery.year(2011, "421202", DISTRICT);
        // R1 accepted on 31 December; R2 not accepted; R3 accepted in 2012
        assertThat(value("reconsideration.cases.accepted", year)).isEqualByComparingTo("1");
        // L1 registered on 1 January; L2 in 2010, L3 in 2012
        assertThat(value("litigation.cases", year)).isEqualByComparingTo("1");
        assertThat(value("legal_cases.total", year)).isEqualByComparingTo("2");
        assertThat(indicators.find("legal_cases.total").orElseThrow().records(year, 0, 10).items())
                .extracting(IndicatorRecord::reference).containsExactlyInAnyOrder("IND2011-R1", "IND2011-L1");
        // hearings in 2011: L1 HEAD, L1 NOT_APPEARED, L2 DEPUTY (L2's 2010 hearing is outside)
        assertThat(value("litigation.head_appearance_rate", year)).isEqualByComparingTo("66.7");
        assertThat(indicators.find("litigation.head_appearance_rate").orElseThrow().records(year, 0, 10).total())
                .isEqualTo(3);
        assertThat(value("litigation.head_appearance_rate", IndicatorQuery.year(2011, MAQIAO, DISTRICT)))
                .isEqualByComparingTo("100.0");
        assertThat(value("litigation.head_appearance_rate", IndicatorQuery.year(2009, "421202", DISTRICT))).isNull();
    }

    @Test
    void everyIndicatorHasANameDefinitionAndUnitInBothLanguages() {
        assertThat(indicators.all()).extracting(Indicator::id).contains("mediation.disputes.accepted",
                "mediation.disputes.resolved", "mediation.resolution_rate", "mediation.resolved_amount",
                "mediation.court_entrusted", "mediation.judicial_confirmations", "reconsideration.cases.accepted",
                "litigation.cases", "legal_cases.total", "litigation.head_appearance_rate",
                "reconsideration.consultations");
        for (Indicator indicator : indicators.all()) {
            for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH}) {
                assertThat(indicators.name(indicator, locale)).isNotEqualTo(indicator.id());
                assertThat(indicators.definition(indicator, locale)).isNotBlank();
                assertThat(indicators.unitLabel(indicator, locale)).isNotEqualTo(indicator.unit().name());
            }
        }
    }

    private BigDecimal value(String id, IndicatorQuery query) {
        return indicators.find(id).orElseThrow().value(query);
    }

    private void dispute(String n, String township, long committee, long unit, String channel, String received,
            String accepted, String declined, String withdrawn, String effective, String amount, String result,
            String decided) {
        String status = declined != null ? "DECLINED" : withdrawn != null ? "WITHDRAWN"
                : effective != null ? "AGREED" : accepted != null ? "ACCEPTED" : "REGISTERED";
        jdbc.sql("INSERT INTO dispute (case_number, number_scope, committee_id, channel, category, status, township_code, "
                        + "unit_id, received_on, summary, amount, accepted_on, declined_on, withdrawn_on, "
                        + "agreement_effective_on, confirmation_applied_on, confirmation_result, confirmation_decided_on, "
                        + "created_at, created_by) VALUES (:n, 'IND2011', :c, :ch, 'NEIGHBOUR', :s, :t, :u, :r, 'fixture', "
                        + ":a, :acc, :dec, :wd, :eff, :app, :res, :decided, :at, 'test')")
                .param("n", "IND2011-" + n).param("c", committee).param("ch", channel).param("s", status)
                .param("t", township).param("u", unit).param("r", LocalDate.parse(received))
                .param("a", new BigDecimal(amount)).param("acc", date(accepted)).param("dec", date(declined))
                .param("wd", date(withdrawn)).param("eff", date(effective))
                .param("app", decided == null ? null : date(effective).plusDays(5)).param("res", result)
                .param("decided", date(decided)).param("at", OffsetDateTime.now()).update();
    }

    /** A suit filed on {@code filed}; entered today (created_at), which no figure may count by. */
    private long litigation(String n, String region, long unit, String filed) {
        jdbc.sql("INSERT INTO litigation_case (internal_number, status, court, instance, plaintiff_name, unit_id, "
                        + "region_code, subject, filed_on, created_at, created_by) VALUES (:n, 'OPEN', 'court', 'FIRST', "
                        + "'fixture', :u, :r, 'fixture', :f, :at, 'test')")
                .param("n", "IND2011-" + n).param("u", unit).param("r", region).param("f", LocalDate.parse(filed))
                .param("at", OffsetDateTime.now()).update();
        return jdbc.sql("SELECT id FROM litigation_case WHERE internal_number = :n").param("n", "IND2011-" + n)
                .query(Long.class).single();
    }

    private void hearing(long caseId, String on, String appearance) {
        jdbc.sql("INSERT INTO litigation_hearing (case_id, hearing_on, appearance, recorded_at, recorded_by) "
                        + "VALUES (:c, :on, :a, :at, 'test')")
                .param("c", caseId).param("on", LocalDate.parse(on)).param("a", appearance)
                .param("at", OffsetDateTime.now()).update();
    }

    private void reconsideration(String n, String region, long unit, String status, String received, String accepted) {
        LocalDate r = LocalDate.parse(received);
        jdbc.sql("INSERT INTO reconsideration_case (case_number, status, channel, received_on, learned_on, window_ends_on, "
                        + "late, act_description, act_category, requests, unit_id, region_code, applicant_name, accepted_on, "
                        + "created_at, created_by) VALUES (:n, :s, 'IN_PERSON', :r, :r, :w, FALSE, 'fixture', 'OTHER', "
                        + "'fixture', :u, :reg, 'fixture', :acc, :at, 'test')")
                .param("n", "IND2011-" + n).param("s", status).param("r", r).param("w", r.plusDays(60))
                .param("u", unit).param("reg", region).param("acc", date(accepted)).param("at", OffsetDateTime.now())
                .update();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
