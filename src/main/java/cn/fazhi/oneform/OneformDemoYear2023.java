package cn.fazhi.oneform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.demo.DemoPeople;
import cn.fazhi.platform.identifiers.ResidentIdNumber;

/**
 * The one-form register of the generated 2023 demo year: {@value #VILLAGES_PER_TOWNSHIP} villages and communities
 * under each of the 13 townships (12-digit codes: 001–002 communities, 201– villages), {@value #GROUPS} groups each,
 * and {@code fazhi.oneform.demo.persons} synthetic persons (780,000 by default) in households of one to five, every
 * ID number fictitious but valid (prefix 421202, GB 11643 check digit, unique by birth date and sequence), all
 * registered on days of 2023 — so {@code oneform.persons} for 2023 equals the setting. Attributes follow the person's
 * index so that they are exact: 低保 k % 31 == 0; 残疾 k % 53 == 0 (grade 1 + k % 4); 退役军人 men of 40–80 with
 * k % 41 == 0; 脱贫户 k % 29 == 0; 留守儿童 under 16 with k % 7 == 0; 特困 60 and over with k % 97 == 0; 计生特扶 49 and
 * over with k % 211 == 0; 独居老人 alone in the household at 60 and over. The village clerk {@code cunwei} keeps
 * 温泉街道淦河社区. Rows are written by the register's batch writer, marked {@code demo}.
 */
@Component
@Order(52)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class OneformDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "oneform-2023";
    /** How the last generation went in this JVM ("persons in ms"), for the benchmark. */
    static volatile String lastRun = "";
    static final int VILLAGES_PER_TOWNSHIP = 10;
    static final int GROUPS = 6;
    static final String[] TOWNSHIPS = {"421202001", "421202002", "421202003", "421202100", "421202101", "421202102",
        "421202103", "421202104", "421202105", "421202106", "421202107", "421202108", "421202200"};
    private static final String FIRST = "桃柳石龙凤杨白黄青马金新高";
    private static final String SECOND = "林山泉岭塘桥坪港湾铺";
    private static final String[] GROUP_NAMES = {"第一组", "第二组", "第三组", "第四组", "第五组", "第六组"};
    private static final int[] SIZES = {3, 4, 2, 3, 5, 1, 3, 2, 4, 3};
    private static final LocalDate DAY0 = LocalDate.of(1900, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2023, 12, 31);

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final DemoGenerations generations;
    private final OneformProperties properties;
    private final AuditTrail audit;

    OneformDemoYear2023(JdbcTemplate jdbc, PersonalDataCipher cipher, DemoGenerations generations,
            OneformProperties properties, AuditTrail audit) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.generations = generations;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    static String villageName(int t, int i) {
        if (t == 0 && i == 0) {
            return "淦河社区";
        }
        if (t == 0 && i == 1) {
            return "金桂社区";
        }
        String stem = "" + FIRST.charAt((t + i) % FIRST.length()) + SECOND.charAt(i);
        return stem + (t < 3 || i < 2 ? "社区" : "村");
    }

    static String villageCode(int t, int i) {
        return TOWNSHIPS[t] + (t < 3 || i < 2 ? String.format("%03d", i + 1) : String.format("%03d", 199 + i));
    }

    int generate() {
        long started = System.nanoTime();
        Random random = new Random(20230780L);
        DemoPeople people = new DemoPeople(random);
        int total = properties.demo().persons();
        List<String> villages = new ArrayList<>();
        for (int t = 0; t < TOWNSHIPS.length; t++) {
            for (int i = 0; i < VILLAGES_PER_TOWNSHIP; i++) {
                String code = villageCode(t, i);
                jdbc.update("INSERT INTO region (code, name, level, parent_code, sort_order) VALUES (?, ?, 'VILLAGE', ?, ?)",
                        code, villageName(t, i), TOWNSHIPS[t], i + 1);
                villages.add(code);
            }
        }
        jdbc.update("INSERT INTO oneform_clerk_village (user_id, village_code) SELECT id, ? FROM app_user "
                + "WHERE username = 'cunwei'", villages.get(0));
        OffsetDateTime at = OffsetDateTime.of(2023, 1, 3, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        RegisterWriter writer = new RegisterWriter(jdbc, cipher, properties.batch(), "demo", at);
        int[] counters = new int[(int) (YEAR_END.toEpochDay() - DAY0.toEpochDay() + 1) * 2];
        int k = 0;
        int household = 0;
        for (int v = 0; v < villages.size(); v++) {
            String village = villages.get(v);
            int quota = total / villages.size() + (v < total % villages.size() ? 1 : 0);
            List<Long> groups = new ArrayList<>();
            for (String g : GROUP_NAMES) {
                groups.add(writer.group(village, g));
            }
            int h = 0;
            while (quota > 0) {
                int size = Math.min(quota, SIZES[household % SIZES.length]);
                quota -= size;
                String number = village + String.format("%05d", ++h);
                int group = h % GROUPS;
                writer.household(number, village, groups.get(group), GROUP_NAMES[group] + (h % 80 + 1) + "号");
                household++;
                LocalDate headBorn = LocalDate.of(1936 + random.nextInt(63), 1, 1).plusDays(random.nextInt(365));
                boolean headMale = random.nextInt(5) > 0;
                String surname = people.personName().substring(0, 1);
                for (int m = 0; m < size; m++) {
                    Relation relation = m == 0 ? Relation.HEAD : m == 1 ? Relation.SPOUSE : Relation.CHILD;
                    boolean male = m == 0 ? headMale : m == 1 ? !headMale : random.nextBoolean();
                    LocalDate born = switch (relation) {
                        case HEAD -> headBorn;
                        case SPOUSE -> headBorn.plusDays(random.nextInt(2000) - 1000);
                        default -> headBorn.plusYears(23 + 3L * m).plusDays(random.nextInt(300));
                    };
                    if (born.isAfter(YEAR_END)) {
                        born = YEAR_END.minusDays(random.nextInt(3000));
                    }
                    String given = people.personName().substring(1);
                    String name = (relation == Relation.SPOUSE ? people.personName().substring(0, 1) : surname) + given;
                    int slot = (int) (born.toEpochDay() - DAY0.toEpochDay()) * 2 + (male ? 1 : 0);
                    int seq = counters[slot]++ * 2 + (male ? 1 : 0);
                    String first17 = "421202" + born.toString().replace("-", "") + String.format("%03d", seq);
                    String id = first17 + ResidentIdNumber.checkCharacter(first17);
                    int age = IdNumbers.age(born, YEAR_END);
                    writer.person(new NewPerson(number, village, name, id, relation,
                            m == 0 ? people.mobile() : null, LocalDate.of(2023, 1, 3).plusDays(k % 350),
                            attributes(k, age, male, size)));
                    k++;
                }
            }
        }
        writer.flush();
        audit.record(AuditEntry.of("oneform.register.imported", "oneform_person", null,
                k + " demo persons, " + household + " households").by("demo"));
        long ms = (System.nanoTime() - started) / 1_000_000;
        lastRun = k + "_persons_in_" + ms + "_ms";
        org.slf4j.LoggerFactory.getLogger(OneformDemoYear2023.class).info("One-form register: {} persons in {} ms", k, ms);
        return k;
    }

    static List<AttributeView> attributes(int k, int age, boolean male, int householdSize) {
        List<AttributeView> out = new ArrayList<>(2);
        LocalDate on = LocalDate.of(2023, 3, 1).plusDays(k % 200);
        if (k % 31 == 0) {
            out.add(new AttributeView("DIBAO", null, "区民政局低保信息系统", on));
        }
        if (age >= 60 && k % 97 == 0) {
            out.add(new AttributeView("TEKUN", null, "区民政局特困供养系统", on));
        }
        if (k % 53 == 0) {
            out.add(new AttributeView("DISABLED", String.valueOf(1 + k % 4), "区残联残疾人证信息", on));
        }
        if (householdSize == 1 && age >= 60) {
            out.add(new AttributeView("ALONE_ELDERLY", null, "2023年入户走访调查", on));
        }
        if (age < 16 && k % 7 == 0) {
            out.add(new AttributeView("LEFT_BEHIND_CHILD", null, "区民政局留守儿童信息", on));
        }
        if (male && age >= 40 && age <= 80 && k % 41 == 0) {
            out.add(new AttributeView("VETERAN", null, "区退役军人事务局", on));
        }
        if (k % 29 == 0) {
            out.add(new AttributeView("POVERTY_ALLEVIATED", null, "区乡村振兴局防返贫监测系统", on));
        }
        if (age >= 49 && k % 211 == 0) {
            out.add(new AttributeView("FAMILY_PLANNING_SUPPORT", null, "区卫健局计生特扶信息", on));
        }
        return out;
    }
}
