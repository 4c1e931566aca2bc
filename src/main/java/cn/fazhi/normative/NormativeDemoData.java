package cn.fazhi.normative;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.scope.ScopeLevel;

/**
 * A generated demo register (when {@code fazhi.demo.enabled}): three dozen documents in the style of a district's
 * normative documents from 2012 on, some amended or replaced, and one published cleanup campaign, all made by the
 * aggregates and stored by the repositories (the kernel ends the older documents). Every row is marked {@code demo} and
 * shown with a "demo data" tag; the titles, numbers and texts are invented, not real documents. Runs once (the
 * {@link DemoGenerations} marker).
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "fazhi.demo.enabled", havingValue = "true")
class NormativeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NormativeDemoData.class);

    /** Issuing unit id (V1), agency code, subject, tag, the measure's key phrases. */
    private record Topic(long unitId, String agency, String subject, String tag, String measure, String duty) {}

    private static final List<Topic> TOPICS = List.of(
            new Topic(3, "咸安政规", "农村集体经济合同管理", "农业农村", "村组合同签订前由村民会议或村民代表会议讨论", "乡镇（街道）农经部门负责合同备案和纠纷调处"),
            new Topic(3, "咸安政规", "城区生活垃圾分类", "城市管理", "生活垃圾按可回收物、有害垃圾、厨余垃圾和其他垃圾分类投放", "住建部门负责分类收运设施建设"),
            new Topic(3, "咸安政办规", "政务服务事项办理", "政务服务", "政务服务事项实行一窗受理、集成服务", "政务服务和大数据管理部门负责事项清单动态调整"),
            new Topic(3, "咸安政办规", "行政执法公示", "行政执法", "行政执法主体、人员、职责、依据和结果依法向社会公示", "司法行政部门负责行政执法监督"),
            new Topic(3, "咸安政规", "征地拆迁补偿安置", "征收补偿", "补偿安置方案公告期不少于三十日，听取被征收人意见", "自然资源部门负责补偿标准的测算和公示"),
            new Topic(5, "咸安市监规", "食品小作坊登记", "市场监管", "食品小作坊实行登记管理，登记证有效期届满前申请延续", "市场监督管理部门负责日常监督检查"),
            new Topic(8, "咸安教规", "义务教育招生入学", "教育", "义务教育学校按划定的学区免试就近招生", "教育部门负责学区划分并向社会公布"),
            new Topic(9, "咸安林规", "森林防火管理", "林业", "森林防火期内禁止野外用火，确需用火的应当经批准", "林业部门负责森林防火宣传和巡护"),
            new Topic(11, "咸安人社规", "就业创业补贴", "人力资源", "符合条件的创业人员可以申请一次性创业补贴", "人力资源和社会保障部门负责补贴申请的受理和审核"),
            new Topic(12, "咸安医保规", "城乡居民医疗保险", "医疗保障", "城乡居民按年度缴纳基本医疗保险费，享受门诊和住院待遇", "医疗保障部门负责待遇审核和基金监管"),
            new Topic(4, "咸安司规", "行政复议和行政应诉", "法治建设", "行政机关负责人依法出庭应诉，行政复议决定应当履行", "司法行政部门负责行政复议案件的受理和办理"),
            new Topic(4, "咸安司规", "人民调解工作", "法治建设", "人民调解委员会调解民间纠纷，不收取任何费用", "司法所负责指导村（社区）人民调解委员会工作"));

    static final String GENERATION = "normative-register";

    private final JdbcClient jdbc;
    private final NormativeDocuments documents;
    private final NormativeDocumentRepository store;
    private final CleanupCampaigns campaigns;
    private final DemoGenerations generations;
    private final AuditTrail audit;
    private final Clock clock;

    NormativeDemoData(JdbcClient jdbc, NormativeDocuments documents, NormativeDocumentRepository store,
            CleanupCampaigns campaigns, DemoGenerations generations, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.store = store;
        this.campaigns = campaigns;
        this.generations = generations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnce(GENERATION, this::create);
    }

    /**
     * Three rounds of documents per topic, each made by the aggregate and stored by the repository a round at a time;
     * a later round amends or replaces the earlier document, which the kernel then ends on the later one's effective
     * date; documents whose validity has run out expire (the daily date step); then one cleanup over the register.
     */
    private int create() {
        List<String> agencies = TOPICS.stream().map(Topic::agency).distinct().toList();
        if (jdbc.sql("SELECT COUNT(*) FROM normative_document WHERE demo = TRUE AND agency_code IN (:a)").param("a", agencies)
                .query(Long.class).single() > 0) {
            return 0; // generated before the generation marker existed
        }
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Integer> sequence = new HashMap<>();
        NormativeDocument[] previous = new NormativeDocument[TOPICS.size()];
        List<Long> ids = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            List<NormativeDocument> docs = new ArrayList<>();
            for (int t = 0; t < TOPICS.size(); t++) {
                Topic topic = TOPICS.get(t);
                int year = Math.min(2012 + (t % 4) + round * 4, today.getYear() - 1);
                LocalDate published = LocalDate.of(year, 1 + (t * 5 + round * 3) % 12, 6 + (t * 7 + round) % 22);
                int seq = sequence.merge(topic.agency() + year, 1, Integer::sum);
                String kind = round == 0 ? "管理办法" : round == 1 ? "实施细则" : "若干措施";
                // Issued as of its own publication: in force; the dates below end it as time went on.
                docs.add(NormativeDocument.issued(topic.unitId(), "421202", new DocumentNumber(topic.agency(), year, seq),
                        "咸安区" + topic.subject() + kind, body(topic, kind), topic.tag(), published, 5, published, now));
            }
            documents.storeGenerated(docs);
            for (int t = 0; t < TOPICS.size(); t++) {
                NormativeDocument doc = docs.get(t);
                ids.add(doc.id());
                NormativeDocument older = previous[t];
                if (older != null) {
                    RelationKind kind = round == 1 ? RelationKind.AMENDS : RelationKind.REPLACES;
                    jdbc.sql("INSERT INTO normative_relation (from_id, to_id, kind) VALUES (:f, :t, :k)")
                            .param("f", doc.id()).param("t", older.id()).param("k", kind.name()).update();
                    NormativeStatus target = kind == RelationKind.AMENDS ? NormativeStatus.AMENDED : NormativeStatus.ABOLISHED;
                    if (doc.effectiveOn().isBefore(older.expiresOn)) {
                        documents.end(older.id(), target, doc.effectiveOn(), kind + " by " + doc.caseNumber());
                    }
                }
                previous[t] = doc;
            }
        }
        documents.applyDates();
        cleanup(today, ids);
        audit.record(AuditEntry.of("normative.demo.created", NormativeDocuments.TYPE, null, ids.size() + " demo documents")
                .by("system"));
        log.info("Demo register of normative documents created: {} documents", ids.size());
        return ids.size();
    }

    /** One published cleanup over the register's documents still in force or expired (its own documents only). */
    private void cleanup(LocalDate today, List<Long> ids) {
        LocalDate published = today.minusMonths(2);
        LocalDate issuedTo = published.minusMonths(1);
        List<NormativeDocument> docs = store.findAll(ids).stream()
                .filter(d -> NormativeStatus.cleanable().contains(d.status()) && !d.publishedOn().isAfter(issuedTo))
                .sorted(java.util.Comparator.comparing(NormativeDocument::publishedOn).thenComparing(NormativeDocument::id))
                .toList();
        if (docs.isEmpty()) {
            return;
        }
        DataScope district = new DataScope(ScopeLevel.DISTRICT, 2, "421202");
        CleanupView campaign = campaigns.create(new CleanupView.Create("区政府2011年以来行政规范性文件清理（演示）",
                LocalDate.of(2011, 1, 1), issuedTo, null), 2, district, docs.stream().map(NormativeDocument::id).toList(), true);
        Map<Long, CleanupView.Review> outcomes = new LinkedHashMap<>();
        int i = 0;
        for (NormativeDocument d : docs) {
            CleanupOutcome outcome = i % 5 == 0 ? CleanupOutcome.AMEND : i % 3 == 0 ? CleanupOutcome.VOID
                    : i % 4 == 1 ? CleanupOutcome.ABOLISH : CleanupOutcome.CONTINUE;
            if (d.status() == NormativeStatus.EXPIRED && outcome != CleanupOutcome.VOID) {
                outcome = CleanupOutcome.VOID;
            }
            outcomes.put(d.id(), new CleanupView.Review(outcome, switch (outcome) {
                case CONTINUE -> "符合现行法律法规，继续执行。";
                case AMEND -> "部分条款与上位法修改后的规定不一致，需要修改。";
                case ABOLISH -> "主要内容已被新的规定代替，予以废止。";
                case VOID -> "调整对象已消失或有效期届满，宣布失效。";
            }));
            i++;
        }
        campaigns.reviewGenerated(campaign.id(), outcomes);
        campaigns.publish(campaign.id(), district, published);
    }

    private static String body(Topic topic, String kind) {
        return "第一条 为进一步规范" + topic.subject() + "工作，保障公民、法人和其他组织的合法权益，根据有关法律、法规和上级规定，"
                + "结合本区实际，制定本" + kind + "。\n"
                + "第二条 本区行政区域内的" + topic.subject() + "及其监督管理，适用本" + kind + "。\n"
                + "第三条 " + topic.measure() + "。\n"
                + "第四条 " + topic.duty() + "；其他有关部门按照各自职责做好相关工作。乡镇人民政府、街道办事处负责本辖区内的组织实施。\n"
                + "第五条 申请人对具体行政行为不服的，可以依法申请行政复议或者提起行政诉讼。\n"
                + "第六条 本" + kind + "自印发之日起三十日后施行，有效期五年。\n"
                + "（演示数据：本文件为系统生成的示例，不是真实文件。）";
    }
}
