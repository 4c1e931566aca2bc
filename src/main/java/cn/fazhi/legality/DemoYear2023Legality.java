package cn.fazhi.legality;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.calendar.Deadline;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.demo.DemoGenerations;

/**
 * The generated 2023 demo year of the legality module, whose indicators equal the figures of the district's 2023
 * 法治政府建设年度报告 (the seed): 28 agreements, contracts and plans reviewed for legality, each concluded with its
 * 法律审查意见书 in 2023 ({@code legality.reviews.done}); 68 opinions of the government's legal advisers in 2023
 * ({@code legality.adviser.opinions}) — 8 of them on those reviews, 60 on other matters; and the village certificate
 * list after its 2023 reduction: 5 requirements kept and 247 replaced by 告知承诺
 * ({@code legality.certificates.kept}, {@code legality.certificates.notification_commitment}), published.
 * <p>
 * Every review is made and stepped by its aggregate ({@link LegalityReview#submitted}, {@code assign},
 * {@code conclude}: the transition table guards each step) and stored by its repository in one batch; opinions and
 * list items go through {@link LegalAdvisers} and {@link PublicLists}, checked like an entry. Runs once (the
 * {@link DemoGenerations} marker) when {@code fazhi.demo.year-2023} is on; one audit record names the generation, no
 * timeline entries are written.
 */
@Component
@Order(33)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class DemoYear2023Legality implements ApplicationRunner {

    static final String GENERATION = "legality-2023";
    static final int YEAR = 2023;
    /** The seed's figures: the generator's targets. */
    static final int REVIEWS_DONE = 28;
    static final int ADVISER_OPINIONS = 68;
    static final int REVIEWS_BY_ADVISERS = 8;
    static final int CERTIFICATES_KEPT = 5;
    static final int CERTIFICATES_COMMITMENT = 247;

    private static final String[] ADVISERS = {"湖北咸宁某律师事务所 周律师", "湖北咸宁某律师事务所 陈律师", "咸宁某律师事务所 刘律师",
            "湖北科技学院 王教授"};
    /** Submitting units (departments and township governments). */
    private static final long[] UNITS = {6, 7, 13, 5, 11, 9, 17, 19, 23, 27};
    private static final ReviewType[] TYPES = {ReviewType.CONTRACT, ReviewType.AGREEMENT, ReviewType.PLAN};
    private static final String[][] SUBJECTS = {
            {"老旧小区改造施工合同", "农村公路养护服务合同", "政务服务大厅物业服务合同", "污水管网建设工程合同", "信息系统运维服务合同"},
            {"国有土地上房屋征收补偿协议", "招商引资合作协议", "特许经营协议", "集体土地流转协议", "政府和社会资本合作协议"},
            {"防汛抗旱应急工作方案", "优化营商环境工作方案", "农村人居环境整治工作方案", "安全生产专项整治工作方案", "乡村振兴示范村建设方案"}};
    private static final String[] COUNTERPARTIES = {"湖北某建设工程有限公司", "咸宁某物业服务有限公司", "湖北某信息技术有限公司",
            "咸宁某农业发展有限公司", "湖北某投资有限公司"};
    private static final String[] OPINION_SUBJECTS = {"信访事项处理的法律意见", "行政处罚案件法制审核意见", "政府信息公开答复的法律意见",
            "行政诉讼应诉的法律意见", "征收补偿争议的法律意见", "合同纠纷处理的法律意见", "规范性文件起草的法律意见",
            "重大项目招商的法律意见", "行政复议答复的法律意见", "国有资产处置的法律意见"};
    /** The certificates a village (community) committee used to issue, and the matters they were asked for. */
    private static final String[] CERTIFICATES = {"居住证明", "亲属关系证明", "家庭经济困难证明", "无房证明", "婚姻状况证明",
            "健在证明", "务农证明", "土地承包证明", "外出务工证明", "收入证明", "独生子女证明", "未再婚证明", "出生证明",
            "死亡证明", "户籍迁移证明", "房屋权属证明", "宅基地使用证明", "残疾状况证明", "就业失业证明", "子女抚养证明",
            "赡养关系证明", "无犯罪情况证明", "分户证明", "生产经营场所证明", "林权证明", "养殖场地证明"};
    private static final String[][] PURPOSES = {{"申办社会保障卡", "区人社局"}, {"办理低保申请", "区民政局"},
            {"学生资助申请", "区教育局"}, {"申请公租房", "区住建局"}, {"办理医保报销", "区医保局"},
            {"办理户籍业务", "区公安分局"}, {"农业补贴申领", "区农业农村局"}, {"林木采伐申请", "区林业局"},
            {"个体工商户登记", "区市场监管局"}, {"就业创业补贴申领", "区人社局"}};
    /** The five requirements kept after the reduction (laws and regulations require them). */
    private static final String[][] KEPT = {{"死亡证明（居民在家中正常死亡）", "区卫健局", "《人口死亡医学证明和信息登记管理暂行办法》"},
            {"出生医学证明补办的亲子关系证明", "区卫健局", "《出生医学证明管理办法》"},
            {"特困人员供养的家庭经济状况证明", "区民政局", "《社会救助暂行办法》"},
            {"临时救助的家庭经济状况证明", "区民政局", "《社会救助暂行办法》"},
            {"土地承包经营权确认证明", "区农业农村局", "《中华人民共和国农村土地承包法》"}};

    private final LegalityReviews reviews;
    private final LegalAdvisers advisers;
    private final PublicLists lists;
    private final CaseNumbers numbers;
    private final LegalCalendar calendar;
    private final LegalityProperties settings;
    private final Units units;
    private final DemoGenerations generations;
    private final AuditTrail audit;
    private final Clock clock;

    DemoYear2023Legality(LegalityReviews reviews, LegalAdvisers advisers, PublicLists lists, CaseNumbers numbers,
            LegalCalendar calendar, LegalityProperties settings, Units units, DemoGenerations generations,
            AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.advisers = advisers;
        this.lists = lists;
        this.numbers = numbers;
        this.calendar = calendar;
        this.settings = settings;
        this.units = units;
        this.generations = generations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    int generate() {
        Random random = new Random(20230311L);
        List<Long> adviserIds = new ArrayList<>();
        for (String name : ADVISERS) {
            adviserIds.add(advisers.engage(new AdviserCommands.Engage(AdviserKind.PERSON, name, null, null,
                    LocalDate.of(YEAR - 1, 1, 1), LocalDate.of(YEAR + 1, 12, 31))).id());
        }
        List<LegalityReview> done = reviews(random, adviserIds);
        reviews.storeGenerated(done);
        int opinions = opinions(random, adviserIds);
        int items = certificates();
        int rows = adviserIds.size() + done.size() + REVIEWS_BY_ADVISERS + opinions + items;
        audit.record(AuditEntry.of("legality.demo.generated", LegalityReviews.CASE_TYPE, GENERATION,
                rows + " rows of " + YEAR).by("system"));
        return rows;
    }

    /** 28 requests submitted from January to November, assigned within days and concluded before the year ends. */
    private List<LegalityReview> reviews(Random random, List<Long> adviserIds) {
        Iterator<String> caseNumbers = numbers.nextBlock(LegalityReviews.CASE_TYPE, "district", YEAR, REVIEWS_DONE)
                .iterator();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<LegalityReview> list = new ArrayList<>();
        for (int i = 0; i < REVIEWS_DONE; i++) {
            ReviewType type = TYPES[i % TYPES.length];
            String title = "咸安区" + SUBJECTS[i % TYPES.length][(i / TYPES.length) % 5];
            UnitView unit = units.find(UNITS[i % UNITS.length]).orElseThrow();
            LocalDate submitted = LocalDate.of(YEAR, 1 + (i * 11) / REVIEWS_DONE, 3 + random.nextInt(20));
            Deadline due = calendar.deadline(submitted, ReviewPeriod.workingDays(type, settings), PeriodUnit.WORKING_DAYS);
            BigDecimal amount = type == ReviewType.PLAN ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(50_000 + random.nextInt(5_000_000)).setScale(2);
            LegalityReview r = LegalityReview.submitted(caseNumbers.next(), type, title,
                    type.needsCounterparty() ? COUNTERPARTIES[i % COUNTERPARTIES.length] : null, null, amount,
                    "送审" + title + "，请审查其合法性。（演示数据）", unit.id(), unit.regionCode(), submitted, due.deadline(),
                    due.provisional(), now, "demo-2023");
            boolean adviser = i % (REVIEWS_DONE / REVIEWS_BY_ADVISERS) == 1 && list.stream().filter(LegalityReview::byAdviser)
                    .count() < REVIEWS_BY_ADVISERS;
            LocalDate assigned = submitted.plusDays(1 + random.nextInt(3));
            r.assign(adviser ? ReviewerKind.ADVISER : ReviewerKind.BUREAU,
                    adviser ? adviserIds.get(i % adviserIds.size()) : null, assigned);
            ReviewOutcome outcome = i % 4 == 2 ? ReviewOutcome.PASS_WITH_AMENDMENTS : ReviewOutcome.PASS;
            r.conclude(outcome, outcome == ReviewOutcome.PASS ? "经审查，未发现违反法律、法规规定的内容，同意按程序办理。"
                    : "经审查，部分条款需要修改：违约责任约定不对等，争议解决条款应明确管辖。修改后可按程序办理。",
                    assigned.plusDays(3 + random.nextInt(8)));
            list.add(r);
        }
        long byAdvisers = list.stream().filter(LegalityReview::byAdviser).count();
        if (byAdvisers != REVIEWS_BY_ADVISERS) {
            throw new IllegalStateException("generated " + byAdvisers + " reviews by advisers");
        }
        return list;
    }

    /** The advisers' other opinions of the year: 68 in all with those on the reviews. */
    private int opinions(Random random, List<Long> adviserIds) {
        List<LegalAdvisers.GeneratedOpinion> list = new ArrayList<>();
        UnitView bureau = units.find(4).orElseThrow();
        for (int i = 0; i < ADVISER_OPINIONS - REVIEWS_BY_ADVISERS; i++) {
            LocalDate on = LocalDate.of(YEAR, 1 + i % 12, 1 + random.nextInt(28));
            list.add(new LegalAdvisers.GeneratedOpinion(adviserIds.get(random.nextInt(adviserIds.size())), on,
                    OPINION_SUBJECTS[i % OPINION_SUBJECTS.length], null, bureau.id(), bureau.regionCode()));
        }
        return advisers.recordAll(list);
    }

    /** The village certificate list after the 2023 reduction, decided on one day and published. */
    private int certificates() {
        LocalDate decided = LocalDate.of(YEAR, 9, 28);
        UnitView office = units.find(2).orElseThrow();
        List<ListCommands.Item> items = new ArrayList<>();
        int n = 0;
        for (String[] kept : KEPT) {
            items.add(new ListCommands.Item(code(++n), kept[0], kept[1], kept[2], CertificateHandling.RETAINED));
        }
        for (int i = 0; i < CERTIFICATES_COMMITMENT; i++) {
            String[] purpose = PURPOSES[i / CERTIFICATES.length];
            items.add(new ListCommands.Item(code(++n), CERTIFICATES[i % CERTIFICATES.length] + "（" + purpose[0] + "）",
                    purpose[1], "《关于开展证明事项告知承诺制工作的指导意见》", CertificateHandling.NOTIFICATION_COMMITMENT));
        }
        int added = lists.addGenerated(ListKind.CERTIFICATE, items, decided, office.id(), office.regionCode());
        if (!lists.list(ListKind.CERTIFICATE).published()) {
            lists.publishGenerated(ListKind.CERTIFICATE, "2023年版（村级证明事项清理结果）", decided.plusDays(2));
        }
        return added;
    }

    private static String code(int n) {
        return "XACZ2023-%03d".formatted(n);
    }
}
