package cn.fazhi.reported;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.reported.ReportedViews.Definition;

/**
 * The reported figures of the generated 2023 demo year (the seed report's figures that live in other organs' systems):
 * each definition (the district's, migration V151) submitted by its unit in January 2024 with a generated evidence file and approved by the office
 * ({@code fzb}, 依法治区办 张明) a few days later. Plus one demo definition whose 2026 figure is submitted and left waiting
 * for approval (for the tests: it never reaches a reading). Rows are marked {@code demo}.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class ReportedDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "reported-figures-2023";
    static final String APPROVER = "fzb";
    static final String APPROVER_NAME = "依法治区办 张明";
    static final String PENDING_CODE = "anti_fraud_app_registrations";

    /** code | name | measure | unit | value | source system | submitted (Jan 2024 day) | approved (day) | submitter. */
    static final Object[][] FIGURES = {
        {"telecom_fraud_cases_decline", "电信网络诈骗案件发案数同比下降", "PERCENT", 10L, "14.8", "公安机关反诈案件统计系统", 8, 12, "gongan"},
        {"telecom_fraud_losses_decline", "电信网络诈骗案件损失金额同比下降", "PERCENT", 10L, "13.2", "公安机关反诈案件统计系统", 8, 12, "gongan"},
        {"environment_public_interest_cases", "办理生态环境和资源保护领域公益诉讼案件", "COUNT", 90L, "39", "检察业务应用系统", 9, 15, "jcy-tianbao"},
        {"citizen_centre_monthly_decline", "市民之家人社、医保窗口月均办件量减少", "COUNT", 13L, "117000", "政务服务综合受理平台", 10, 16, "zwfw-tianbao"},
        {"citizen_centre_special_windows", "市民之家设置的专区窗口", "COUNT", 13L, "6", "政务服务综合受理平台", 10, 16, "zwfw-tianbao"},
        {"citizen_centre_general_windows", "市民之家设置的综合窗口", "COUNT", 13L, "1", "政务服务综合受理平台", 10, 16, "zwfw-tianbao"},
        {"business_pilot_projects", "获批省级优化营商环境先行区试点项目", "COUNT", 44L, "9", "省发展改革委批复文件", 11, 18, "fgj-tianbao"},
        {"fengqiao_national_models", "全国新时代“枫桥经验”典型案例名单案例数", "COUNT", 81L, "104", "中央政法委公布的名单", 11, 18, "zfw-tianbao"},
        {"enterprise_desk_services", "企业解忧码提供的服务项目", "COUNT", 44L, "6", "企业解忧码服务平台", 11, 20, "fgj-tianbao"}};

    private final JdbcClient jdbc;
    private final ReportedFigures figures;
    private final ReportedFigureRepository store;
    private final CaseSteps steps;
    private final CaseAttachments attachments;
    private final Units units;
    private final DemoGenerations generations;
    private final AuditTrail audit;

    ReportedDemoYear2023(JdbcClient jdbc, ReportedFigures figures, ReportedFigureRepository store, CaseSteps steps,
            CaseAttachments attachments, Units units, DemoGenerations generations, AuditTrail audit) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.store = store;
        this.steps = steps;
        this.attachments = attachments;
        this.units = units;
        this.generations = generations;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    int generate() {
        OffsetDateTime at = OffsetDateTime.of(2024, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        UnitView office = units.find(2).orElseThrow();
        String officeName = office.shortName() != null ? office.shortName() : office.name();
        int rows = 0;
        for (Object[] f : FIGURES) {
            Definition d = define((String) f[0], (String) f[1], (String) f[2], (Long) f[3], (String) f[5], at);
            long id = submit(d, 2023, new BigDecimal((String) f[4]), LocalDate.of(2024, 1, (Integer) f[6]),
                    (String) f[8]);
            LocalDate approved = LocalDate.of(2024, 1, (Integer) f[7]);
            steps.systemStep(store, ReportedFigure.TABLE, id, "approve", k -> {
                k.approve(APPROVER, APPROVER_NAME, officeName, approved);
                return StepOutcome.of(null, APPROVER_NAME);
            });
            rows += 2;
        }
        Definition pending = define(PENDING_CODE, "国家反诈中心APP注册人数", "COUNT", 10L, "公安机关反诈案件统计系统", at);
        submit(pending, 2026, new BigDecimal("52000"), LocalDate.of(2026, 11, 20), "gongan");
        rows += 2;
        audit.record(AuditEntry.of("reported.demo", Reported.CASE_TYPE, null,
                FIGURES.length + " approved 2023 figures, 1 pending 2026 figure"));
        return rows;
    }

    /** The definition of {@code code}: the district's (migration V151) when it exists, else a demo one. */
    private Definition define(String code, String name, String measure, long unit, String source, OffsetDateTime at) {
        var existing = figures.definitionByCode(code);
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("INSERT INTO reported_definition (code, name, figure_unit, unit_id, source_system, demo, created_at, "
                        + "created_by) VALUES (:c, :n, :m, :u, :s, TRUE, :at, :by)")
                .param("c", code).param("n", name).param("m", measure).param("u", unit).param("s", source)
                .param("at", at).param("by", APPROVER).update();
        return figures.definitionByCode(code).orElseThrow();
    }

    private long submit(Definition d, int year, BigDecimal value, LocalDate on, String by) {
        UnitView unit = units.find(d.unitId()).orElseThrow();
        long id = figures.insert(d, unit, year, value, d.sourceSystem(), null, on, by, true);
        String evidence = "【演示依据材料】" + unit.name() + "\n指标：" + d.name() + "（" + d.indicatorId() + "）\n年度："
                + year + "\n数值：" + value.toPlainString() + "\n来源系统：" + d.sourceSystem() + "\n报送日期：" + on + "\n";
        var file = attachments.store(ReportedFigures.ref(id), d.code() + "-" + year + ".txt",
                new ByteArrayInputStream(evidence.getBytes(StandardCharsets.UTF_8)), "evidence");
        jdbc.sql("UPDATE reported_figure SET evidence_id = :e, evidence_name = :n WHERE id = :id")
                .param("e", file.id()).param("n", file.fileName()).param("id", id).update();
        steps.created(store, store.find(id).orElseThrow(), "submitted",
                StepOutcome.of(null, d.code() + " " + year + " = " + value.toPlainString()));
        return id;
    }
}
