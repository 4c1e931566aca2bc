package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.identifiers.Uscc;

/**
 * The help desk's part of the generated 2023 demo year: an enterprise register of {@value #ENTERPRISES} enterprises
 * across the 13 townships — first the market entities of the random-inspection register that a draw selected (so
 * their "无事不扰" page shows real inspections), then made-up ones with valid USCCs (GB 32100), GB/T 4754 industries,
 * sizes (about 60 % micro, 28 % small, 9 % medium, 3 % large) with revenue and staff to match, and certifications;
 * the legal representative of the k-th (from 1) has the phone 1397150 followed by k in four digits. Then
 * {@value #PAYMENTS} payments owed to the SMEs by 23 district bodies (departments and township governments) delivered
 * or accepted in 2023 (due in 2023), most paid on time, some late, some still unpaid at the end of 2023, and the Art.
 * 18 publications of 2023 made in March 2024 by all but two bodies (one of them late). No target figures exist for
 * these; every figure computes from the records (a seeded random generator: the same on every run). Rows by
 * {@code demo}.
 */
@Component
@Order(48)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class EnterpriseDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "enterprises-desk-2023";
    static final int ENTERPRISES = 1500;
    static final int PAYMENTS = 640;

    static final String[] TOWNSHIPS = {"421202001", "421202002", "421202003", "421202100", "421202101", "421202102",
        "421202103", "421202104", "421202105", "421202106", "421202107", "421202108", "421202200"};
    /** Paying bodies: departments and township governments. */
    static final long[] BODIES = {4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 44, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 41};
    /** Industry (GB/T 4754-2017), the word in the name, weight. */
    static final String[][] INDUSTRIES = {{"C1530", "茶业", "8"}, {"A0164", "茶叶种植专业合作", "3"},
        {"C1391", "食品", "4"}, {"C1713", "纺织印染", "3"}, {"C1810", "服饰", "4"}, {"C2641", "新材料", "2"},
        {"C3311", "钢结构", "3"}, {"C3670", "汽车零部件", "3"}, {"C3982", "电子科技", "3"}, {"E4790", "建筑工程", "8"},
        {"F5211", "商贸", "14"}, {"F5261", "汽车销售服务", "3"}, {"G5430", "物流", "6"}, {"H6110", "酒店管理", "3"},
        {"H6210", "餐饮管理", "8"}, {"I6510", "软件科技", "4"}, {"K7020", "物业服务", "4"}, {"L7212", "企业管理咨询", "4"},
        {"M7320", "工程技术", "2"}, {"N7820", "园林绿化", "3"}, {"O8010", "家政服务", "4"}, {"R8720", "文化传媒", "4"}};
    static final String[] NAME_CHARS = {"鑫", "华", "盛", "源", "泰", "恒", "瑞", "丰", "隆", "达", "通", "金", "宏", "嘉",
        "佳", "荣", "兴", "昌", "富", "润", "和", "信", "诚", "康", "安", "海", "天", "宇", "博", "诺", "桂", "香", "温",
        "泉", "凯", "远", "星", "晨", "锦", "利"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
        "胡", "郭", "何", "高", "林", "罗", "熊", "余", "邓", "程"};
    static final String[] GIVEN = {"建国", "志强", "海燕", "丽华", "小平", "明", "芳", "伟", "俊杰", "红梅", "文斌", "金凤",
        "国庆", "春生", "雪梅", "卫东", "晓东", "敏", "桂英", "德胜"};
    static final String[] SUBJECTS = {"办公设备采购", "物业服务", "信息系统运维", "道路维修工程", "绿化养护服务", "印刷服务",
        "食堂食材采购", "车辆维修服务", "会议服务", "宣传品制作", "安保服务", "办公家具采购"};

    private final Enterprises enterprises;
    private final PaymentRecords payments;
    private final PaymentPublications publications;
    private final JdbcClient jdbc;
    private final DemoGenerations generations;
    private final AuditTrail audit;

    EnterpriseDemoYear2023(Enterprises enterprises, PaymentRecords payments, PaymentPublications publications,
            JdbcClient jdbc, DemoGenerations generations, AuditTrail audit) {
        this.enterprises = enterprises;
        this.payments = payments;
        this.publications = publications;
        this.jdbc = jdbc;
        this.generations = generations;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    int generate() {
        Random random = new Random(20230148L);
        Set<String> known = new HashSet<>(jdbc.sql("SELECT uscc FROM enterprise").query(String.class).list());
        Set<String> regions = new HashSet<>(jdbc.sql("SELECT code FROM region").query(String.class).list());
        List<EnterpriseView> smes = new ArrayList<>();
        int k = 0;
        // market entities a random draw selected: the desk shows their inspections
        List<Map<String, Object>> drawn = jdbc.sql("SELECT e.uscc, e.name, e.industry_code, e.region_code, e.address, "
                        + "e.registered_on FROM random_entity e WHERE EXISTS (SELECT 1 FROM random_draw_selection s "
                        + "WHERE s.uscc = e.uscc) ORDER BY e.id FETCH FIRST 300 ROWS ONLY")
                .query().listOfRows();
        for (Map<String, Object> row : drawn) {
            String uscc = (String) row.get("uscc");
            if (!known.add(uscc)) {
                continue;
            }
            k++;
            String region = (String) row.get("region_code");
            region = region != null && regions.contains(region) ? region : TOWNSHIPS[k % TOWNSHIPS.length];
            String industry = (String) row.get("industry_code");
            industry = industry != null && industry.matches("[A-T]\\d{0,4}") ? industry : null;
            Object reg = row.get("registered_on");
            LocalDate registered = reg instanceof java.sql.Date d ? d.toLocalDate()
                    : reg instanceof LocalDate l ? l : LocalDate.of(2010, 1, 1).plusDays(random.nextInt(4700));
            EnterpriseView e = register(random, k, uscc, (String) row.get("name"), industry, region, registered,
                    (String) row.get("address"));
            if (e.size().sme()) {
                smes.add(e);
            }
        }
        Set<String> names = new HashSet<>();
        while (k < ENTERPRISES) {
            String uscc = uscc(random);
            if (!known.add(uscc)) {
                continue;
            }
            String[] industry = industry(random);
            String name;
            do {
                name = "咸宁" + NAME_CHARS[random.nextInt(NAME_CHARS.length)] + NAME_CHARS[random.nextInt(NAME_CHARS.length)]
                        + industry[1] + (industry[0].startsWith("A") ? "社" : "有限公司");
            } while (!names.add(name));
            k++;
            String township = TOWNSHIPS[random.nextInt(TOWNSHIPS.length)];
            EnterpriseView e = register(random, k, uscc, name, industry[0], township,
                    LocalDate.of(1998, 1, 1).plusDays(random.nextInt(9490)), null);
            if (e.size().sme()) {
                smes.add(e);
            }
        }
        int paid = payments(random, smes);
        audit.record(AuditEntry.of("enterprises.demo.generated", "enterprise", GENERATION, k + " enterprises, " + paid + " payments"));
        return k + paid;
    }

    private EnterpriseView register(Random random, int k, String uscc, String name, String industry, String region,
            LocalDate registeredOn, String address) {
        int roll = random.nextInt(100);
        EnterpriseSize size = roll < 60 ? EnterpriseSize.MICRO : roll < 88 ? EnterpriseSize.SMALL
                : roll < 97 ? EnterpriseSize.MEDIUM : EnterpriseSize.LARGE;
        BigDecimal revenue;
        int staff;
        switch (size) {
            case MICRO -> {
                revenue = BigDecimal.valueOf(20 + random.nextInt(270));
                staff = 2 + random.nextInt(18);
            }
            case SMALL -> {
                revenue = BigDecimal.valueOf(300 + random.nextInt(1700));
                staff = 20 + random.nextInt(280);
            }
            case MEDIUM -> {
                revenue = BigDecimal.valueOf(2000 + random.nextInt(37000));
                staff = 300 + random.nextInt(700);
            }
            default -> {
                revenue = BigDecimal.valueOf(40000 + random.nextInt(160000));
                staff = 1000 + random.nextInt(3000);
            }
        }
        List<EnterpriseView.Certification> certs = new ArrayList<>();
        boolean tech = industry != null && (industry.startsWith("C") || industry.startsWith("I") || industry.startsWith("M"));
        LocalDate base = registeredOn.isBefore(LocalDate.of(2018, 1, 1)) ? LocalDate.of(2018, 1, 1) : registeredOn;
        if (tech && size != EnterpriseSize.MICRO && random.nextInt(100) < 22) {
            LocalDate on = base.plusDays(random.nextInt(900));
            if (on.isBefore(LocalDate.of(2023, 12, 1))) {
                certs.add(new EnterpriseView.Certification("HIGH_TECH", on, on.plusYears(3)));
            }
        }
        if (tech && random.nextInt(100) < 30) {
            LocalDate on = LocalDate.of(2023, 1 + random.nextInt(11), 1 + random.nextInt(28));
            certs.add(new EnterpriseView.Certification("TECH_SME", on, LocalDate.of(on.getYear() + 1, 12, 31)));
        }
        if (size == EnterpriseSize.SMALL || size == EnterpriseSize.MEDIUM) {
            if (tech && random.nextInt(100) < 12) {
                LocalDate on = base.plusDays(random.nextInt(1000));
                if (on.isBefore(LocalDate.of(2023, 12, 1))) {
                    certs.add(new EnterpriseView.Certification("SPECIALISED", on, on.plusYears(3)));
                    if (size == EnterpriseSize.MEDIUM && random.nextInt(100) < 25) {
                        certs.add(new EnterpriseView.Certification("LITTLE_GIANT", on.plusDays(200), on.plusYears(3)));
                    }
                }
            }
            if (random.nextInt(100) < 3) {
                LocalDate on = LocalDate.of(2022 + random.nextInt(2), 6, 30);
                certs.add(new EnterpriseView.Certification("GAZELLE", on, on.plusYears(1)));
            }
        }
        String rep = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String where = address != null ? address : "咸宁市咸安区" + NAME_CHARS[random.nextInt(NAME_CHARS.length)]
                + NAME_CHARS[random.nextInt(NAME_CHARS.length)] + "路" + (1 + random.nextInt(300)) + "号";
        return enterprises.insert(new EnterpriseCommands.Register(uscc, name, industry, size, region, registeredOn,
                revenue, staff, where, rep, String.format("1397150%04d", k), certs), "demo");
    }

    private int payments(Random random, List<EnterpriseView> smes) {
        if (smes.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < PAYMENTS; i++) {
            long body = BODIES[i % BODIES.length];
            EnterpriseView e = smes.get(random.nextInt(smes.size()));
            LocalDate start = LocalDate.of(2023, 1, 3).plusDays(random.nextInt(300));
            Integer term = random.nextInt(100) < 70 ? null : random.nextBoolean() ? 45 : 60;
            BigDecimal rate = random.nextInt(100) < 20 ? new BigDecimal("3.650") : null;
            BigDecimal amount = BigDecimal.valueOf(5000 + random.nextInt(995000)).setScale(2);
            PaymentView p = payments.insert(new PaymentCommands.Record(e.uscc(), String.format("XA%d-2023-%04d", body, i),
                    SUBJECTS[random.nextInt(SUBJECTS.length)], amount, random.nextInt(100) < 35 ? "ACCEPTANCE" : "DELIVERY",
                    start, term, rate, body), body, "demo");
            int roll = random.nextInt(100);
            if (roll < 78) {
                payments.markPaid(p, new PaymentCommands.Pay(p.dueOn().minusDays(random.nextInt(Math.min(20, p.termDays()))),
                        amount, null));
            } else if (roll < 92) {
                payments.markPaid(p, new PaymentCommands.Pay(p.dueOn().plusDays(3 + random.nextInt(60)), amount, null));
            } else if (roll < 96) {
                payments.markPaid(p, new PaymentCommands.Pay(p.dueOn().minusDays(1),
                        amount.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN), null));
            }
            n++;
        }
        for (int b = 0; b < BODIES.length; b++) {
            if (b == 3 || b == 15) {
                continue;
            }
            LocalDate on = b == 8 ? LocalDate.of(2024, 4, 12) : LocalDate.of(2024, 3, 4 + b);
            publications.publishAs(BODIES[b], 2023, on, "demo");
        }
        return n;
    }

    private static String[] industry(Random random) {
        int total = 0;
        for (String[] i : INDUSTRIES) {
            total += Integer.parseInt(i[2]);
        }
        int r = random.nextInt(total);
        for (String[] i : INDUSTRIES) {
            r -= Integer.parseInt(i[2]);
            if (r < 0) {
                return i;
            }
        }
        return INDUSTRIES[0];
    }

    private static String uscc(Random random) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder s = new StringBuilder("91421202");
        for (int i = 0; i < 9; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s + String.valueOf(Uscc.checkCharacter(s.toString()));
    }
}
