package cn.fazhi.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.duties.Roster;
import cn.fazhi.platform.demo.DemoGenerations;

/**
 * 普法 of the generated 2023 demo year (seed §1.4.二, §二 third weakness). Every roster unit of 2023 (78) has a published
 * duty list planning 3–6 activities; {@value #SHORT_COUNT} units (see {@link #SHORT}) held fewer than the minimum (the
 * seed's "有的单位仍然存在'普法是司法局的事'的错误认识"), the justice bureau held ten more than it planned, the others what
 * they planned or one more; activities fall on the seed's dates (3·15, 4·15, 4·26, 6·26, 12·4 宪法宣传周, 民法典宣传月 in
 * May, 扫黑除恶宣传月 in September), with the 12·4 launch (2023-12-04) led by the justice bureau with the court, the
 * procuratorate, the police and the market regulator; participants total {@value #PARTICIPANTS} and materials
 * {@value #MATERIALS}. The review meeting of 2023-03-28/29 heard 53 units' 普法 reports on 2022, each evaluated by five of
 * 19 experts (21 on file). 9 "一把手谈法治" talks. 87 schools, 142 法治副校长 in office in 2023 (appointed 2022-09-01)
 * plus 2 whose term ended 2022-08-31 (the serving officers' terms renewed to 2028-08-31, retirees' not); 5 of them gave only 2 课时 in 2023; {@value #VISITS} 送法进校园 visits reaching
 * {@value #REACH}. 3 national model villages (银泉社区, 双泉社区, 肖桥村) passed the ministry's review on 2023-11-20.
 */
@Component
@Order(57)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class PublicityDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "publicity-2023";
    static final int PARTICIPANTS = 104_860;
    static final int MATERIALS = 102_350;
    static final int VISITS = 183;
    static final int REACH = 83_456;
    static final int VICE_PRINCIPALS = 142;
    static final int SCHOOLS = 87;
    /** Roster positions (0-based, the district's order) of the units doing too little. */
    static final Set<Integer> SHORT = Set.of(14, 23, 33, 44, 49, 58, 71);
    static final int SHORT_COUNT = 7;
    static final Set<Integer> LESSONS_SHORT = Set.of(7, 33, 66, 99, 130);
    static final long JUSTICE = 4;

    private static final String[] KINDS = {"CONSTITUTION_DAY", "CIVIL_CODE_MONTH", "NATIONAL_SECURITY_DAY", "CONSUMER_DAY",
        "ANTI_DRUG_DAY", "IP_DAY", "ANTI_GANG_MONTH", "OTHER"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱",
        "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧"};
    private static final String[] GIVEN = {"建国", "志强", "海燕", "文华", "国平", "晓东", "丽萍", "明辉", "红梅", "立新", "春生",
        "桂芳", "军", "静", "伟", "敏", "涛", "勇"};
    private static final String[] CONTENT = {"宪法、民法典及本系统主管法律法规", "行政处罚法、行政许可法及本领域执法依据",
        "与群众生产生活密切相关的法律法规", "党内法规和干部学法用法制度"};
    private static final String[] AUDIENCE = {"服务对象和社会公众", "行政相对人和企业", "本单位干部职工", "村（社区）群众"};
    private static final String[] FORM = {"集中宣传、以案释法", "进企业、进社区宣讲", "新媒体推送、发放资料", "专题讲座、知识竞赛"};

    private final JdbcClient jdbc;
    private final Roster roster;
    private final Activities activities;
    private final Schools schools;
    private final DemoGenerations generations;
    private final Clock clock;

    PublicityDemoYear2023(JdbcClient jdbc, Roster roster, Activities activities, Schools schools,
            DemoGenerations generations, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.activities = activities;
        this.schools = schools;
        this.generations = generations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnce(GENERATION, this::generate);
    }

    static String person(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length + i * 7) % GIVEN.length];
    }

    int generate() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Roster.Member> units = roster.members(2023);
        int rows = 0;
        // duty lists and activities
        record Spec(long unit, String region, LocalDate day, String kind, String title, String place, int weight,
                int materialWeight, Long item, boolean launch, Set<Long> units) {}
        List<Spec> specs = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Roster.Member m = units.get(i);
            String region = jdbc.sql("SELECT region_code FROM unit WHERE id = :u").param("u", m.unitId()).query(String.class)
                    .single();
            int planned = 3 + i % 4;
            jdbc.sql("INSERT INTO pub_duty_list (unit_id, region_code, list_year, status, submitted_on, published_on, demo, "
                            + "created_at, created_by) VALUES (:u, :r, 2023, 'PUBLISHED', DATE '2023-02-10', DATE '2023-02-24', "
                            + "TRUE, :now, 'demo')")
                    .param("u", m.unitId()).param("r", region).param("now", now).update();
            long list = jdbc.sql("SELECT id FROM pub_duty_list WHERE unit_id = :u AND list_year = 2023")
                    .param("u", m.unitId()).query(Long.class).single();
            long firstItem = 0;
            int[] split = {planned - 1, 1};
            for (int k = 0; k < 2; k++) {
                jdbc.sql("INSERT INTO pub_duty_item (list_id, content, audience, form, timing, planned_count, sort_order) "
                                + "VALUES (:l, :c, :a, :f, :t, :p, :s)")
                        .param("l", list).param("c", CONTENT[(i + k) % CONTENT.length])
                        .param("a", AUDIENCE[(i + k) % AUDIENCE.length]).param("f", FORM[(i + 2 * k) % FORM.length])
                        .param("t", k == 0 ? "全年，重要节点集中开展" : "12月宪法宣传周").param("p", split[k]).param("s", k + 1)
                        .update();
                if (k == 0) {
                    firstItem = jdbc.sql("SELECT MAX(id) FROM pub_duty_item WHERE list_id = :l").param("l", list)
                            .query(Long.class).single();
                }
                rows++;
            }
            int done = SHORT.contains(i) ? (i % 2 == 0 ? 1 : 0) : planned + (i % 3 == 0 ? 1 : 0);
            if (m.unitId() == JUSTICE) {
                done = planned + 10;
            }
            for (int j = 0; j < done; j++) {
                String kind = KINDS[(i + j) % KINDS.length];
                LocalDate day = day(kind, i, j);
                specs.add(new Spec(m.unitId(), region, day, kind, m.shortName() + title(kind), place(i, j),
                        120 + (i * 37 + j * 53) % 200, 150 + (i * 41 + j * 29) % 250, firstItem, false,
                        new LinkedHashSet<>(List.of(m.unitId()))));
            }
        }
        specs.add(new Spec(JUSTICE, "421202", LocalDate.of(2023, 12, 4), "CONSTITUTION_DAY", "2023年“宪法宣传周”启动仪式",
                "咸安区人民广场", 6000, 6000, null, true, new LinkedHashSet<>(List.of(JUSTICE, 89L, 90L, 10L, 5L))));
        long weights = specs.stream().mapToLong(Spec::weight).sum();
        long materialWeights = specs.stream().mapToLong(Spec::materialWeight).sum();
        int[] people = new int[specs.size()];
        int[] materials = new int[specs.size()];
        int sumPeople = 0;
        int sumMaterials = 0;
        for (int s = 0; s < specs.size() - 1; s++) {
            people[s] = (int) ((long) PARTICIPANTS * specs.get(s).weight() / weights);
            materials[s] = (int) ((long) MATERIALS * specs.get(s).materialWeight() / materialWeights);
            sumPeople += people[s];
            sumMaterials += materials[s];
        }
        people[specs.size() - 1] = PARTICIPANTS - sumPeople;
        materials[specs.size() - 1] = MATERIALS - sumMaterials;
        for (int s = 0; s < specs.size(); s++) {
            Spec x = specs.get(s);
            activities.insert(x.unit(), x.region(), x.day(), x.kind(), x.title(), x.place(), people[s], materials[s],
                    x.item(), x.launch(), true, "demo", x.units());
            rows++;
        }
        rows += reviews(units, now);
        rows += talks(now);
        rows += schools(now);
        rows += villages();
        return rows;
    }

    private static LocalDate day(String kind, int i, int j) {
        return switch (kind) {
            case "CONSUMER_DAY" -> LocalDate.of(2023, 3, 15);
            case "NATIONAL_SECURITY_DAY" -> LocalDate.of(2023, 4, 15);
            case "IP_DAY" -> LocalDate.of(2023, 4, 26);
            case "ANTI_DRUG_DAY" -> LocalDate.of(2023, 6, 26);
            case "CONSTITUTION_DAY" -> LocalDate.of(2023, 12, 1 + (i + j) % 7);
            case "CIVIL_CODE_MONTH" -> LocalDate.of(2023, 5, 1 + (i + j) % 28);
            case "ANTI_GANG_MONTH" -> LocalDate.of(2023, 9, 1 + (i + j) % 28);
            default -> LocalDate.of(2023, 1 + (i + j) % 11, 10 + j % 15);
        };
    }

    private static String title(String kind) {
        return switch (kind) {
            case "CONSUMER_DAY" -> "“3·15”消费者权益保护法宣传";
            case "NATIONAL_SECURITY_DAY" -> "“4·15”全民国家安全教育日宣传";
            case "IP_DAY" -> "“4·26”世界知识产权日宣传";
            case "ANTI_DRUG_DAY" -> "“6·26”国际禁毒日宣传";
            case "CONSTITUTION_DAY" -> "“12·4”国家宪法宣传周活动";
            case "CIVIL_CODE_MONTH" -> "民法典宣传月进社区";
            case "ANTI_GANG_MONTH" -> "扫黑除恶宣传月集中宣传";
            default -> "“谁执法谁普法”主题宣传";
        };
    }

    private static String place(int i, int j) {
        String[] places = {"温泉街道淦河广场", "浮山街道银泉社区", "永安街道双泉社区", "官埠桥镇肖桥村", "向阳湖镇文化广场",
            "横沟桥镇集镇", "贺胜桥镇政务服务中心", "市民之家"};
        return places[(i + j) % places.length];
    }

    private int reviews(List<Roster.Member> units, OffsetDateTime now) {
        String[] kinds = {"NPC_DEPUTY", "NPC_DEPUTY", "NPC_DEPUTY", "NPC_DEPUTY", "NPC_DEPUTY", "PARTY_DEPUTY", "PARTY_DEPUTY",
            "PARTY_DEPUTY", "CPPCC_MEMBER", "CPPCC_MEMBER", "CPPCC_MEMBER", "CPPCC_MEMBER", "CPPCC_MEMBER", "EXPERT", "EXPERT",
            "EXPERT", "LAWYER", "LAWYER", "LAWYER", "EXPERT", "LAWYER"};
        String[] titles = {"区人大代表", "区人大代表", "区人大代表", "区人大代表", "区人大代表", "区党代表", "区党代表", "区党代表",
            "区政协委员", "区政协委员", "区政协委员", "区政协委员", "区政协委员", "湖北科技学院法学教师", "区法学会研究员",
            "区法律顾问团成员", "律师", "律师", "律师", "区法学会研究员", "律师"};
        List<Long> experts = new ArrayList<>();
        for (int x = 0; x < kinds.length; x++) {
            jdbc.sql("INSERT INTO pub_expert (name, kind, title, demo) VALUES (:n, :k, :t, TRUE)").param("n", person(400 + x * 3))
                    .param("k", kinds[x]).param("t", titles[x]).update();
            experts.add(jdbc.sql("SELECT MAX(id) FROM pub_expert").query(Long.class).single());
        }
        int rows = kinds.length;
        int reported = 0;
        for (Roster.Member m : units) {
            if (m.category() != Roster.Category.DEPARTMENT || reported == 53) {
                continue;
            }
            LocalDate day = reported < 27 ? LocalDate.of(2023, 3, 28) : LocalDate.of(2023, 3, 29);
            jdbc.sql("INSERT INTO pub_duty_report (unit_id, region_code, work_year, reported_on, summary, demo, created_at, "
                            + "created_by) VALUES (:u, '421202', 2022, :d, :s, TRUE, :now, 'demo')")
                    .param("u", m.unitId()).param("d", day)
                    .param("s", m.shortName() + "2022年度“谁执法谁普法”履职报告：落实普法责任清单，开展重要节点普法宣传")
                    .param("now", now).update();
            long report = jdbc.sql("SELECT id FROM pub_duty_report WHERE unit_id = :u AND work_year = 2022")
                    .param("u", m.unitId()).query(Long.class).single();
            for (int k = 0; k < 5; k++) {
                int x = (reported * 5 + k) % 19;
                jdbc.sql("INSERT INTO pub_evaluation (report_id, expert_id, score, comment, evaluated_on) "
                                + "VALUES (:r, :x, :s, :c, :d)")
                        .param("r", report).param("x", experts.get(x)).param("s", 75 + (reported * 7 + k * 3) % 24)
                        .param("c", k % 2 == 0 ? "普法责任清单落实较好，建议加强以案释法" : "部门普法形式可更生动，覆盖面需扩大")
                        .param("d", day).update();
                rows++;
            }
            reported++;
            rows++;
        }
        return rows;
    }

    private int talks(OffsetDateTime now) {
        long[] unitIds = {5, 6, 10, 7, 55, 57, 60, 50, 11};
        String[] topics = {"守护“舌尖上的安全”", "依法治理城市建设", "严格规范公正文明执法", "依法护农惠农", "健康咸安法治先行",
            "安全生产依法监管", "城市管理文明执法", "依法守护绿水青山", "依法保障劳动者权益"};
        for (int t = 0; t < unitIds.length; t++) {
            jdbc.sql("INSERT INTO pub_head_talk (unit_id, region_code, head_post, head_name, held_on, topic, medium, demo, "
                            + "created_at, created_by) VALUES (:u, '421202', :p, :n, :d, :t, :m, TRUE, :now, 'demo')")
                    .param("u", unitIds[t]).param("p", t == 2 ? "分局长" : "党组书记、局长").param("n", person(300 + t * 5))
                    .param("d", LocalDate.of(2023, 3 + t, 18)).param("t", topics[t])
                    .param("m", "《“一把手”谈法治》访谈节目（“咸安司法”抖音号、“云上咸安”）").param("now", now).update();
        }
        return unitIds.length;
    }

    private int schools(OffsetDateTime now) {
        List<String[]> townships = jdbc.sql("SELECT code, name FROM region WHERE level = 'TOWNSHIP' ORDER BY sort_order")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        String[][] kinds = {{"中心小学", "PRIMARY"}, {"第二小学", "PRIMARY"}, {"初级中学", "JUNIOR"}, {"第三小学", "PRIMARY"},
            {"第四小学", "PRIMARY"}, {"九年一贯制学校", "NINE_YEAR"}};
        List<String[]> list = new ArrayList<>();
        for (String[] t : townships) {
            String prefix = t[1].replace("街道", "").replace("镇", "").replace("乡", "");
            for (String[] k : kinds) {
                list.add(new String[] {prefix + k[0], t[0], k[1]});
            }
        }
        String[][] district = {{"咸安区实验小学", "421202001", "PRIMARY"}, {"咸安区实验中学", "421202001", "JUNIOR"},
            {"咸安区高级中学", "421202002", "SENIOR"}, {"咸安区第二高级中学", "421202003", "SENIOR"},
            {"咸安区职业教育中心", "421202002", "VOCATIONAL"}, {"咸安区特殊教育学校", "421202001", "SPECIAL"},
            {"咸安区外国语学校", "421202003", "NINE_YEAR"}, {"咸安区东城小学", "421202002", "PRIMARY"},
            {"咸安区西河中学", "421202003", "JUNIOR"}};
        for (String[] d : district) {
            list.add(d);
        }
        List<Long> ids = new ArrayList<>();
        for (String[] s : list.subList(0, SCHOOLS)) {
            jdbc.sql("INSERT INTO pub_school (name, unit_id, region_code, level, demo) VALUES (:n, 8, :r, :l, TRUE)")
                    .param("n", s[0]).param("r", s[1]).param("l", s[2]).update();
            ids.add(jdbc.sql("SELECT id FROM pub_school WHERE name = :n").param("n", s[0]).query(Long.class).single());
        }
        String[] bodies = {"POLICE", "POLICE", "JUSTICE", "COURT", "PROCURATORATE"};
        String[] posts = {"派出所副所长", "派出所民警", "司法所所长", "人民法院法官", "人民检察院检察官"};
        List<Long> vps = new ArrayList<>();
        List<Long> firstSchool = new ArrayList<>();
        for (int j = 0; j < VICE_PRINCIPALS; j++) {
            String body = bodies[j % bodies.length];
            Set<Long> served = new LinkedHashSet<>();
            served.add(ids.get(j % SCHOOLS));
            if (j < 10) {
                served.add(ids.get((j + 60) % SCHOOLS));
            }
            boolean retired = j % 30 == 29;
            vps.add(schools.insert(person(j), body, Schools.SENDING_UNITS.get(body), retired ? "退休干部" : posts[j % posts.length],
                    retired, retired ? 62 : null, 0, LocalDate.of(2022, 9, 1), true, "demo", served));
            firstSchool.add(ids.get(j % SCHOOLS));
        }
        int rows = SCHOOLS + VICE_PRINCIPALS;
        // 续聘: the serving officers' terms were renewed from 2025-09-01 (retirees serve one term only).
        jdbc.sql("UPDATE pub_vice_principal SET term_end = DATE '2028-08-31' WHERE demo AND NOT retired "
                + "AND appointed_on = DATE '2022-09-01'").update();
        for (int j = 0; j < 2; j++) {
            long old = schools.insert(person(200 + j), "POLICE", 10L, "派出所民警", false, null, 0, LocalDate.of(2019, 9, 1),
                    true, "demo", Set.of(ids.get(j)));
            jdbc.sql("UPDATE pub_vice_principal SET term_end = DATE '2022-08-31' WHERE id = :id").param("id", old).update();
            rows++;
        }
        for (int j = 0; j < vps.size(); j++) {
            int lessons = LESSONS_SHORT.contains(j) ? 1 : 2;
            for (int k = 0; k < lessons; k++) {
                jdbc.sql("INSERT INTO pub_lesson (vice_principal_id, school_id, held_on, topic, periods, demo) "
                                + "VALUES (:v, :s, :d, :t, 2, TRUE)")
                        .param("v", vps.get(j)).param("s", firstSchool.get(j))
                        .param("d", k == 0 ? LocalDate.of(2023, 3, 6 + j % 20) : LocalDate.of(2023, 10, 9 + j % 20))
                        .param("t", k == 0 ? "预防校园欺凌与未成年人保护" : "宪法与青少年法治教育").update();
                rows++;
            }
        }
        int[] months = {3, 4, 5, 6, 9, 10, 11, 12};
        long weight = 0;
        int[] weights = new int[VISITS];
        for (int k = 0; k < VISITS; k++) {
            weights[k] = 300 + (k * 67) % 300;
            weight += weights[k];
        }
        int sum = 0;
        for (int k = 0; k < VISITS; k++) {
            int vp = k % VICE_PRINCIPALS;
            int reach = k == VISITS - 1 ? REACH - sum : (int) ((long) REACH * weights[k] / weight);
            sum += reach;
            long school = firstSchool.get(vp);
            String region = jdbc.sql("SELECT region_code FROM pub_school WHERE id = :s").param("s", school)
                    .query(String.class).single();
            String body = bodies[vp % bodies.length];
            jdbc.sql("INSERT INTO pub_school_visit (school_id, vice_principal_id, unit_id, region_code, held_on, topic, reach, "
                            + "demo, created_at, created_by) VALUES (:s, :v, :u, :r, :d, :t, :n, TRUE, :now, 'demo')")
                    .param("s", school).param("v", vps.get(vp)).param("u", Schools.SENDING_UNITS.get(body)).param("r", region)
                    .param("d", LocalDate.of(2023, months[k % months.length], 1 + (k * 5) % 27))
                    .param("t", k % 3 == 0 ? "送法进校园：防范电信网络诈骗" : k % 3 == 1 ? "送法进校园：预防未成年人犯罪" : "送法进校园：宪法知识课堂")
                    .param("n", reach).param("now", now).update();
            rows++;
        }
        return rows;
    }

    private int villages() {
        Object[][] villages = {{"银泉社区", "421202001", "NATIONAL", 2014}, {"双泉社区", "421202003", "NATIONAL", 2017},
            {"肖桥村", "421202102", "NATIONAL", 2019}, {"刘家桥村", "421202100", "PROVINCIAL", 2018},
            {"杨堡村", "421202105", "PROVINCIAL", 2020}, {"张公村", "421202101", "PROVINCIAL", 2021},
            {"大屋村", "421202104", "MUNICIPAL", 2021}, {"马桥村", "421202106", "MUNICIPAL", 2022},
            {"柏墩村", "421202107", "MUNICIPAL", 2022}};
        int rows = 0;
        for (Object[] v : villages) {
            long unit = jdbc.sql("SELECT MIN(id) FROM unit WHERE type = 'TOWNSHIP_GOVERNMENT' AND region_code = :r")
                    .param("r", v[1]).query(Long.class).single();
            jdbc.sql("INSERT INTO pub_model_village (name, unit_id, region_code, level, named_year, demo) "
                            + "VALUES (:n, :u, :r, :l, :y, TRUE)")
                    .param("n", v[0]).param("u", unit).param("r", v[1]).param("l", v[2]).param("y", v[3]).update();
            long id = jdbc.sql("SELECT id FROM pub_model_village WHERE name = :n").param("n", v[0]).query(Long.class).single();
            String reviewer = "NATIONAL".equals(v[2]) ? "MINISTRY" : "PROVINCIAL".equals(v[2]) ? "PROVINCE" : "CITY";
            jdbc.sql("INSERT INTO pub_village_review (village_id, reviewed_on, reviewer, result, demo) "
                            + "VALUES (:v, :d, :w, 'PASSED', TRUE)")
                    .param("v", id).param("d", "NATIONAL".equals(v[2]) ? LocalDate.of(2023, 11, 20) : LocalDate.of(2023, 6, 30))
                    .param("w", reviewer).update();
            rows += 2;
        }
        return rows;
    }
}
