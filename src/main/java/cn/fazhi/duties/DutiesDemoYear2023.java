package cn.fazhi.duties;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.platform.demo.DemoGenerations;

/**
 * 述法 and the duty lists of the 2023 demo year (seed §1.1.三, §三): the 书面述法 plan of 2023 on 2022's work over the 78
 * roster units (deadline 2023-02-28, meeting 2023-03-10): every unit submitted between 2023-02-01 and 2023-02-28 except
 * units i % 26 == 25 (three, submitted 2023-03-02: late, still counted), all evaluated (好 for i % 4 == 0, 较好 for
 * i % 4 == 1 or 2, 一般 for i % 4 == 3), the units i = 0, 13 and 52 chosen to speak (典型发言); the 依法行政书面述职 plan at
 * the government's first plenary (2023-01-31, deadline 2023-01-20) over the first 53 roster units, all submitted. The
 * duty lists of 2023 (issued 2023-02-15): 区委书记, 区长 and the head of each of the 78 units — 80 lists of the
 * template's seven items; evidence for every item except the 督办 item of the unit heads i % 8 == 7 (nine items).
 * So for 2023: shufa.units 78, shufa.speakers 3, shufa.plenary_reports 53, duties.lists 80,
 * duties.items.evidenced_rate 551/560 = 98.4.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class DutiesDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "duties-2023";
    static final int PLENARY_UNITS = 53;
    static final List<Integer> SPEAKERS = List.of(0, 13, 52);
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡",
        "朱", "高", "林", "何", "郭", "马", "罗"};
    private static final String[] GIVEN = {"建国", "志强", "海燕", "红梅", "卫东", "文华", "晓明", "丽君", "国庆", "春生",
        "德明", "秀英", "振华", "玉兰", "永刚", "静", "伟", "敏", "军", "磊", "涛"};
    private static final String[] DONE = {"主持召开党组（党委）会议专题研究部署年度法治建设工作", "将法治建设纳入年度工作要点和绩效考评",
        "听取本单位法治建设工作专题汇报", "协调解决行政执法案卷评查发现的问题", "督办法治督察反馈问题整改",
        "参加会前学法并作法治专题讲座", "向区委依法治区委员会书面述法"};

    private final JdbcClient jdbc;
    private final Shufa shufa;
    private final DutyLists lists;
    private final Roster roster;
    private final DemoGenerations generations;

    DutiesDemoYear2023(JdbcClient jdbc, Shufa shufa, DutyLists lists, Roster roster, DemoGenerations generations) {
        this.jdbc = jdbc;
        this.shufa = shufa;
        this.lists = lists;
        this.roster = roster;
        this.generations = generations;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnce(GENERATION, this::generate);
    }

    static String name(int i) {
        return SURNAMES[(i * 7) % SURNAMES.length] + GIVEN[(i * 11 + 3) % GIVEN.length];
    }

    static String grade(int i) {
        return switch (i % 4) {
            case 0 -> "GOOD";
            case 3 -> "FAIR";
            default -> "FAIRLY_GOOD";
        };
    }

    int generate() {
        List<Roster.Member> units = roster.members(2023);
        int rows = 0;
        long written = shufa.insertPlan(2023, Shufa.Kind.WRITTEN, 2022, "2023年度领导干部专项述法（2022年度法治建设工作书面述职）",
                LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 10), true, "demo");
        for (int i = 0; i < units.size(); i++) {
            Roster.Member u = units.get(i);
            long id = shufa.insertReport(written, u.unitId(), true);
            LocalDate on = i % 26 == 25 ? LocalDate.of(2023, 3, 2) : LocalDate.of(2023, 2, 1 + i % 28);
            jdbc.sql("UPDATE shufa_report SET body = :b, submitted_on = :on, submitted_by = 'demo', grade = :g, "
                            + "comments = :c, evaluated_on = DATE '2023-03-08', evaluated_by = 'demo', speaker = :s WHERE id = :id")
                    .param("b", u.name() + "2022年度法治建设工作书面述职报告：一、履行推进法治建设第一责任人职责情况；二、"
                            + "依法行政和严格规范公正文明执法情况；三、存在的问题和下一步打算。")
                    .param("on", on).param("g", grade(i)).param("c", "述法内容完整，对照清单逐项报告。")
                    .param("s", SPEAKERS.contains(i)).param("id", id).update();
            rows++;
        }
        long plenary = shufa.insertPlan(2023, Shufa.Kind.PLENARY, 2022, "区政府2023年第一次全体会议依法行政书面述职",
                LocalDate.of(2023, 1, 20), LocalDate.of(2023, 1, 31), true, "demo");
        for (int i = 0; i < PLENARY_UNITS && i < units.size(); i++) {
            Roster.Member u = units.get(i);
            long id = shufa.insertReport(plenary, u.unitId(), true);
            jdbc.sql("UPDATE shufa_report SET body = :b, submitted_on = :on, submitted_by = 'demo' WHERE id = :id")
                    .param("b", u.name() + "2022年度依法行政工作书面述职。").param("on", LocalDate.of(2023, 1, 5 + i % 15))
                    .param("id", id).update();
            rows++;
        }
        LocalDate issued = LocalDate.of(2023, 2, 15);
        rows += list(DutyLists.PARTY_COMMITTEE, DutyLists.Role.SECRETARY, "区委书记", name(100), issued, -1);
        rows += list(DutyLists.GOVERNMENT, DutyLists.Role.MAYOR, "区长", name(101), issued, -1);
        for (int i = 0; i < units.size(); i++) {
            Roster.Member u = units.get(i);
            rows += list(u.unitId(), DutyLists.Role.UNIT_HEAD, u.shortName() + "主要负责人", name(i), issued, i);
        }
        return rows;
    }

    private int list(long unitId, DutyLists.Role role, String post, String name, LocalDate issued, int i) {
        long id = lists.insertList(new DutyLists.NewList(2023, unitId, role, post, name, issued), true, "demo");
        jdbc.sql("UPDATE duty_list SET demo = TRUE WHERE id = :id").param("id", id).update();
        List<Long> items = jdbc.sql("SELECT id FROM duty_item WHERE list_id = :l ORDER BY sort_order, id").param("l", id)
                .query(Long.class).list();
        for (int k = 0; k < items.size(); k++) {
            String kind = jdbc.sql("SELECT kind FROM duty_item WHERE id = :i").param("i", items.get(k)).query(String.class)
                    .single();
            if (i % 8 == 7 && "SUPERVISE".equals(kind)) {
                continue;
            }
            LocalDate on = LocalDate.of(2023, 3 + k, 10 + Math.max(i, 0) % 15);
            lists.insertEvidence(items.get(k), on, DONE[k % DONE.length], "demo");
            jdbc.sql("UPDATE duty_item SET completed_on = :d WHERE id = :i").param("d", on).param("i", items.get(k)).update();
        }
        return 1;
    }
}
