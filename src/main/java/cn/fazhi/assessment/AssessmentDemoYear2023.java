package cn.fazhi.assessment;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.duties.Roster;
import cn.fazhi.platform.demo.DemoGenerations;

/**
 * The 2023 assessment of the demo year (seed §三: "在2022年度和2023年度综合考评中…将考核结果作为领导班子和领导干部调整的
 * 重要依据"; 53 cadres recognised, 40 promoted, 13 advanced in rank): the scheme of 2023 with one criterion per source
 * present in the system, weighted equally within 70 points (the remainder to the first), plus the MANUAL criterion
 * "依法行政日常工作检查" of 30 points; evaluators' entries with an evidence file for the MANUAL criterion of every unit and
 * for every source criterion where the source has no record of the unit (score 1 for the MANUAL criterion when
 * i % 5 != 4, else 0.8; 1 where a source has no record: nothing due); scores computed for the 78 roster units,
 * reviewed 2023-12-26 and published 2023-12-28; the cadre-use figures decided 2023-12-29. So for 2023:
 * assessment.units.scored 78, assessment.cadres.recognised 53, .promoted 40, .advanced 13.
 */
@Component
@Order(59)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class AssessmentDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "assessment-2023";
    static final byte[] PDF = "%PDF-1.4\n% 法治建设考评检查记录（演示）\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private final JdbcClient jdbc;
    private final Assessments assessments;
    private final List<AssessmentSource> sources;
    private final Roster roster;
    private final CaseAttachments attachments;
    private final DemoGenerations generations;
    private final MessageSource messages;

    AssessmentDemoYear2023(JdbcClient jdbc, Assessments assessments, List<AssessmentSource> sources, Roster roster,
            CaseAttachments attachments, DemoGenerations generations, MessageSource messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.sources = sources;
        this.roster = roster;
        this.attachments = attachments;
        this.generations = generations;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnce(GENERATION, this::generate);
    }

    /** The criteria: the sources sorted by code sharing 70 points (whole points, the remainder to the first), MANUAL 30. */
    static List<Assessments.NewCriterion> criteria(List<String> codes) {
        List<Assessments.NewCriterion> out = new ArrayList<>();
        int n = codes.size();
        for (int i = 0; i < n; i++) {
            int w = 70 / n + (i == 0 ? 70 % n : 0);
            out.add(new Assessments.NewCriterion("assessment.source." + codes.get(i), new BigDecimal(w), codes.get(i)));
        }
        out.add(new Assessments.NewCriterion("依法行政日常工作检查", new BigDecimal(n == 0 ? 100 : 30),
                AssessmentRules.MANUAL));
        return out;
    }

    int generate() {
        List<String> codes = sources.stream().map(AssessmentSource::code).sorted().toList();
        List<Assessments.NewCriterion> criteria = new ArrayList<>();
        for (Assessments.NewCriterion k : criteria(codes)) {
            String name = AssessmentRules.MANUAL.equals(k.sourceCode()) ? k.name()
                    : messages.getMessage(sources.stream().filter(x -> x.code().equals(k.sourceCode()))
                            .findFirst().orElseThrow().labelKey(), null, k.sourceCode(), Locale.SIMPLIFIED_CHINESE);
            criteria.add(new Assessments.NewCriterion(name, k.weight(), k.sourceCode()));
        }
        long id = assessments.insertScheme(new Assessments.NewScheme(2023, "咸安区2023年度法治建设考评", criteria), true, "demo");
        List<Roster.Member> units = roster.members(2023);
        List<Object[]> ks = jdbc.sql("SELECT id, source_code FROM assess_criterion WHERE scheme_id = :s ORDER BY sort_order")
                .param("s", id).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        int rows = 0;
        OffsetDateTime at = OffsetDateTime.of(2023, 12, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        for (Object[] k : ks) {
            String code = (String) k[1];
            Map<Long, BigDecimal> records = AssessmentRules.MANUAL.equals(code) ? Map.of()
                    : sources.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().attainment(2023);
            for (int i = 0; i < units.size(); i++) {
                long unit = units.get(i).unitId();
                if (records.containsKey(unit)) {
                    continue;
                }
                BigDecimal a = AssessmentRules.MANUAL.equals(code) && i % 5 == 4 ? new BigDecimal("0.8") : BigDecimal.ONE;
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("INSERT INTO assess_entry (criterion_id, unit_id, attainment, note, attachment_id, entered_at, "
                                + "entered_by) VALUES (:c, :u, :a, :n, 0, :at, 'demo')")
                        .param("c", k[0]).param("u", unit).param("a", a)
                        .param("n", AssessmentRules.MANUAL.equals(code) ? "考评专班实地检查记录" : "本年度无此项记录，经核查无应办事项")
                        .param("at", at).update(keys, "id");
                long entry = keys.getKeyAs(Long.class);
                long file = attachments.store(new CaseRef(Assessments.ENTRY_TYPE, entry), "考评检查记录.pdf",
                        new ByteArrayInputStream(PDF), "evidence").id();
                jdbc.sql("UPDATE assess_entry SET attachment_id = :f WHERE id = :id").param("f", file).param("id", entry)
                        .update();
                rows++;
            }
        }
        rows += assessments.computeScores(id);
        jdbc.sql("UPDATE assess_scheme SET status = 'PUBLISHED', reviewed_on = DATE '2023-12-26', "
                + "published_on = DATE '2023-12-28' WHERE id = :id").param("id", id).update();
        assessments.insertCadreUse(new Assessments.NewCadreUse(2023, LocalDate.of(2023, 12, 29), 53, 40, 13,
                "《咸安区激励干部担当作为八条措施（试行）》；2022年度和2023年度综合考评中法治建设考评结果"), true, "demo");
        return rows + 1;
    }
}
