package cn.fazhi.services;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.responsibilities.PowerView;
import cn.fazhi.responsibilities.Responsibilities;
import cn.fazhi.search.SearchChanges;

/**
 * The service items of the generated 2023 demo year (the seed: 1,594 guides written, 即办 raised from 54.6 % to
 * 90.2 %, 175 items delegated to townships and villages, 55 items handled across regions):
 * <ul>
 * <li>{@value #ITEMS} items whose guides were published in 2023: first one item for each service-type power of the
 * published 权责清单 in force on 2023-01-01 of the departments and townships ({@link Responsibilities#ofUnit}; the
 * responsibilities demo at order 44 makes them), then public services of the vocabulary
 * ({@code services/demo-items.txt}: per department, per township and per township's villages), then — only if the
 * list has too few powers — the vocabulary's other items without a power code, so the count is exact either way;</li>
 * <li>version 1 of every item in force from 2022-01-01, about half of them 即办; version 2 in 2023 for the items made
 * 即办 on 2023-03-01 (about four in five of the rest) and for the {@value #DELEGATED} district items delegated to a
 * township or village that year (in force from the day delegated);</li>
 * <li>{@value #CROSS_REGION} district items agreed with the three partner regions in 2023 (20 吉安县, 18 泰和县,
 * 17 东莞市, none shared).</li>
 * </ul>
 * Deterministic (one seed), one transaction, rows marked {@code demo}; one audit record names the generation.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class ItemDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "services-items-2023";
    static final int ITEMS = 1594;
    static final int DELEGATED = 175;
    static final int CROSS_REGION = 55;
    static final LocalDate V1_FROM = LocalDate.of(2022, 1, 1);
    static final LocalDate INSTANT_FROM = LocalDate.of(2023, 3, 1);
    static final long[] DEPARTMENTS = {5, 6, 7, 8, 9, 10, 11, 12, 13, 16};
    static final long[] TOWNSHIPS = {17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41};
    static final String[] LICENCE_VARIANTS = {"（新办）", "（变更）", "（延续）", "（注销）"};
    /** Power types of the list whose powers are service items, and the item type of each. */
    static final Map<String, ServiceItemType> POWER_TYPES = Map.of("LICENCE", ServiceItemType.LICENCE,
            "CONFIRMATION", ServiceItemType.CONFIRMATION, "PAYMENT", ServiceItemType.PAYMENT, "LEVY",
            ServiceItemType.LEVY, "REWARD", ServiceItemType.REWARD, "RULING", ServiceItemType.RULING, "OTHER",
            ServiceItemType.OTHER_POWER);
    private static final String LICENCE_ARTICLE = "《中华人民共和国行政许可法》第四十二条第一款";
    private static final String JOINT_ARTICLE = "《中华人民共和国行政许可法》第四十二条第二款";

    /** One item to make: its unit, level, type, name, basis and power code (null: none). */
    record Candidate(long unitId, ServiceLevel level, ServiceItemType type, String name, String basis,
            String powerCode) {}

    private final Responsibilities responsibilities;
    private final LegalCalendar calendar;
    private final DemoGenerations generations;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SearchChanges searchChanges;

    ItemDemoYear2023(Responsibilities responsibilities, LegalCalendar calendar, DemoGenerations generations,
            AuditTrail audit, JdbcClient jdbc, JdbcTemplate template, SearchChanges searchChanges) {
        this.searchChanges = searchChanges;
        this.responsibilities = responsibilities;
        this.calendar = calendar;
        this.generations = generations;
        this.audit = audit;
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    /** The items to make, in order: power-backed, then public services, then the rest of the vocabulary. */
    List<Candidate> candidates() {
        List<Candidate> powers = new ArrayList<>();
        LocalDate on = LocalDate.of(2023, 1, 1);
        for (long unit : concat(DEPARTMENTS, TOWNSHIPS)) {
            ServiceLevel level = contains(TOWNSHIPS, unit) ? ServiceLevel.TOWNSHIP : ServiceLevel.DISTRICT;
            for (PowerView p : responsibilities.ofUnit(unit, on)) {
                ServiceItemType type = POWER_TYPES.get(p.powerType());
                if (type != null) {
                    powers.add(new Candidate(unit, level, type, p.name(), p.basis(), p.code()));
                }
            }
        }
        List<Candidate> publicServices = new ArrayList<>();
        List<Candidate> rest = new ArrayList<>();
        for (String[] v : vocabulary()) {
            ServiceItemType type = ServiceItemType.valueOf(v[1]);
            boolean open = type == ServiceItemType.PUBLIC_SERVICE || type == ServiceItemType.INTERMEDIARY;
            List<Candidate> into = open || powers.isEmpty() ? publicServices : rest;
            if ("T".equals(v[0]) || "V".equals(v[0])) {
                ServiceLevel level = "T".equals(v[0]) ? ServiceLevel.TOWNSHIP : ServiceLevel.VILLAGE;
                for (long t : TOWNSHIPS) {
                    into.add(new Candidate(t, level, type, v[2], v[3], null));
                }
            } else if (type.licence()) {
                for (String variant : LICENCE_VARIANTS) {
                    into.add(new Candidate(Long.parseLong(v[0]), ServiceLevel.DISTRICT, type, v[2] + variant, v[3],
                            null));
                }
            } else {
                into.add(new Candidate(Long.parseLong(v[0]), ServiceLevel.DISTRICT, type, v[2], v[3], null));
            }
        }
        List<Candidate> all = new ArrayList<>(powers);
        all.addAll(publicServices);
        all.addAll(rest);
        if (all.size() < ITEMS) {
            throw new IllegalStateException("the demo vocabulary makes " + all.size() + " items, fewer than " + ITEMS);
        }
        return all.subList(0, ITEMS);
    }

    int generate() {
        Random random = new Random(20230301L);
        OffsetDateTime at = OffsetDateTime.of(2021, 12, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        List<Candidate> candidates = candidates();
        Map<Long, String> unitCodes = new java.util.HashMap<>();
        Map<Long, String> regions = new java.util.HashMap<>();
        Map<Long, String> unitNames = new java.util.HashMap<>();
        jdbc.sql("SELECT id, code, region_code, short_name FROM unit").query(rs -> {
            unitCodes.put(rs.getLong("id"), rs.getString("code"));
            regions.put(rs.getLong("id"), rs.getString("region_code"));
            unitNames.put(rs.getLong("id"), rs.getString("short_name"));
        });
        // Which district items are delegated (and when, where) and which are made 即办 in 2023.
        List<Integer> district = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).level() == ServiceLevel.DISTRICT) {
                district.add(i);
            }
        }
        Collections.shuffle(district, random);
        Set<Integer> delegated = new HashSet<>(district.subList(0, DELEGATED));
        List<Integer> partnerItems = new ArrayList<>();
        Map<Integer, Integer> seqByUnit = new java.util.HashMap<>();
        List<Object[]> materials = new ArrayList<>();
        Map<Integer, Long> itemIds = new java.util.HashMap<>();
        int rows = 0;
        int instant2022 = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            int seq = seqByUnit.merge((int) c.unitId(), 1, Integer::sum);
            String code = unitCodes.get(c.unitId()) + "-" + String.format("%03d", seq);
            String region = c.level() == ServiceLevel.DISTRICT ? "421202" : regions.get(c.unitId());
            LocalDate published = working(LocalDate.of(2023, 1, 3).plusDays(random.nextInt(360)));
            if (published.getYear() != 2023) {
                published = LocalDate.of(2023, 12, 29);
            }
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO service_item (code, unit_id, region_code, created_at, created_by, version, published_on, "
                            + "demo) VALUES (:code, :unit, :region, :at, 'demo', 1, :published, TRUE)")
                    .param("code", code).param("unit", c.unitId()).param("region", region).param("at", at)
                    .param("published", published).update(key, "id");
            long itemId = key.getKey().longValue();
            boolean licence = c.type().licence();
            boolean joint = licence && random.nextInt(20) == 0;
            Integer legal = licence ? (joint ? 45 : 20) : null;
            String article = licence ? (joint ? JOINT_ARTICLE : LICENCE_ARTICLE) : null;
            boolean instant = random.nextInt(100) < 50;
            int promised = instant ? 0 : 1 + random.nextInt(licence ? 10 : 5);
            if (instant) {
                instant2022++;
            }
            int onlinePercent = c.level() == ServiceLevel.DISTRICT ? 85 : c.level() == ServiceLevel.TOWNSHIP ? 60 : 30;
            boolean online = random.nextInt(100) < onlinePercent;
            boolean becomesInstant = !instant && random.nextInt(100) < 80;
            boolean delegate = delegated.contains(i);
            LocalDate delegatedOn = delegate ? working(LocalDate.of(2023, 2, 1).plusDays(random.nextInt(300))) : null;
            ServiceLevel delegatedLevel = random.nextInt(5) == 0 ? ServiceLevel.VILLAGE : ServiceLevel.TOWNSHIP;
            String places = places(c, unitNames);
            LocalDate v2From = delegate ? delegatedOn : becomesInstant ? INSTANT_FROM : null;
            long v1 = version(itemId, 1, V1_FROM, v2From, c, c.level(), false, null, legal, article, promised, joint,
                    online, places, null, at);
            rows += 2 + addMaterials(materials, v1, c);
            if (v2From != null) {
                int promised2 = becomesInstant ? 0 : promised;
                String note = (delegate ? "下放至" + (delegatedLevel == ServiceLevel.VILLAGE ? "村（社区）" : "乡镇（街道）")
                        + "办理" : "") + (delegate && becomesInstant ? "；" : "") + (becomesInstant ? "承诺时限压缩为即办" : "");
                long v2 = version(itemId, 2, v2From, null, c, delegate ? delegatedLevel : c.level(), delegate,
                        delegatedOn, legal, article, promised2, joint, online,
                        delegate ? "各乡镇（街道）便民服务中心、村（社区）便民服务站" : places, note,
                        OffsetDateTime.of(v2From.minusDays(7).atTime(9, 0), ZoneOffset.ofHours(8)));
                jdbc.sql("UPDATE service_item SET version = 2 WHERE id = :id").param("id", itemId).update();
                rows += 1 + addMaterials(materials, v2, c);
            }
            if (c.level() == ServiceLevel.DISTRICT && !delegate && online) {
                partnerItems.add(i);
            }
            itemIds.put(i, itemId);
            searchChanges.changed(GuideSearchSource.TYPE, itemId);
        }
        template.batchUpdate("INSERT INTO service_item_material (version_id, position, name, form, copies, required) "
                + "VALUES (?, ?, ?, ?, ?, ?)", materials);
        rows += crossRegion(random, partnerItems, itemIds, at);
        audit.record(AuditEntry.of("services.items.demo", "service_item", null, GENERATION + ": " + ITEMS
                + " items (" + instant2022 + " 即办 in 2022), " + DELEGATED + " delegated, " + CROSS_REGION
                + " cross-region"));
        return rows;
    }

    private int crossRegion(Random random, List<Integer> eligible, Map<Integer, Long> itemIds, OffsetDateTime at) {
        Collections.shuffle(eligible, random);
        String[] partners = {"吉安县", "泰和县", "东莞市"};
        int[] counts = {20, 18, 17};
        int next = 0;
        int rows = 0;
        for (int p = 0; p < partners.length; p++) {
            long partner = jdbc.sql("SELECT id FROM partner_region WHERE name = :n").param("n", partners[p])
                    .query(Long.class).single();
            LocalDate framework = jdbc.sql("SELECT agreed_on FROM partner_region WHERE id = :id").param("id", partner)
                    .query(LocalDate.class).single();
            for (int k = 0; k < counts[p]; k++) {
                LocalDate agreed = working(framework.plusDays(random.nextInt(120)));
                jdbc.sql("INSERT INTO partner_item (partner_id, item_id, agreed_on, demo, created_at, created_by) "
                                + "VALUES (:p, :i, :on, TRUE, :at, 'demo')")
                        .param("p", partner).param("i", itemIds.get(eligible.get(next++))).param("on", agreed)
                        .param("at", at).update();
                rows++;
            }
        }
        return rows;
    }

    private long version(long itemId, int no, LocalDate from, LocalDate to, Candidate c, ServiceLevel level,
            boolean delegated, LocalDate delegatedOn, Integer legal, String article, int promised, boolean joint,
            boolean online, String places, String note, OffsetDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO service_item_version (item_id, version_no, effective_from, effective_to, name, item_type, "
                        + "basis, level, delegated, delegated_on, legal_days, promised_days, joint, online, power_code, "
                        + "legal_article, conditions, fees, places, change_note, created_at, created_by) VALUES (:item, :no, "
                        + ":from, :to, :name, :type, :basis, :level, :delegated, :delegatedOn, :legal, :promised, :joint, "
                        + ":online, :power, :article, :conditions, NULL, :places, :note, :at, 'demo')")
                .param("item", itemId).param("no", no).param("from", from).param("to", to).param("name", c.name())
                .param("type", c.type().name()).param("basis", c.basis()).param("level", level.name())
                .param("delegated", delegated).param("delegatedOn", delegatedOn).param("legal", legal)
                .param("promised", promised).param("joint", joint).param("online", online)
                .param("power", c.powerCode()).param("article", article).param("conditions", conditions(c))
                .param("places", places).param("note", note).param("at", at).update(key, "id");
        return key.getKey().longValue();
    }

    private static String conditions(Candidate c) {
        return switch (c.type()) {
            case LICENCE -> "申请人具备法律、法规规定的资格和条件；申请材料齐全、符合法定形式。";
            case PAYMENT -> "申请人符合相关政策规定的给付对象和标准，如实提供家庭或个人情况。";
            case CONFIRMATION -> "申请人为依法需要确认或登记的公民、法人或者其他组织，提交的材料真实有效。";
            case INTERMEDIARY -> "委托人与具备相应资质的中介服务机构自主协商，签订委托合同。";
            default -> "申请人为本区户籍居民或在本区生产经营的单位，如实提交申请材料。";
        };
    }

    private static String places(Candidate c, Map<Long, String> unitNames) {
        return switch (c.level()) {
            case DISTRICT -> "咸安区市民之家（咸安区金桂路）" + unitNames.get(c.unitId()) + "窗口";
            case TOWNSHIP -> unitNames.get(c.unitId()) + "便民服务中心";
            case VILLAGE -> unitNames.get(c.unitId()) + "各村（社区）便民服务站";
        };
    }

    /** The materials of a version: the application, the applicant's identity, then per type. */
    private static int addMaterials(List<Object[]> out, long versionId, Candidate c) {
        List<Object[]> m = new ArrayList<>();
        m.add(new Object[] {versionId, 1, c.type().licence() ? "行政许可申请书" : "申请表", "原件", 1, true});
        m.add(new Object[] {versionId, 2, "申请人身份证明（居民身份证或营业执照）", "电子证照或复印件", 1, true});
        switch (c.type()) {
            case LICENCE -> {
                m.add(new Object[] {versionId, 3, "经营（生产）场所使用证明", "复印件", 1, true});
                m.add(new Object[] {versionId, 4, "相关专业技术人员资格证明", "复印件", 1, false});
            }
            case PAYMENT -> m.add(new Object[] {versionId, 3, "家庭收入及财产状况说明", "原件", 1, true});
            case INTERMEDIARY -> m.add(new Object[] {versionId, 3, "委托合同", "复印件", 1, true});
            default -> m.add(new Object[] {versionId, 3, "委托书（委托他人办理的）", "原件", 1, false});
        }
        out.addAll(m);
        return m.size();
    }

    private LocalDate working(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    static List<String[]> vocabulary() {
        try (InputStream in = new ClassPathResource("services/demo-items.txt").getInputStream()) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().split("\\|"));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static boolean contains(long[] a, long v) {
        for (long x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
