package cn.fazhi.normative;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.search.SearchChanges;

/**
 * A generated demo register (when {@code fazhi.demo.enabled}): three dozen documents in the style of a district's
 * normative documents from 2012 on, some amended or replaced, and one published cleanup campaign. Every row is marked
 * {@code demo} and shown with a "demo data" tag; the titles, numbers and texts are invented, not real documents.
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

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SearchChanges searchChanges;
    private final AuditTrail audit;
    private final Clock clock;

    NormativeDemoData(JdbcClient jdbc, TransactionTemplate tx, SearchChanges searchChanges, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.searchChanges = searchChanges;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            tx.executeWithoutResult(status -> {
                if (jdbc.sql("SELECT COUNT(*) FROM normative_document WHERE demo = TRUE").query(Long.class).single() > 0) {
                    return;
                }
                create();
            });
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            log.debug("Demo register created by another node");
        }
    }

    private void create() {
        LocalDate today = LocalDate.now(clock);
        int[] sequence = new int[3000];
        long[] first = new long[TOPICS.size()];
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (int t = 0; t < TOPICS.size(); t++) {
                Topic topic = TOPICS.get(t);
                int year = 2012 + (t % 4) + round * 4;
                if (year > today.getYear() - 1) {
                    year = today.getYear() - 1;
                }
                LocalDate published = LocalDate.of(year, 1 + (t * 5 + round * 3) % 12, 1 + (t * 7 + round) % 27);
                int seq = ++sequence[year];
                String number = topic.agency() + "〔" + year + "〕" + seq + "号";
                String kind = round == 0 ? "管理办法" : round == 1 ? "实施细则" : "若干措施";
                String title = "咸安区" + topic.subject() + kind;
                LocalDate effective = published.plusDays(30);
                LocalDate expires = effective.plusYears(5).minusDays(1);
                long id = insert(topic, number, year, seq, title, body(topic, kind), published, effective, expires);
                if (round > 0 && first[t] != 0) {
                    jdbc.sql("INSERT INTO normative_relation (from_id, to_id, kind) VALUES (:f, :t, :k)")
                            .param("f", id).param("t", first[t]).param("k", round == 1 ? "AMENDS" : "REPLACES").update();
                    jdbc.sql("UPDATE normative_document SET status = :s, in_force_until = :u WHERE id = :id AND status = 'IN_FORCE'")
                            .param("s", round == 1 ? "AMENDED" : "ABOLISHED").param("u", effective).param("id", first[t]).update();
                    searchChanges.changed(NormativeDocuments.TYPE, first[t]);
                }
                first[t] = id;
                n++;
            }
        }
        for (var row : jdbc.sql("SELECT id, expires_on FROM normative_document WHERE demo = TRUE AND status = 'IN_FORCE' "
                + "AND expires_on < :today").param("today", today).query().listOfRows()) {
            LocalDate until = jdbc.sql("SELECT expires_on FROM normative_document WHERE id = :id").param("id", row.get("id"))
                    .query(LocalDate.class).single().plusDays(1);
            jdbc.sql("UPDATE normative_document SET status = 'EXPIRED', in_force_until = :u WHERE id = :id")
                    .param("u", until).param("id", row.get("id")).update();
        }
        cleanup(today);
        audit.record(AuditEntry.of("normative.demo.created", NormativeDocuments.TYPE, null, n + " demo documents").by("system"));
        log.info("Demo register of normative documents created: {} documents", n);
    }

    private long insert(Topic topic, String number, int year, int seq, String title, String body, LocalDate published,
            LocalDate effective, LocalDate expires) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO normative_document (unit_id, region_code, agency_code, doc_year, doc_seq, doc_number, title, body, "
                        + "subject_tags, status, comment_from, comment_to, review_by, reviewer, review_result, review_findings, "
                        + "reviewed_on, decision_meeting, decided_on, signed_on, published_on, effective_on, validity_years, "
                        + "expires_on, filed_with, filed_on, demo, created_at, created_by) VALUES (:u, '421202', :a, :y, :s, :n, "
                        + ":t, :b, :tag, 'IN_FORCE', :cf, :ct, 'JUSTICE_BUREAU', '区司法局', 'PASSED', :f, :ro, :m, :do, :so, :p, "
                        + ":e, 5, :x, '咸宁市人民政府', :fo, TRUE, :at, 'system')")
                .param("u", topic.unitId()).param("a", topic.agency()).param("y", year).param("s", seq).param("n", number)
                .param("t", title).param("b", body).param("tag", topic.tag()).param("cf", published.minusDays(70))
                .param("ct", published.minusDays(40)).param("f", "经审核，未发现违法设定行政许可、行政处罚、行政强制等内容，同意提交审议。")
                .param("ro", published.minusDays(30)).param("m", "区人民政府常务会议").param("do", published.minusDays(15))
                .param("so", published.minusDays(5)).param("p", published).param("e", effective).param("x", expires)
                .param("fo", published.plusDays(20)).param("at", OffsetDateTime.now(clock)).update(keys, "id");
        long id = keys.getKey().longValue();
        searchChanges.changed(NormativeDocuments.TYPE, id);
        return id;
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

    private void cleanup(LocalDate today) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        LocalDate published = today.minusMonths(2);
        jdbc.sql("INSERT INTO normative_cleanup (title, issued_from, issued_to, issuer_unit_id, unit_id, region_code, status, "
                        + "published_on, demo, created_at, created_by) VALUES ('区政府2011年以来行政规范性文件清理（演示）', "
                        + "'2011-01-01', :to, NULL, 2, '421202', 'PUBLISHED', :p, TRUE, :at, 'system')")
                .param("to", published.minusMonths(1)).param("p", published).param("at", OffsetDateTime.now(clock))
                .update(keys, "id");
        long cleanupId = keys.getKey().longValue();
        List<Long> ids = jdbc.sql("SELECT id FROM normative_document WHERE demo = TRUE AND status IN ('IN_FORCE', 'EXPIRED') "
                + "AND published_on <= :to ORDER BY published_on, id").param("to", published.minusMonths(1)).query(Long.class).list();
        int i = 0;
        for (Long id : ids) {
            CleanupOutcome outcome = i % 5 == 0 ? CleanupOutcome.AMEND : i % 3 == 0 ? CleanupOutcome.VOID
                    : i % 4 == 1 ? CleanupOutcome.ABOLISH : CleanupOutcome.CONTINUE;
            String status = jdbc.sql("SELECT status FROM normative_document WHERE id = :id").param("id", id).query(String.class).single();
            if ("EXPIRED".equals(status) && outcome != CleanupOutcome.VOID) {
                outcome = CleanupOutcome.VOID;
            }
            String reason = switch (outcome) {
                case CONTINUE -> "符合现行法律法规，继续执行。";
                case AMEND -> "部分条款与上位法修改后的规定不一致，需要修改。";
                case ABOLISH -> "主要内容已被新的规定代替，予以废止。";
                case VOID -> "调整对象已消失或有效期届满，宣布失效。";
            };
            jdbc.sql("INSERT INTO normative_cleanup_item (cleanup_id, document_id, outcome, reason, reviewed_by, reviewed_at) "
                            + "VALUES (:c, :d, :o, :r, 'system', :at)")
                    .param("c", cleanupId).param("d", id).param("o", outcome.name()).param("r", reason)
                    .param("at", OffsetDateTime.now(clock)).update();
            switch (outcome) {
                case ABOLISH, VOID -> jdbc.sql("UPDATE normative_document SET status = :s, in_force_until = COALESCE(in_force_until, :u) "
                                + "WHERE id = :id").param("s", outcome == CleanupOutcome.ABOLISH ? "ABOLISHED" : "VOID")
                        .param("u", published).param("id", id).update();
                case AMEND -> jdbc.sql("UPDATE normative_document SET amendment_due = TRUE WHERE id = :id").param("id", id).update();
                case CONTINUE -> { }
            }
            searchChanges.changed(NormativeDocuments.TYPE, id);
            i++;
        }
    }
}
