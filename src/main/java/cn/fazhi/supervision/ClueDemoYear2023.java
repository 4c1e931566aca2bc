package cn.fazhi.supervision;

import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.platform.demo.DemoGenerations;

/**
 * The enforcement supervision of the generated 2023 demo year, reproducing the seed (§1.1.三): "12 监督建议书 and 2
 * 监督通知书 issued and 2 problem clues transferred to the discipline organs" — {@code supervision.letters.suggestion}
 * = 12, {@code supervision.letters.notice} = 2, {@code supervision.clues.transferred} = 2 for 2023, each the count of
 * its records. Behind them 19 clues received in 2023 (complaints, hotline tickets, the office's own findings): 12
 * answered by a 监督建议书 (replied and accepted), 2 by a 监督通知书 (replied and accepted), 2 transferred to the
 * 区纪委监委 after verification, 3 closed without finding. Instruments get their numbers, deadlines (the settings of
 * their kind) and documents like live ones; no rectification problems are raised (the rectification figures belong to
 * their own demo). One audit record names the generation.
 */
@Component
@Order(41)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class ClueDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "supervision-letters-2023";
    static final int SUGGESTIONS = 12;
    static final int NOTICES = 2;
    static final int TRANSFERRED = 2;
    static final String ISSUER = "咸安区司法局";

    private static final long[] UNITS = {5, 6, 7, 9, 11, 12, 17, 19, 5, 6, 21, 23};
    private static final String[] SUGGESTION_TOPICS = {
        "行政处罚决定书未载明自由裁量基准适用情况", "行政检查未出示执法证件、未制作现场检查笔录",
        "农药经营许可现场核查记录不完整", "林木采伐行政处罚案卷证据材料未按规定编目归档",
        "劳动保障监察责令改正指令书送达程序不规范", "医保基金行政处罚未履行重大执法决定法制审核",
        "街道综合执法队行政检查频次过高、重复检查", "街道行政强制（暂扣）未当场交付清单",
        "食品经营行政处罚未在法定期限内公示", "建筑市场执法未落实执法全过程记录",
        "街道城市管理执法未告知当事人陈述申辩权利", "街道执法人员持证情况未在公示栏更新"};
    private static final ClueSource[] SOURCES = {ClueSource.COMPLAINT, ClueSource.HOTLINE, ClueSource.OTHER};

    private final Clues clues;
    private final ClueRepository store;
    private final ClueDesk desk;
    private final LetterProperties settings;
    private final LegalCalendar calendar;
    private final DemoGenerations generations;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    ClueDemoYear2023(Clues clues, ClueRepository store, ClueDesk desk, LetterProperties settings, LegalCalendar calendar,
            DemoGenerations generations, AuditTrail audit, JdbcClient jdbc) {
        this.clues = clues;
        this.store = store;
        this.desk = desk;
        this.settings = settings;
        this.calendar = calendar;
        this.generations = generations;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    int generate() {
        int rows = 0;
        for (int i = 0; i < SUGGESTIONS; i++) {
            LocalDate received = LocalDate.of(2023, 1 + i, 3 + (i * 5) % 20);
            Clue c = open(SOURCES[i % SOURCES.length], UNITS[i], "反映" + SUGGESTION_TOPICS[i] + "。", received);
            answered(c, LetterKind.SUGGESTION, received.plusDays(9), "经核查，" + SUGGESTION_TOPICS[i] + "。",
                    "建议立即对照有关规定整改，完善执法程序和案卷管理，并将整改情况书面报送。");
            rows += 2;
        }
        String[][] notices = {{"5", "2023-04-17", "群众投诉区市场监管局对同一商户一个月内重复检查三次"},
            {"6", "2023-08-21", "12345热线反映区住建局对违法建设投诉长期未立案查处"}};
        for (String[] n : notices) {
            LocalDate received = LocalDate.parse(n[1]);
            Clue c = open(n[0].equals("5") ? ClueSource.COMPLAINT : ClueSource.HOTLINE, Long.parseLong(n[0]), n[2] + "。",
                    received);
            answered(c, LetterKind.NOTICE, received.plusDays(6), "经初步核查，" + n[2] + "，可能存在不履行或者不正确履行执法职责的情形。",
                    "请于期限内提供有关执法案卷材料并作出书面说明。");
            rows += 2;
        }
        String[][] transfers = {{"7", "2023-06-05", "反映执法人员在农资市场检查中索要财物", "咸安纪移〔2023〕3号"},
            {"19", "2023-10-16", "反映街道执法人员违规减免罚款、收受好处", "咸安纪移〔2023〕7号"}};
        for (String[] t : transfers) {
            LocalDate received = LocalDate.parse(t[1]);
            Clue c = open(ClueSource.COMPLAINT, Long.parseLong(t[0]), t[2] + "。", received);
            c.verify(received.plusDays(2));
            c.recordFindings("经核查，" + t[2] + "的问题线索具体、可查，涉嫌违纪违法，应移送纪检监察机关。");
            c.transfer("中共咸宁市咸安区纪律检查委员会、咸宁市咸安区监察委员会", received.plusDays(15), t[3],
                    t[2] + "，相关材料一并移送。");
            store.update(c);
            rows++;
        }
        String[][] dismissed = {{"9", "2023-03-09", "反映区林业局对盗伐林木案件处罚过轻"},
            {"11", "2023-07-12", "反映劳动保障监察大队未受理工资投诉"},
            {"25", "2023-11-20", "反映街道对占道经营执法时未出示证件"}};
        for (String[] d : dismissed) {
            LocalDate received = LocalDate.parse(d[1]);
            Clue c = open(ClueSource.HOTLINE, Long.parseLong(d[0]), d[2] + "。", received);
            c.verify(received.plusDays(3));
            c.recordFindings("经调阅案卷、询问当事人，反映的问题不属实。");
            c.dismiss(received.plusDays(12), "反映的问题经核查不属实，予以了结。");
            store.update(c);
            rows++;
        }
        audit.record(AuditEntry.of("supervision.clue.demoGenerated", Clues.CASE_TYPE, 0L,
                GENERATION + ": " + rows + " rows"));
        return rows;
    }

    private Clue open(ClueSource source, long unitId, String summary, LocalDate received) {
        ClueView v = clues.open(new OpenClue(source, null, null, null, null, unitId, summary, received));
        return store.find(v.id()).orElseThrow();
    }

    /** Verified, issued, replied within the period and accepted. */
    private void answered(Clue c, LetterKind kind, LocalDate issuedOn, String findings, String request) {
        c.verify(issuedOn.minusDays(3));
        c.recordFindings(findings);
        c.issue(issuedOn);
        var issued = desk.insertLetter(c, kind, findings + "\n" + request, issuedOn, ISSUER);
        LocalDate replied = issuedOn.plusDays(Math.min(8, LetterRules.due(issuedOn, kind, settings, calendar)
                .toEpochDay() - issuedOn.toEpochDay()));
        c.reply();
        jdbc.sql("UPDATE supervision_letter SET reply = :r, replied_on = :on, replied_by = 'system', accepted_on = :acc "
                        + "WHERE id = :id")
                .param("r", "已按要求逐项核查整改，完善了有关制度，现将整改情况报告如下：问题已整改到位。")
                .param("on", replied).param("acc", replied.plusDays(3)).param("id", issued.letterId()).update();
        c.accept(replied.plusDays(3));
        store.update(c);
    }
}
