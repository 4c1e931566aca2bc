package cn.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The generated 2023 penalty cases: the year's figures come from the records (the filing indicator counts the table by
 * 立案 date), every act of a generated case was by two officers certified on its day, the 同案不同罚 analysis flags the
 * out-of-line fines, the pre-check found the incomplete files, and the officers' figure stays the seed's 1,338.
 */
@IntegrationTest
class EnforcementDemoYear2023Test {

    private static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    private static final LocalDate TO = LocalDate.of(2023, 12, 31);

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CertificateChecks certificates;

    @Autowired
    Disparities disparities;

    final DataScope district = new DataScope(ScopeLevel.DISTRICT, 2, "421202");
    final IndicatorQuery year = IndicatorQuery.year(2023, "421202", district);

    private List<Long> demoCases() {
        return jdbc.sql("SELECT id FROM enforcement_case WHERE created_by = :by AND filed_on BETWEEN :f AND :t ORDER BY id")
                .param("by", EnforcementDemoYear2023.ACTOR).param("f", FROM).param("t", TO).query(Long.class).list();
    }

    @Test
    void theFilingFigureOf2023IsTheCountOfTheRecords() {
        List<Long> demo = demoCases();
        assertThat(demo).hasSizeGreaterThan(100);
        long inTable = jdbc.sql("SELECT COUNT(*) FROM enforcement_case WHERE filed_on BETWEEN :f AND :t")
                .param("f", FROM).param("t", TO).query(Long.class).single();
        assertThat(inTable).isGreaterThanOrEqualTo(demo.size());
        BigDecimal filed = indicators.find("enforcement.cases.filed").orElseThrow().value(year);
        assertThat(filed).isEqualByComparingTo(BigDecimal.valueOf(inTable));
        // every generated case ran its course in 2023, by its business dates
        long closedIn2023 = jdbc.sql("SELECT COUNT(*) FROM enforcement_case WHERE created_by = :by AND status = 'CLOSED' "
                        + "AND decided_on BETWEEN :f AND :t AND closed_on BETWEEN :f AND :t AND paid_on IS NOT NULL")
                .param("by", EnforcementDemoYear2023.ACTOR).param("f", FROM).param("t", TO).query(Long.class).single();
        assertThat(closedIn2023).isEqualTo(demo.size());
        // the cases are spread over the enforcing units, more where there are more officers
        Map<Long, Long> perUnit = jdbc.sql("SELECT unit_id, COUNT(*) AS n FROM enforcement_case WHERE created_by = :by "
                        + "GROUP BY unit_id").param("by", EnforcementDemoYear2023.ACTOR)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(perUnit.size()).isGreaterThanOrEqualTo(15);
        assertThat(perUnit.get(5L)).isGreaterThan(perUnit.get(41L));
    }

    @Test
    void everyActOfAGeneratedCaseIsByTwoOfItsUnitsOfficersCertifiedOnTheDay() {
        List<Map<String, Object>> rows = jdbc.sql("SELECT a.id, a.act_on, ao.officer_id, o.unit_id AS officer_unit, "
                        + "c.unit_id AS case_unit FROM enforcement_case_act a JOIN enforcement_case c ON c.id = a.case_id "
                        + "JOIN enforcement_case_act_officer ao ON ao.act_id = a.id "
                        + "JOIN enforcement_officer o ON o.id = ao.officer_id WHERE c.created_by = :by")
                .param("by", EnforcementDemoYear2023.ACTOR).query().listOfRows();
        assertThat(rows).isNotEmpty();
        Map<Object, Long> officersPerAct = rows.stream().collect(Collectors.groupingBy(r -> r.get("id"),
                Collectors.counting()));
        assertThat(officersPerAct.values()).allMatch(n -> n >= 2);
        for (Map<String, Object> r : rows) {
            LocalDate on = ((java.sql.Date) r.get("act_on")).toLocalDate();
            long officer = ((Number) r.get("officer_id")).longValue();
            assertThat(certificates.validOn(officer, on)).as("officer %d on %s", officer, on).isTrue();
            assertThat(r.get("officer_unit")).isEqualTo(r.get("case_unit"));
        }
    }

    @Test
    void theOutOfLineFinesAreFlaggedAndTheIncompleteFilesFound() {
        Set<Long> demo = Set.copyOf(demoCases());
        List<Long> outside = jdbc.sql("SELECT id FROM enforcement_case WHERE created_by = :by AND outside_range")
                .param("by", EnforcementDemoYear2023.ACTOR).query(Long.class).list();
        assertThat(outside).isNotEmpty().hasSizeLessThan(demo.size() / 10);
        Set<Long> flagged = disparities.analyse(FROM, TO, null, district).flags().stream()
                .map(DisparityFlag::caseId).collect(Collectors.toSet());
        assertThat(flagged).containsAll(outside);

        // files without an investigative act miss their 询问/检查笔录; the pre-check of the 2023 files found them
        List<Long> withoutActs = jdbc.sql("SELECT c.id FROM enforcement_case c WHERE c.created_by = :by AND NOT EXISTS "
                        + "(SELECT 1 FROM enforcement_case_act a WHERE a.case_id = c.id)")
                .param("by", EnforcementDemoYear2023.ACTOR).query(Long.class).list();
        assertThat(withoutActs).isNotEmpty().hasSizeLessThan(demo.size() / 5);
        List<Long> missing = jdbc.sql("SELECT case_id FROM enforcement_precheck_finding WHERE case_type = 'enforcement' "
                        + "AND kind = 'DOCUMENT_MISSING' AND subject = 'inquiryRecord' AND closed_on BETWEEN :f AND :t")
                .param("f", FROM).param("t", TO).query(Long.class).list();
        assertThat(missing).containsAll(withoutActs);
        long checked = jdbc.sql("SELECT COUNT(*) FROM enforcement_precheck_run WHERE case_type = 'enforcement' "
                        + "AND closed_on BETWEEN :f AND :t").param("f", FROM).param("t", TO).query(Long.class).single();
        assertThat(checked).isGreaterThanOrEqualTo(demo.size());
    }

    /**
     * The case generation runs after the officers' year and writes no officer or certificate: the officers that were
     * there when it claimed its marker (the demo officers — tests add theirs later) still count 1,338 certified at the
     * end of 2023, and so does the indicator (test fixtures certify their officers from 2024 on).
     */
    @Test
    void theOfficersFigureStaysTheSeeds() {
        long certified = jdbc.sql("SELECT COUNT(*) FROM enforcement_officer o WHERE o.created_at < (SELECT generated_at "
                        + "FROM demo_generation WHERE name = :g) AND o.active AND (o.appointed_on IS NULL OR o.appointed_on <= :end) "
                        + "AND EXISTS (SELECT 1 FROM enforcement_certificate c WHERE c.officer_id = o.id AND c.issued_on <= :end "
                        + "AND c.expires_on >= :end AND NOT (c.status IN ('SUSPENDED', 'REVOKED') AND c.status_since <= :end))")
                .param("g", EnforcementDemoYear2023.GENERATION).param("end", TO).query(Long.class).single();
        assertThat(certified).isEqualTo(1338L);
        assertThat(indicators.find("enforcement.officers.certified").orElseThrow().value(year))
                .isEqualByComparingTo(BigDecimal.valueOf(1338));
    }
}
