package cn.fazhi.normative;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * The generated 2023 cleanup of the district government's normative documents, whose indicators equal the figures of
 * the district's 2023 法治政府建设年度报告 (the seed): the 399 documents the district government issued from 2011 on,
 * reviewed in one campaign published on the portal in 2023 — 60 to continue, 13 to be amended, 326 declared void or
 * abolished ({@code normative.cleanup.reviewed}, {@code .continue}, {@code .amend}, {@code .void} + {@code .abolish}).
 * <p>
 * Each document is made by its aggregate ({@link NormativeDocument#issued}: drafted, commented, reviewed, decided,
 * signed, filed and in force, every step guarded by the transition table) and stored by its repository in one batch;
 * the campaign is created, reviewed and published by {@link CleanupCampaigns}, which ends each document through the
 * kernel's step. Runs once (the {@link DemoGenerations} marker) when {@code fazhi.demo.year-2023} is on; the titles,
 * numbers and texts are invented, not real documents.
 */
@Component
@Order(34)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class DemoYear2023Normative implements ApplicationRunner {

    static final String GENERATION = "normative-2023";
    static final int YEAR = 2023;
    /** The seed's figures: the generator's targets (void + abolish = 326). */
    static final int CONTINUE = 60;
    static final int AMEND = 13;
    static final int VOID = 201;
    static final int ABOLISH = 125;
    static final LocalDate PUBLISHED = LocalDate.of(YEAR, 6, 30);

    /** The district government (V1 unit 3) issues them; the rule-of-law office (unit 2) runs the campaign. */
    private static final long ISSUER = 3;
    private static final long OFFICE = 2;
    private static final String[] AGENCIES = {"咸安政发", "咸安政办发"};
    private static final String[][] SUBJECTS = {{"农村集体经济组织财务管理", "农业农村"}, {"城区市容环境卫生管理", "城市管理"},
            {"政务服务事项办理", "政务服务"}, {"行政执法公示", "行政执法"}, {"国有土地上房屋征收与补偿", "征收补偿"},
            {"食品小作坊监督管理", "市场监管"}, {"义务教育阶段招生入学", "教育"}, {"森林防火和林木采伐管理", "林业"},
            {"就业创业扶持", "人力资源"}, {"城乡居民医疗保障", "医疗保障"}, {"招商引资优惠", "招商引资"},
            {"农村危房改造补助", "住房保障"}, {"困难群众临时救助", "社会救助"}, {"安全生产责任", "应急管理"},
            {"防汛抗旱", "应急管理"}, {"农村公路建设养护", "交通运输"}, {"水土保持补偿", "水利"}, {"殡葬管理", "民政"}};
    private static final String[] KINDS = {"管理办法", "实施意见", "实施细则", "若干规定", "暂行办法"};

    private final NormativeDocuments documents;
    private final CleanupCampaigns campaigns;
    private final DemoGenerations generations;
    private final AuditTrail audit;
    private final Clock clock;

    DemoYear2023Normative(NormativeDocuments documents, CleanupCampaigns campaigns, DemoGenerations generations,
            AuditTrail audit, Clock clock) {
        this.documents = documents;
        this.campaigns = campaigns;
        this.generations = generations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    int generate() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<CleanupOutcome> outcomes = new ArrayList<>();
        add(outcomes, CleanupOutcome.CONTINUE, CONTINUE);
        add(outcomes, CleanupOutcome.AMEND, AMEND);
        add(outcomes, CleanupOutcome.VOID, VOID);
        add(outcomes, CleanupOutcome.ABOLISH, ABOLISH);
        Map<String, Integer> sequences = new HashMap<>();
        List<NormativeDocument> docs = new ArrayList<>();
        int kept = CONTINUE + AMEND;
        for (int i = 0; i < outcomes.size(); i++) {
            // Kept documents are recent (2019 to early 2023, still in force); ended ones spread over 2011 to 2022.
            LocalDate published = i < kept
                    ? LocalDate.of(2019, 1, 10).plusDays((long) i * 1460 / kept)
                    : LocalDate.of(2011, 2, 15).plusDays((long) (i - kept) * 4300 / (outcomes.size() - kept));
            String agency = AGENCIES[i % 3 == 0 ? 1 : 0];
            int year = published.minusDays(5).getYear();
            int seq = sequences.merge(agency + year, 1 + i % 2, Integer::sum);
            String[] subject = SUBJECTS[i % SUBJECTS.length];
            String kind = KINDS[(i / SUBJECTS.length) % KINDS.length];
            String title = "咸安区人民政府关于印发咸安区" + subject[0] + kind + "的通知";
            docs.add(NormativeDocument.issued(ISSUER, "421202", new DocumentNumber(agency, year, seq), title,
                    body(subject[0], kind), subject[1], published, 5, PUBLISHED, now));
        }
        documents.storeGenerated(docs);
        Map<Long, CleanupView.Review> reviews = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            reviews.put(docs.get(i).id(), new CleanupView.Review(outcomes.get(i), reason(outcomes.get(i))));
        }
        DataScope district = new DataScope(ScopeLevel.DISTRICT, OFFICE, "421202");
        CleanupView campaign = campaigns.create(new CleanupView.Create("区政府2011年以来行政规范性文件全面清理（2023年）",
                LocalDate.of(2011, 1, 1), LocalDate.of(YEAR, 3, 31), ISSUER), OFFICE, district,
                List.copyOf(reviews.keySet()), true);
        if (campaign.items().size() != docs.size()) {
            throw new IllegalStateException("the 2023 campaign holds " + campaign.items().size() + " documents");
        }
        campaigns.reviewGenerated(campaign.id(), reviews);
        campaigns.publish(campaign.id(), district, PUBLISHED);
        audit.record(AuditEntry.of("normative.demo.generated", NormativeDocuments.TYPE, GENERATION,
                docs.size() + " documents and their cleanup of " + YEAR).by("system"));
        return docs.size() + 1;
    }

    private static void add(List<CleanupOutcome> list, CleanupOutcome outcome, int n) {
        for (int i = 0; i < n; i++) {
            list.add(outcome);
        }
    }

    private static String reason(CleanupOutcome outcome) {
        return switch (outcome) {
            case CONTINUE -> "符合现行法律法规和政策，继续有效。";
            case AMEND -> "部分条款与上位法修改后的规定不一致，需要修改。";
            case ABOLISH -> "主要内容已被新的规定代替，予以废止。";
            case VOID -> "调整对象已消失或适用期已过，宣布失效。";
        };
    }

    private static String body(String subject, String kind) {
        return "第一条 为规范" + subject + "工作，根据有关法律、法规和上级规定，结合本区实际，制定本" + kind + "。\n"
                + "第二条 本区行政区域内的" + subject + "工作，适用本" + kind + "。\n"
                + "第三条 区人民政府有关部门按照各自职责做好相关工作；乡镇人民政府、街道办事处负责本辖区内的组织实施。\n"
                + "第四条 本" + kind + "自印发之日起三十日后施行，有效期五年。\n"
                + "（演示数据：本文件为系统生成的示例，不是真实文件。）";
    }
}
