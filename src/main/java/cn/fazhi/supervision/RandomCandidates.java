package cn.fazhi.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.enforcement.CertificateChecks;

/**
 * The input of a task's draw (国办发〔2015〕58号: 随机抽取检查对象、随机选派执法检查人员):
 * <ul>
 * <li><b>entities</b>: the ACTIVE entities of the register ({@code random_entity}) in the task's region whose
 * industry code starts with one of the task's items' industry codes (an item without codes covers every industry);</li>
 * <li><b>sample size</b>: ceil(candidates × ratio / 100), at least 1 (the task's ratio, else the highest of its
 * items' ratios);</li>
 * <li><b>inspectors</b>: the enforcement officers of the participating departments (the lead's for a single task,
 * each item's department for a joint one) holding a certificate valid on the draw day; key = the certificate number,
 * group = the unit's code; {@link RandomTaskProperties} says how many per entity and department;</li>
 * <li><b>avoidance</b>: H(key|uscc) of the declared relations ({@code random_avoidance}) and of the pairs drawn
 * together the last time each candidate entity was drawn (the same inspector never inspects the same entity twice
 * running).</li>
 * </ul>
 */
@Service
public class RandomCandidates {

    private final JdbcClient jdbc;
    private final CertificateChecks certificates;
    private final RandomTaskProperties settings;

    RandomCandidates(JdbcClient jdbc, CertificateChecks certificates, RandomTaskProperties settings) {
        this.jdbc = jdbc;
        this.certificates = certificates;
        this.settings = settings;
    }

    /** The candidate USCCs of a task, sorted. */
    @Transactional(readOnly = true)
    public List<String> entities(long taskId) {
        String region = jdbc.sql("SELECT region_code FROM random_task WHERE id = :id").param("id", taskId)
                .query(String.class).single();
        List<String> filters = new ArrayList<>();
        boolean all = false;
        for (String codes : jdbc.sql("SELECT i.industry_codes FROM random_task_item ti JOIN random_item i ON i.id = ti.item_id "
                + "WHERE ti.task_id = :t").param("t", taskId).query(String.class).list()) {
            List<String> parsed = RandomItemView.industryFilter(codes);
            if (parsed.isEmpty()) {
                all = true;
            }
            filters.addAll(parsed);
        }
        boolean everything = all;
        List<String> out = new ArrayList<>();
        jdbc.sql("SELECT uscc, industry_code FROM random_entity WHERE status = 'ACTIVE' AND region_code LIKE :r ORDER BY uscc")
                .param("r", region + "%")
                .query((rs, n) -> {
                    String industry = rs.getString(2);
                    if (everything || (industry != null && filters.stream().anyMatch(industry::startsWith))) {
                        out.add(rs.getString(1));
                    }
                    return null;
                }).list();
        return out;
    }

    /** ceil(count × ratio / 100), at least 1 and at most count (0 when there is nothing to draw from). */
    static int sampleSize(int count, BigDecimal ratio) {
        if (count == 0) {
            return 1;
        }
        int n = BigDecimal.valueOf(count).multiply(ratio).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
        return Math.max(1, Math.min(count, n));
    }

    /** The ratio a task draws with: its own, else the highest of its items'. */
    @Transactional(readOnly = true)
    public BigDecimal ratio(long taskId) {
        BigDecimal own = jdbc.sql("SELECT ratio_percent FROM random_task WHERE id = :id").param("id", taskId)
                .query(BigDecimal.class).optional().orElse(null);
        if (own != null) {
            return own;
        }
        return jdbc.sql("SELECT MAX(i.ratio_percent) FROM random_task_item ti JOIN random_item i ON i.id = ti.item_id "
                + "WHERE ti.task_id = :t").param("t", taskId).query(BigDecimal.class).optional().orElse(BigDecimal.TEN);
    }

    /** The participating departments: the lead, and for a joint task every item's department. */
    @Transactional(readOnly = true)
    public List<Long> departments(long taskId) {
        Set<Long> units = new LinkedHashSet<>();
        units.add(jdbc.sql("SELECT lead_unit_id FROM random_task WHERE id = :id").param("id", taskId).query(Long.class).single());
        boolean joint = jdbc.sql("SELECT joint FROM random_task WHERE id = :id").param("id", taskId).query(Boolean.class).single();
        if (joint) {
            units.addAll(jdbc.sql("SELECT DISTINCT i.unit_id FROM random_task_item ti JOIN random_item i ON i.id = ti.item_id "
                    + "WHERE ti.task_id = :t ORDER BY i.unit_id").param("t", taskId).query(Long.class).list());
        }
        return List.copyOf(units);
    }

    /** The draw request of a task on {@code day}. */
    @Transactional(readOnly = true)
    public Draws.Request request(long taskId, LocalDate day) {
        List<String> entities = entities(taskId);
        boolean joint = jdbc.sql("SELECT joint FROM random_task WHERE id = :id").param("id", taskId).query(Boolean.class).single();
        List<Long> units = departments(taskId);
        List<CertificateChecks.Certified> officers = certificates.certifiedInUnits(units, day);
        List<DrawFunction.Inspector> inspectors = officers.stream()
                .map(o -> new DrawFunction.Inspector(o.certificateNumber(), o.unitCode())).toList();
        SortedMap<String, Integer> perEntity = new TreeMap<>();
        for (Long unit : units) {
            String code = jdbc.sql("SELECT code FROM unit WHERE id = :id").param("id", unit).query(String.class).single();
            perEntity.put(code, joint ? settings.jointInspectorsPerDepartment() : settings.singleInspectors());
        }
        Set<String> avoidance = avoidance(entities, officers);
        return new Draws.Request(taskId, entities, inspectors, avoidance, sampleSize(entities.size(), ratio(taskId)),
                perEntity);
    }

    /** Declared relations and last time's pairs, as H(key|uscc), of these candidates and inspectors. */
    Set<String> avoidance(List<String> entities, List<CertificateChecks.Certified> officers) {
        Set<String> candidates = new HashSet<>(entities);
        Map<Long, String> keyOf = new HashMap<>();
        officers.forEach(o -> keyOf.put(o.officerId(), o.certificateNumber()));
        Set<String> keys = new HashSet<>(keyOf.values());
        Set<String> avoid = new HashSet<>();
        if (!keyOf.isEmpty()) {
            List<Long> ids = new ArrayList<>(keyOf.keySet());
            for (int from = 0; from < ids.size(); from += 500) {
                jdbc.sql("SELECT a.officer_id, e.uscc FROM random_avoidance a JOIN random_entity e ON e.id = a.entity_id "
                                + "WHERE a.officer_id IN (:o)").param("o", ids.subList(from, Math.min(ids.size(), from + 500)))
                        .query((rs, n) -> {
                            if (candidates.contains(rs.getString(2))) {
                                avoid.add(DrawFunction.pairDigest(keyOf.get(rs.getLong(1)), rs.getString(2)));
                            }
                            return null;
                        }).list();
            }
        }
        // the last draw of each candidate: its inspectors are not drawn for it again
        Map<String, long[]> lastDraw = new HashMap<>();
        Map<String, String> lastKeys = new HashMap<>();
        for (int from = 0; from < entities.size(); from += 500) {
            jdbc.sql("SELECT draw_id, uscc, inspector_keys FROM random_draw_selection WHERE uscc IN (:u)")
                    .param("u", entities.subList(from, Math.min(entities.size(), from + 500)))
                    .query((rs, n) -> {
                        String uscc = rs.getString(2);
                        long draw = rs.getLong(1);
                        long[] known = lastDraw.get(uscc);
                        if (known == null || known[0] < draw) {
                            lastDraw.put(uscc, new long[] {draw});
                            lastKeys.put(uscc, rs.getString(3));
                        }
                        return null;
                    }).list();
        }
        lastKeys.forEach((uscc, list) -> {
            for (String key : list.split(",")) {
                if (keys.contains(key)) {
                    avoid.add(DrawFunction.pairDigest(key, uscc));
                }
            }
        });
        return avoid;
    }
}
