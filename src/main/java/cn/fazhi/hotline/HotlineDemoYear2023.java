package cn.fazhi.hotline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
import cn.fazhi.cases.CaseParties;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.demo.DemoPeople;
import cn.fazhi.responsibilities.PowerView;
import cn.fazhi.responsibilities.Responsibilities;

/**
 * The 12345 hotline of the generated 2023 demo year: the category tree ({@value #TREE_SIZE} categories under ten
 * headings, each leaf with its urgency, default unit and — where the published 权责清单 in force on 2023-01-01 has them
 * — the powers of that unit whose names carry the category's words; two categories with neither, the list's gaps) and
 * {@value #TICKETS} tickets received on the working days of 2023 from 3 January to 24 November, every date of their
 * life in 2023. The figures follow from the ticket's index {@code k} so that they are exact: one in five answered
 * directly by the centre (k % 5 == 0); the rest dispatched, 1 in 40 first to a wrong unit that returned it
 * (k % 40 == 1); signed late when k % 50 == 7, replied late when k % 20 == 3; not visited when k % 10 == 9;
 * dissatisfied when k % 25 == 4 (and visited). So for 2023: hotline.tickets 6000, dispatches 4950, returns 150
 * (return rate 3.0), sign-for on time 4680 / 4800 (97.5), done on time 5700 / 6000 (95.0), visited 5400 / 6000 closed
 * (90.0), satisfied 5280 / 5400 (97.8). No ticket of the enforcement-complaint categories: the demo opens no
 * supervision clue (the supervision demo year counts its own 12345 clues). Rows are marked {@code demo}.
 */
@Component
@Order(47)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class HotlineDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "hotline-2023";
    static final int TICKETS = 6000;
    static final int TREE_SIZE = 36;

    /** Headings: code, name. */
    static final String[][] HEADINGS = {{"CJ", "城乡建设"}, {"SJ", "市场监管"}, {"LB", "劳动保障"}, {"JY", "教育"},
        {"JT", "交通出行"}, {"NL", "农业林业"}, {"GA", "公共安全"}, {"ZW", "政务服务"}, {"SQ", "社区与乡镇"},
        {"ZF", "行政执法投诉"}};

    /**
     * Leaves: heading, code, name, urgency, default unit ("" none; "T" a township by the place), power words, weight
     * of the demo tickets, enforcement complaint, then subjects of the tickets.
     */
    static final String[][] LEAVES = {
        {"CJ", "CJ01", "物业服务纠纷", "NORMAL", "6", "物业", "8", "", "小区物业不作为，电梯长期停运", "物业费收取不透明", "小区公共收益去向不明"},
        {"CJ", "CJ02", "房屋质量与维修", "COMPLEX", "6", "房屋,建筑,住房", "4", "", "新建商品房墙体开裂", "老旧小区改造后屋顶漏水"},
        {"CJ", "CJ03", "违法建设", "NORMAL", "6", "规划,违法建设", "3", "", "小区楼顶私搭乱建", "沿街门面违规加盖"},
        {"CJ", "CJ04", "燃气安全", "URGENT", "6", "燃气", "2", "", "楼道内闻到燃气味", "燃气管道老化存在隐患"},
        {"SJ", "SJ01", "食品安全", "URGENT", "5", "食品", "6", "", "餐馆后厨卫生脏乱", "超市销售过期食品"},
        {"SJ", "SJ02", "消费纠纷", "NORMAL", "5", "消费,广告", "10", "", "购买家电售后拒不维修", "预付卡商家关门无法退款", "健身房办卡后拒绝退费"},
        {"SJ", "SJ03", "价格投诉", "NORMAL", "5", "价格,收费", "3", "", "停车场收费标准未公示", "景区周边商店价格虚高"},
        {"SJ", "SJ04", "特种设备安全", "URGENT", "5", "特种设备,电梯", "2", "", "电梯频繁困人", "商场扶梯异常抖动"},
        {"LB", "LB01", "拖欠工资", "NORMAL", "11", "工资,劳动保障", "8", "", "工地拖欠农民工工资", "公司离职后不结清工资"},
        {"LB", "LB02", "社会保险", "NORMAL", "11", "社会保险,养老", "5", "", "单位未为员工缴纳社保", "城乡居民养老保险待遇咨询"},
        {"LB", "LB03", "医保报销", "NORMAL", "12", "医疗保障,医保", "4", "", "异地就医医保报销进度", "定点药店医保卡刷卡异常"},
        {"JY", "JY01", "校外培训", "NORMAL", "8", "培训,民办", "3", "", "校外培训机构违规收费", "培训机构跑路学费未退"},
        {"JY", "JY02", "入学咨询", "NORMAL", "8", "学校,入学,学籍", "4", "", "义务教育入学划片咨询", "随迁子女入学材料咨询"},
        {"JY", "JY03", "校园安全", "URGENT", "8", "学校安全", "1", "", "校门口上下学时段交通拥堵", "学校周边流动摊贩"},
        {"JT", "JT01", "公交线路", "NORMAL", "", "", "0", "", "公交线路调整建议"},
        {"JT", "JT02", "道路交通安全", "URGENT", "10", "交通,道路", "2", "", "路口信号灯故障", "货车占道停放"},
        {"NL", "NL01", "农资质量", "NORMAL", "7", "农药,种子,肥料,农资", "2", "", "购买的种子发芽率低", "农资店销售假化肥"},
        {"NL", "NL02", "森林防火与林木采伐", "URGENT", "9", "林木,森林,林地", "1", "", "山上有人焚烧秸秆", "有人私自砍伐林木"},
        {"GA", "GA01", "治安与噪声", "URGENT", "10", "治安,噪声", "3", "", "夜间广场舞噪声扰民", "烧烤店深夜噪声扰民"},
        {"GA", "GA02", "户籍与证件", "NORMAL", "10", "户口,身份证,居住证", "3", "", "新生儿落户材料咨询", "身份证补办进度查询"},
        {"ZW", "ZW01", "办事咨询", "NORMAL", "13", "政务服务", "6", "", "不动产登记办理流程咨询", "营业执照办理咨询", "市民之家办事时间咨询"},
        {"ZW", "ZW02", "窗口服务投诉", "NORMAL", "13", "政务服务", "2", "", "窗口工作人员态度生硬", "办事排队时间过长"},
        {"SQ", "SQ01", "环境卫生", "NORMAL", "", "", "4", "", "小区周边垃圾长期未清运", "道路两侧杂草丛生"},
        {"SQ", "SQ02", "邻里纠纷", "NORMAL", "4", "调解", "2", "", "楼上住户漏水纠纷", "相邻宅基地界址纠纷"},
        {"ZF", "ZF01", "执法人员行为投诉", "NORMAL", "4", "行政执法监督", "0", "Y", "执法人员未出示证件"},
        {"ZF", "ZF02", "乱罚款乱检查投诉", "NORMAL", "4", "行政执法监督", "0", "Y", "重复检查影响经营"}};

    private static final long[] TOWNSHIPS = {17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41};
    private static final String[] PLACES = {"温泉街道淦河社区", "温泉街道金桂社区", "浮山街道浮山社区", "永安街道东门社区",
        "永安街道西河社区", "汀泗桥镇汀泗村", "向阳湖镇新屋村", "官埠桥镇官埠村", "横沟桥镇横沟村", "贺胜桥镇贺胜村",
        "双溪桥镇双溪村", "马桥镇马桥村", "桂花镇刘家桥村", "高桥镇高桥村", "大幕乡大幕村", "温泉街道银泉大道",
        "永安街道永安大道", "温泉街道三元路"};
    private static final String[] ASKS = {"请相关部门尽快处理。", "希望有关部门核实并答复。", "请求协调解决。",
        "多次反映未解决，请督促处理。", "请相关部门依法查处。"};
    private static final String[] REPLIES = {"经现场核查，已责令整改，来电人反映问题已解决。", "已与来电人联系，解释相关政策，来电人表示理解。",
        "已协调相关单位处理，问题已解决。", "已立案调查，处理结果已告知来电人。", "已约谈相关责任方，限期整改完毕。"};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final LegalCalendar calendar;
    private final HotlineRules rules;
    private final Responsibilities responsibilities;
    private final CaseNumbers numbers;
    private final CaseParties parties;
    private final PersonalDataCipher cipher;
    private final DemoGenerations generations;
    private final AuditTrail audit;

    HotlineDemoYear2023(JdbcClient jdbc, JdbcTemplate template, LegalCalendar calendar, HotlineRules rules,
            Responsibilities responsibilities, CaseNumbers numbers, CaseParties parties, PersonalDataCipher cipher,
            DemoGenerations generations, AuditTrail audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.calendar = calendar;
        this.rules = rules;
        this.responsibilities = responsibilities;
        this.numbers = numbers;
        this.parties = parties;
        this.cipher = cipher;
        this.generations = generations;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    /** A leaf of the tree as generated: its id, urgency and default unit (null: a township by the place, or none). */
    private record Leaf(long id, String[] row, Urgency urgency, Long unitId, String powerCode, String reason) {}

    int generate() {
        Random random = new Random(20231212L);
        DemoPeople people = new DemoPeople(random);
        OffsetDateTime at = OffsetDateTime.of(2023, 1, 3, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        LocalDate listDay = LocalDate.of(2023, 1, 1);
        Map<String, Long> headings = new HashMap<>();
        int sort = 0;
        for (String[] h : HEADINGS) {
            jdbc.sql("INSERT INTO hotline_category (code, name, urgency, sort_order, created_at, created_by) "
                    + "VALUES (:c, :n, 'NORMAL', :s, :at, 'demo')").param("c", h[0]).param("n", h[1])
                    .param("s", sort += 10).param("at", at).update();
            headings.put(h[0], id(h[0]));
        }
        List<Leaf> leaves = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (String[] l : LEAVES) {
            Long unit = l[4].isEmpty() ? null : Long.parseLong(l[4]);
            List<String> codes = unit == null ? List.of() : powers(unit, l[5], listDay);
            jdbc.sql("INSERT INTO hotline_category (code, name, parent_id, urgency, power_codes, default_unit_id, "
                            + "enforcement_complaint, sort_order, created_at, created_by) VALUES (:c, :n, :p, :u, :codes, "
                            + ":unit, :enf, :s, :at, 'demo')")
                    .param("c", l[1]).param("n", l[2]).param("p", headings.get(l[0])).param("u", l[3])
                    .param("codes", String.join(",", codes)).param("unit", unit).param("enf", "Y".equals(l[7]))
                    .param("s", sort += 1).param("at", at).update();
            int weight = Integer.parseInt(l[6]);
            if (weight > 0) {
                leaves.add(new Leaf(id(l[1]), l, Urgency.valueOf(l[3]), unit, codes.isEmpty() ? null : codes.get(0),
                        !codes.isEmpty() ? "CATEGORY_POWER" : unit == null ? "HISTORY" : "CATEGORY_UNIT"));
                weights.add(weight);
            }
        }
        int[] w = weights.stream().mapToInt(Integer::intValue).toArray();

        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2023, 1, 3); !d.isAfter(LocalDate.of(2023, 11, 24)); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        List<String> caseNumbers = numbers.nextBlock(Tickets.CASE_TYPE, "district", 2023, TICKETS);
        Map<Long, String> regions = new HashMap<>();
        jdbc.sql("SELECT id, region_code FROM unit").query((rs, n) -> regions.put(rs.getLong(1), rs.getString(2))).list();
        List<Object[]> tickets = new ArrayList<>();
        List<Object[]> dispatches = new ArrayList<>();
        for (int k = 0; k < TICKETS; k++) {
            Leaf leaf = leaves.get(DemoPeople.weighted(random, w));
            String place = PLACES[random.nextInt(PLACES.length)];
            String subject = leaf.row()[8 + random.nextInt(leaf.row().length - 8)];
            String title = place + subject;
            String content = "来电人反映：" + place + subject + "。" + ASKS[random.nextInt(ASKS.length)];
            Channel channel = Channel.values()[DemoPeople.weighted(random, new int[] {70, 12, 15, 3})];
            String name = people.personName();
            CaseParties.Sealed phone = parties.seal(true, null, people.mobile());
            LocalDate received = days.get((int) ((long) k * days.size() / TICKETS));
            long unit = leaf.unitId() != null ? leaf.unitId() : TOWNSHIPS[random.nextInt(TOWNSHIPS.length)];
            String reply = REPLIES[random.nextInt(REPLIES.length)];
            boolean direct = k % 5 == 0;
            boolean returned = k % 40 == 1;
            boolean signLate = k % 50 == 7;
            boolean doneLate = k % 20 == 3;
            boolean visited = k % 10 != 9;
            boolean dissatisfied = k % 25 == 4;
            LocalDate dispatched = null;
            LocalDate signDue = null;
            LocalDate signed = null;
            LocalDate handleDue = null;
            LocalDate replied;
            long holder = 43;
            int dispatchCount = 0;
            if (direct) {
                replied = received;
                reply = "热线中心直接答复：已向来电人解释相关政策和办理途径，来电人表示认可。";
            } else {
                dispatched = received;
                if (returned) {
                    long wrong = unit == 13 ? 6 : 13;
                    LocalDate back = plus(dispatched, 1);
                    dispatches.add(new Object[] {caseNumbers.get(k), leaf.id(), wrong, regions.get(wrong), dispatched,
                        rules.signDue(leaf.urgency(), null, dispatched), unit, null, null,
                        "来电人称该事项此前由该单位处理", false, null, null, back,
                        "经核实不属于本单位职责，建议派往" + unitName(unit), "rexian", at});
                    dispatched = back;
                    dispatchCount++;
                }
                signDue = rules.signDue(leaf.urgency(), null, dispatched);
                handleDue = rules.handleDue(leaf.urgency(), null, dispatched);
                signed = signLate ? plus(signDue, 1) : dispatched;
                if (doneLate) {
                    replied = plus(handleDue, 1 + random.nextInt(3));
                } else {
                    LocalDate r = plus(signed, random.nextInt(Math.max(1, rules.handleDays(leaf.urgency(), null))));
                    replied = r.isAfter(handleDue) ? handleDue : r;
                    if (replied.isBefore(signed)) {
                        replied = signed;
                    }
                }
                dispatches.add(new Object[] {caseNumbers.get(k), leaf.id(), unit, regions.get(unit), dispatched, signDue,
                    unit, leaf.reason(), leaf.powerCode(), null, false, signed, !signed.isAfter(signDue), null, null,
                    "rexian", at});
                dispatchCount++;
                holder = unit;
            }
            LocalDate visitDue = rules.visitDue(replied);
            LocalDate visitedOn = visited ? plus(replied, 1) : null;
            LocalDate closed = visited ? visitedOn : visitDue;
            String satisfaction = !visited ? null : dissatisfied ? "DISSATISFIED"
                    : k % 3 == 0 ? "SATISFIED" : k % 7 == 0 ? "BASIC" : "VERY_SATISFIED";
            String note = visited ? (dissatisfied ? "来电人认为处理不彻底" : null) : "三次联系来电人均未接通";
            tickets.add(new Object[] {caseNumbers.get(k), TicketStatus.CLOSED.name(), channel.name(), leaf.id(),
                leaf.urgency().name(), cipher.encrypt(name), Tickets.maskName(name), phone.phoneEnc(), phone.phoneIndex(),
                phone.phoneMasked(), k % 17 == 0, title, content, place, received, holder, regions.get(holder),
                dispatched, signDue, signed, handleDue, replied, direct || !replied.isAfter(handleDue), reply, visitDue,
                visitedOn, satisfaction, note, closed, dispatchCount, returned ? 1 : 0, at});
        }
        template.batchUpdate("INSERT INTO hotline_ticket (case_number, status, channel, category_id, urgency, "
                + "caller_name_enc, caller_name_masked, caller_phone_enc, caller_phone_index, caller_phone_masked, "
                + "confidential, title, content, address, received_on, unit_id, region_code, dispatched_on, sign_due, "
                + "signed_on, handle_due, replied_on, replied_on_time, reply, visit_due, visited_on, satisfaction, "
                + "visit_note, closed_on, dispatch_count, return_count, demo, created_at, created_by) VALUES (?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, 'demo')", tickets);
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT id, case_number FROM hotline_ticket WHERE demo").query((rs, n) -> ids.put(rs.getString(2),
                rs.getLong(1))).list();
        for (Object[] d : dispatches) {
            d[0] = ids.get((String) d[0]);
        }
        template.batchUpdate("INSERT INTO hotline_dispatch (ticket_id, category_id, unit_id, region_code, dispatched_on, "
                + "sign_due, suggested_unit_id, suggested_reason, suggested_power, override_reason, ruling, signed_on, "
                + "signed_on_time, returned_on, return_reason, dispatched_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?)", dispatches);
        audit.record(AuditEntry.of("hotline.demo.generated", Tickets.CASE_TYPE, null,
                TICKETS + " tickets, " + dispatches.size() + " dispatches, " + TREE_SIZE + " categories"));
        return TICKETS;
    }

    private long id(String code) {
        return jdbc.sql("SELECT id FROM hotline_category WHERE code = :c").param("c", code).query(Long.class).single();
    }

    private String unitName(long unit) {
        return jdbc.sql("SELECT name FROM unit WHERE id = :id").param("id", unit).query(String.class).single();
    }

    /** The unit's published powers in force whose names carry one of the words (at most two). */
    private List<String> powers(long unit, String words, LocalDate on) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (PowerView p : responsibilities.ofUnit(unit, on)) {
            for (String word : words.split(",")) {
                if (!word.isEmpty() && p.name().contains(word) && codes.size() < 2) {
                    codes.add(p.code());
                }
            }
        }
        return List.copyOf(codes);
    }

    private LocalDate plus(LocalDate day, int workingDays) {
        return calendar.deadline(day, workingDays, PeriodUnit.WORKING_DAYS).deadline();
    }
}
