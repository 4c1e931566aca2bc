package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.platform.demo.DemoGenerations;

/**
 * The 惠企政策 of the generated 2023 demo year: {@value #POLICIES} policies written for 咸安区 in our own words — 21 of
 * the district (issued by the district government or its departments, each decided by one department) and three for
 * each of the 13 townships (decided by the township) — all published in 2023 on their first day of validity; and the
 * 2023 applications of the enterprises the desk part generated before (order 48; none when the register is empty):
 * each enterprise (at most {@value #MAX_ENTERPRISES}) applies on a working day of February–September for up to two
 * policies it qualifies for on that day (matched by {@link PolicyMatcher}, the explanation stored). The outcomes follow
 * the application's index {@code k} so that the figures are exact: refused when k % 10 == 9, otherwise granted and
 * paid; returned once for correction and resubmitted three working days later when k % 20 == 3; decided after the
 * review period when k % 25 == 7; paid after the payment period when k % 30 == 11. Every date lies in 2023; rows are
 * marked {@code demo}.
 */
@Component
@Order(49)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class PolicyDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "enterprises-policies-2023";
    static final int POLICIES = 60;
    static final int MAX_ENTERPRISES = 1500;

    /**
     * District policies: issuer unit, deciding unit, title, document number, valid from (month), valid to ("" open),
     * cap in yuan ("" none), benefit, summary, conditions (lines separated by "|").
     */
    static final String[][] DISTRICT = {
        {"3", "44", "高新技术企业认定奖励", "咸安政规〔2023〕1号", "1", "2027-12-31", "200000",
            "首次通过高新技术企业认定的，一次性奖励20万元；重新认定的奖励5万元。",
            "鼓励企业加大研发投入、申报高新技术企业，对在本区注册并纳税的高新技术企业给予认定奖励。",
            "CERTIFICATION ALL HIGH_TECH|REGION IN 421202"},
        {"3", "44", "专精特新中小企业培育奖励", "咸安政规〔2023〕2号", "1", "2027-12-31", "100000",
            "获评省级专精特新中小企业的，一次性奖励10万元。",
            "支持中小企业走专业化、精细化、特色化、新颖化发展道路，对获评专精特新的中小企业给予奖励。",
            "CERTIFICATION ALL SPECIALISED|SIZE IN SMALL,MEDIUM|REGION IN 421202"},
        {"3", "44", "专精特新“小巨人”企业奖励", "咸安政规〔2023〕2号", "1", "2027-12-31", "500000",
            "获评国家级专精特新“小巨人”企业的，一次性奖励50万元。",
            "对获评国家级专精特新“小巨人”的本区企业给予一次性奖励，支持其做精主业、做强品牌。",
            "CERTIFICATION ALL LITTLE_GIANT|REGION IN 421202"},
        {"3", "44", "工业企业首次升规奖励", "咸安政规〔2023〕3号", "2", "2027-12-31", "100000",
            "年主营业务收入首次达到2000万元纳入规模以上工业统计的，奖励10万元。",
            "推动小微工业企业上规模，对首次纳入规模以上工业统计的企业给予奖励。",
            "INDUSTRY IN C|REVENUE GE 2000|AGE LE 5"},
        {"44", "44", "企业技术改造补助", "咸安发改〔2023〕12号", "3", "2027-12-31", "500000",
            "按技术改造设备投资额的8%给予补助，单个项目最高50万元。",
            "支持工业企业实施智能化、绿色化技术改造，按设备投资额给予补助。",
            "INDUSTRY IN C|REVENUE GE 2000|AGE GE 2"},
        {"44", "44", "科技型中小企业研发费用补助", "咸安发改〔2023〕15号", "3", "2027-12-31", "100000",
            "按上年度研发费用增量的10%给予补助，最高10万元。",
            "对入库科技型中小企业的研发费用增量给予补助，引导企业持续开展研发活动。",
            "CERTIFICATION ALL TECH_SME|SIZE NOT_IN LARGE"},
        {"44", "44", "绿色工厂创建奖励", "咸安发改〔2023〕18号", "4", "2027-12-31", "300000",
            "获评国家级绿色工厂奖励30万元，省级奖励10万元。",
            "鼓励工业企业开展绿色制造体系建设，对获评绿色工厂的企业给予奖励。",
            "CERTIFICATION ALL GREEN_FACTORY|INDUSTRY IN C"},
        {"44", "44", "电子商务企业发展扶持", "咸安发改〔2023〕21号", "4", "2025-12-31", "50000",
            "年网络零售额超过500万元的，奖励5万元。",
            "支持本地电商企业和网络零售主体发展，带动特色农产品和工业品网上销售。",
            "INDUSTRY IN F52,I64,I65|REGION IN 421202"},
        {"44", "44", "物流企业降本增效奖补", "咸安发改〔2023〕23号", "5", "2027-12-31", "200000",
            "新购置冷链、新能源物流车辆的，按购置价的10%给予奖补，最高20万元。",
            "降低社会物流成本，支持物流企业更新装备、发展冷链物流。",
            "INDUSTRY IN G54,G58,G59|AGE GE 1"},
        {"3", "44", "文旅企业纾困发展补助", "咸安政办〔2023〕8号", "1", "2024-12-31", "30000",
            "对持续经营的旅行社、住宿、文化娱乐企业按从业人数给予每人500元补助，最高3万元。",
            "帮助文化旅游企业恢复经营、稳定就业。",
            "INDUSTRY IN R,H61,L72|EMPLOYEES GE 5"},
        {"44", "44", "外贸企业开拓市场奖励", "咸安发改〔2023〕26号", "5", "2027-12-31", "100000",
            "参加境外展会、开展国际认证的，按实际费用的50%给予奖励，最高10万元。",
            "支持外贸企业开拓国际市场，对参展和认证费用给予奖励。",
            "REVENUE GE 500|SIZE NOT_IN LARGE"},
        {"3", "44", "企业上市挂牌奖励", "咸安政规〔2023〕5号", "1", "2027-12-31", "2000000",
            "在沪深北交易所上市的分阶段奖励最高200万元；在区域股权市场挂牌的奖励10万元。",
            "支持企业利用资本市场融资发展，对完成股改、辅导备案、上市挂牌的企业分阶段奖励。",
            "SIZE IN MEDIUM,LARGE|REVENUE GE 20000|AGE GE 3"},
        {"11", "11", "小微企业创业担保贷款贴息", "咸安人社〔2023〕6号", "1", "2027-12-31", "50000",
            "按贷款实际利息的50%给予贴息，每户每年最高5万元。",
            "支持小微企业吸纳就业，对符合条件的创业担保贷款给予财政贴息。",
            "SIZE IN MICRO,SMALL|EMPLOYEES LE 100"},
        {"11", "11", "失业保险稳岗返还", "咸安人社〔2023〕9号", "2", "2027-12-31", "100000",
            "上年度未裁员或裁员率低于规定标准的，按上年度实际缴纳失业保险费的60%返还。",
            "引导企业稳定岗位，对依法参保缴费、不裁员或少裁员的企业返还部分失业保险费。",
            "EMPLOYEES GE 1|AGE GE 1"},
        {"11", "11", "吸纳高校毕业生社保补贴", "咸安人社〔2023〕11号", "3", "2027-12-31", "60000",
            "招用毕业年度高校毕业生并缴纳社会保险的，按单位缴费部分给予最长一年的补贴。",
            "鼓励中小微企业吸纳高校毕业生就业。",
            "SIZE IN MICRO,SMALL,MEDIUM"},
        {"11", "11", "企业新型学徒制培训补贴", "咸安人社〔2023〕14号", "4", "2027-12-31", "80000",
            "开展新型学徒制培训的，按每人每年4000元给予补贴。",
            "支持企业以工学交替方式培养技能人才。",
            "EMPLOYEES GE 20|INDUSTRY IN C,E,G"},
        {"7", "7", "农业产业化龙头企业奖励", "咸安农业〔2023〕4号", "2", "2027-12-31", "200000",
            "新认定为市级以上农业产业化龙头企业的，奖励5万至20万元。",
            "壮大农产品加工企业，带动农户增收，对龙头企业给予奖励。",
            "INDUSTRY IN A,C13,C14,C15|REVENUE GE 1000"},
        {"7", "7", "农产品加工设备购置补贴", "咸安农业〔2023〕7号", "3", "2025-12-31", "100000",
            "购置农产品初加工、烘干、冷藏设备的，按购置价的20%给予补贴。",
            "提升农产品产地初加工能力，减少产后损失。",
            "INDUSTRY IN A,C13|SIZE NOT_IN LARGE"},
        {"9", "9", "林下经济与竹产业发展补助", "咸安林业〔2023〕3号", "3", "2027-12-31", "50000",
            "新发展林下种植、养殖或竹材加工的，按实际投入给予补助，最高5万元。",
            "发挥咸安竹资源优势，发展林下经济和竹产业。",
            "INDUSTRY IN A02,A04,C20"},
        {"6", "6", "建筑业企业资质升级奖励", "咸安住建〔2023〕5号", "4", "2027-12-31", "300000",
            "建筑业企业资质晋升为一级的奖励30万元，二级的奖励10万元。",
            "支持本地建筑业企业做大做强。",
            "INDUSTRY IN E|REGION IN 421202"},
        {"5", "5", "个体工商户转型升级为企业奖励", "咸安市监〔2023〕2号", "2", "2027-12-31", "5000",
            "个体工商户转型为企业的，给予一次性奖励5000元。",
            "鼓励个体工商户转型升级为企业，规范经营、做大规模。",
            "SIZE IN MICRO|AGE LE 1"},
    };

    /** Township policies: title (after the township's name), cap, benefit, summary, extra conditions ("|"). */
    static final String[][] TOWNSHIP = {
        {"新办小微企业开业扶持", "10000", "在本乡镇（街道）新注册的微型企业，给予开业补助1万元。",
            "支持在本地新办小微企业，落户即可申请。", "SIZE IN MICRO,SMALL|AGE LE 1"},
        {"小微企业稳岗奖励", "20000", "从业人数10人以上且全年不裁员的，奖励2万元。",
            "稳定本地就业，对吸纳就业较多的小微企业给予奖励。", "SIZE IN MICRO,SMALL|EMPLOYEES GE 10"},
        {"特色产业发展奖补", "50000", "发展本地特色种养、农产品加工和竹木加工的，按投入给予奖补。",
            "扶持本乡镇（街道）特色产业，带动村集体经济和农户增收。", "INDUSTRY IN A,C13,C14,C20"},
    };

    private static final long[] TOWNSHIP_UNITS = {17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41};
    private static final String[] STATEMENTS = {"本企业符合政策申报条件，现按要求申请兑现，所附材料真实有效。",
        "企业近年经营稳定，依法纳税，申请享受该项扶持政策。", "企业已按政策要求完成相关投入，特申请兑现。"};
    private static final String[] MATERIALS = {"营业执照复印件\n法定代表人身份证明\n申请表",
        "营业执照复印件\n上年度财务报表\n相关认定证书", "营业执照复印件\n投入凭证\n银行账户信息"};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final LegalCalendar calendar;
    private final PolicyClocks clocks;
    private final PolicyMatcher matcher;
    private final Policies policies;
    private final Enterprises enterprises;
    private final CaseNumbers numbers;
    private final DemoGenerations generations;
    private final AuditTrail audit;

    PolicyDemoYear2023(JdbcClient jdbc, JdbcTemplate template, LegalCalendar calendar, PolicyClocks clocks,
            PolicyMatcher matcher, Policies policies, Enterprises enterprises, CaseNumbers numbers,
            DemoGenerations generations, AuditTrail audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.calendar = calendar;
        this.clocks = clocks;
        this.matcher = matcher;
        this.policies = policies;
        this.enterprises = enterprises;
        this.numbers = numbers;
        this.generations = generations;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    int generate() {
        OffsetDateTime at = OffsetDateTime.of(2023, 1, 3, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        Map<Long, String[]> units = new HashMap<>();
        jdbc.sql("SELECT id, region_code, short_name FROM unit").query((rs, n) -> units.put(rs.getLong(1),
                new String[] {rs.getString(2), rs.getString(3)})).list();
        List<Long> ids = new ArrayList<>();
        for (String[] d : DISTRICT) {
            LocalDate from = LocalDate.of(2023, Integer.parseInt(d[4]), 1);
            ids.add(insertPolicy(Long.parseLong(d[0]), Long.parseLong(d[1]), units.get(Long.parseLong(d[1]))[0], d[2],
                    d[3], from, d[5].isEmpty() ? null : LocalDate.parse(d[5]), d[6], d[7], d[8], d[9], at));
        }
        int n = 0;
        for (long unit : TOWNSHIP_UNITS) {
            String[] u = units.get(unit);
            for (String[] t : TOWNSHIP) {
                LocalDate from = LocalDate.of(2023, 3 + (n++ % 4), 1);
                ids.add(insertPolicy(unit, unit, u[0], u[1] + t[0], null, from, LocalDate.of(2027, 12, 31), t[1], t[2],
                        u[1] + "：" + t[3], "REGION IN " + u[0] + "|" + t[4], at));
            }
        }
        matcher.invalidate();
        List<PolicyView> all = new ArrayList<>();
        for (long id : ids) {
            all.add(policies.get(id));
        }
        int applications = applications(all, at);
        matcher.invalidate();
        audit.record(AuditEntry.of("enterprises.policies.demo.generated", "enterprise_policy", null,
                all.size() + " policies, " + applications + " applications"));
        return all.size() + applications;
    }

    private long insertPolicy(long issuer, long decider, String deciderRegion, String title, String doc, LocalDate from,
            LocalDate to, String cap, String benefit, String summary, String conditions, OffsetDateTime at) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enterprise_policy (issuer_unit_id, title, doc_number, summary, valid_from, valid_to, benefit, "
                        + "amount_cap, decider_unit_id, decider_region_code, status, published_on, demo, created_at, "
                        + "created_by) VALUES (:i, :t, :doc, :s, :from, :to, :b, :cap, :d, :r, 'PUBLISHED', :from, TRUE, :at, "
                        + "'demo')")
                .param("i", issuer).param("t", title).param("doc", doc).param("s", summary).param("from", from)
                .param("to", to).param("b", benefit).param("cap", cap.isEmpty() ? null : new BigDecimal(cap))
                .param("d", decider).param("r", deciderRegion).param("at", at).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        int position = 0;
        for (PolicyCondition c : PolicyCondition.parse(conditions.replace("|", "\n"))) {
            jdbc.sql("INSERT INTO enterprise_policy_condition (policy_id, sort_order, attribute, operator, cond_value) "
                            + "VALUES (:p, :pos, :a, :o, :v)")
                    .param("p", id).param("pos", ++position).param("a", c.attribute().name())
                    .param("o", c.operator().name()).param("v", c.value()).update();
        }
        return id;
    }

    /** The applications of the registered enterprises (see the class comment); how many. */
    int applications(List<PolicyView> all, OffsetDateTime at) {
        List<Long> enterpriseIds = jdbc.sql("SELECT id FROM enterprise WHERE status = 'ACTIVE' ORDER BY id "
                + "FETCH FIRST " + MAX_ENTERPRISES + " ROWS ONLY").query(Long.class).list();
        if (enterpriseIds.isEmpty()) {
            return 0;
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2023, 2, 1); !d.isAfter(LocalDate.of(2023, 9, 29)); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        record Planned(EnterpriseView e, PolicyView p, LocalDate on, PolicyMatch match) {}
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < enterpriseIds.size(); i++) {
            EnterpriseView e = enterprises.find(enterpriseIds.get(i)).orElseThrow();
            LocalDate on = days.get((int) ((long) i * days.size() / enterpriseIds.size()));
            if (e.registeredOn() != null && e.registeredOn().isAfter(on)) {
                continue;
            }
            List<PolicyMatch> eligible = new ArrayList<>();
            for (PolicyView p : all) {
                if (p.inForceOn(on)) {
                    PolicyMatch m = matcher.match(e, p, on, PolicyApplications.RECORD_LOCALE);
                    if (m.eligible()) {
                        eligible.add(m);
                    }
                }
            }
            for (int j = 0; j < Math.min(2, eligible.size()); j++) {
                PolicyMatch m = eligible.get((i + j) % eligible.size());
                planned.add(new Planned(e, m.policy(), on, m));
            }
        }
        if (planned.isEmpty()) {
            return 0;
        }
        List<String> caseNumbers = numbers.nextBlock(PolicyApplications.CASE_TYPE, "district", 2023, planned.size());
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < planned.size(); k++) {
            Planned a = planned.get(k);
            LocalDate submitted = a.on();
            LocalDate last = submitted;
            LocalDate returnedOn = null;
            String returnReason = null;
            int returns = 0;
            if (k % 20 == 3) {
                returnedOn = plus(submitted, 1);
                returnReason = "申请材料不齐全，请补充上年度财务报表后重新提交。";
                last = plus(submitted, 4);
                returns = 1;
            }
            LocalDate reviewDue = clocks.reviewDue(last);
            LocalDate accepted = plus(last, 1);
            LocalDate decided = k % 25 == 7 ? plus(reviewDue, 3) : plus(accepted, 2 + k % 8);
            if (decided.isAfter(reviewDue) && k % 25 != 7) {
                decided = reviewDue;
            }
            boolean refused = k % 10 == 9;
            BigDecimal cap = a.p().amountCap() == null ? new BigDecimal("20000") : a.p().amountCap();
            BigDecimal amount = refused ? null : cap.multiply(BigDecimal.valueOf(50 + k % 51))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(100));
            LocalDate paymentDue = refused ? null : clocks.paymentDue(decided);
            LocalDate paid = refused ? null : k % 30 == 11 ? paymentDue.plusDays(5) : decided.plusDays(5 + k % 20);
            String explanation = a.match().explanation("；");
            rows.add(new Object[] {caseNumbers.get(k), refused ? "REFUSED" : "PAID", a.p().id(), a.e().id(),
                a.p().deciderUnitId(), a.p().deciderRegionCode(), k % 4 == 0 ? "DESK" : "PORTAL", a.p().benefit(),
                amount, STATEMENTS[k % STATEMENTS.length], MATERIALS[k % MATERIALS.length], submitted, last, true,
                explanation.length() > 4000 ? explanation.substring(0, 4000) : explanation, reviewDue, accepted,
                returnedOn, returnReason, returns, decided, !decided.isAfter(reviewDue), amount,
                refused ? "经审核，企业申报的投入不属于本政策支持范围，不予兑现。" : null, paymentDue, paid,
                paid == null ? null : !paid.isAfter(paymentDue), at});
        }
        template.batchUpdate("INSERT INTO policy_application (case_number, status, policy_id, enterprise_id, unit_id, "
                + "region_code, channel, benefit_requested, amount_requested, statement, materials, submitted_on, "
                + "last_submitted_on, eligible, explanation, review_due, accepted_on, returned_on, return_reason, "
                + "return_count, decided_on, decided_on_time, granted_amount, decision_reason, payment_due, paid_on, "
                + "paid_on_time, demo, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, 'demo')", rows);
        return rows.size();
    }

    private LocalDate plus(LocalDate day, int workingDays) {
        return calendar.deadline(day, workingDays, PeriodUnit.WORKING_DAYS).deadline();
    }
}
