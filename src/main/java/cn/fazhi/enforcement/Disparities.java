package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/**
 * 同案不同罚 detection over decided penalty cases (the contract columns of {@code enforcement_case}).
 * <p>
 * <b>Peer group</b>: the decisions (district-wide, whatever the caller's scope) with the same violation code and the
 * same benchmark level ({@code benchmark_level_id}) decided in the period, with a fine, and not in an excluded status
 * (annulled: a setting). A decision is <b>flagged</b> when
 * <ol>
 * <li>its fine lies outside the level's range (below the minimum or above the maximum; an absent bound does not limit)
 * — 国办发〔2022〕27号 五(十二): a decision outside the benchmark needs the approval recorded, and this list is where the
 * supervisor sees them; or</li>
 * <li>its group holds at least n decisions (setting {@code min-group-size}) and its robust score
 * |fine − median| / (1.4826 · MAD) exceeds k (setting {@code mad-threshold}); MAD is the median of |fine − median| over
 * the group. When MAD is 0 (more than half the group paid the same fine) the scale is 1.2533 · the mean absolute
 * deviation from the median instead; when that is 0 too, the group has no spread and nobody is far from it.</li>
 * </ol>
 * The grouping, both medians and the flags are computed in one streaming pass over the period's decisions (read
 * unsorted, grouped and sorted in memory: 1,000,000 decisions are about 30 MB), then only the flagged rows are
 * described from the database.
 * The analysis <b>never ranks units by fine amounts</b> (27号 三(六)): flags are listed by decision date.
 */
@Service
public class Disparities {

    /** The scale that makes the MAD a consistent estimate of the standard deviation for normal data. */
    static final double MAD_SCALE = 1.4826;
    /** The scale that makes the mean absolute deviation one (sqrt(pi/2)), used when the MAD is 0. */
    static final double MEAN_AD_SCALE = 1.253314;

    private final JdbcClient jdbc;
    private final DisparityProperties settings;
    /** A template that fetches rows in batches (a cursor on PostgreSQL inside the read-only transaction). */
    private final JdbcTemplate streaming;

    Disparities(JdbcClient jdbc, DataSource dataSource, DisparityProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(10_000);
    }

    public DisparityProperties settings() {
        return settings;
    }

    /** The decided cases the analysis compares: decided in the period, a level stated, a fine, not excluded. */
    private String decided(Map<String, Object> params, LocalDate from, LocalDate to) {
        params.put("from", from);
        params.put("to", to);
        String sql = "c.decided_on BETWEEN :from AND :to AND c.fine_amount IS NOT NULL AND c.benchmark_level_id IS NOT NULL";
        if (!settings.excludedStatuses().isEmpty()) {
            params.put("excluded", settings.excludedStatuses());
            sql += " AND c.status NOT IN (:excluded)";
        }
        return sql;
    }

    /**
     * Flags the decisions of the period in {@code scope} (and of {@code unitId} when not null). Peer groups span the
     * district: a unit is compared with every unit deciding the same violation at the same level.
     * <p>
     * One streaming pass: the decisions of the period come unsorted (a sequential read, no sort in the database) as
     * (id, violation, level, fine, whether the caller may see it); the application groups them, sorts each group's fines
     * and deviations, and keeps the flagged rows; a second query fetches case numbers, dates and units of the flagged
     * ids only.
     */
    @Transactional(readOnly = true)
    public DisparityAnalysis analyse(LocalDate from, LocalDate to, Long unitId, DataScope scope) {
        if (from == null || to == null || to.isBefore(from)) {
            throw UserFacingException.badRequest("enforcement.discretion.period.invalid");
        }
        long started = System.nanoTime();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String decided = decided(params, from, to);
        String visible = scope.sqlCondition("c.unit_id", "c.region_code");
        if (unitId != null) {
            params.put("unit", unitId);
            visible += " AND c.unit_id = :unit";
        }
        Map<GroupKey, Group> groups = new HashMap<>();
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(streaming);
        named.query("SELECT c.id, c.violation_code, c.benchmark_level_id, CAST(c.fine_amount AS DOUBLE PRECISION) AS fine, "
                + "CASE WHEN " + visible + " THEN 1 ELSE 0 END AS shown FROM enforcement_case c WHERE " + decided, params,
                rs -> {
                    GroupKey key = new GroupKey(rs.getString(2), rs.getLong(3));
                    groups.computeIfAbsent(key, k -> new Group()).add(rs.getLong(1), rs.getDouble(4), rs.getInt(5) == 1);
                });
        Map<Long, double[]> ranges = ranges(groups.keySet().stream().map(GroupKey::levelId).distinct().toList());
        List<Row> rows = new ArrayList<>();
        long decisions = 0;
        for (Map.Entry<GroupKey, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            decisions += g.size;
            double[] stats = g.statistics();
            double median = stats[0];
            double mad = stats[1];
            double scale = mad > 0 ? MAD_SCALE * mad : (stats[2] > 0 ? MEAN_AD_SCALE * stats[2] : 0);
            double[] range = ranges.get(e.getKey().levelId());
            if (range == null) {
                continue;
            }
            for (int i = 0; i < g.size; i++) {
                if (!g.shown[i]) {
                    continue;
                }
                double fine = g.fines[i];
                Double score = scale > 0 ? Math.abs(fine - median) / scale : null;
                boolean outside = (!Double.isNaN(range[0]) && fine < range[0]) || (!Double.isNaN(range[1]) && fine > range[1]);
                boolean far = g.size >= settings.minGroupSize() && score != null && score > settings.madThreshold();
                if (outside || far) {
                    rows.add(new Row(g.ids[i], BigDecimal.valueOf(fine).setScale(2, RoundingMode.HALF_UP),
                            e.getKey().violationCode(), e.getKey().levelId(), g.size, median, mad, score,
                            BenchmarkLevelKind.valueOf(levelKinds.get(e.getKey().levelId())),
                            Double.isNaN(range[0]) ? null : BigDecimal.valueOf(range[0]).setScale(2, RoundingMode.HALF_UP),
                            Double.isNaN(range[1]) ? null : BigDecimal.valueOf(range[1]).setScale(2, RoundingMode.HALF_UP)));
                }
            }
        }
        List<DisparityFlag> flags = describe(rows);
        return new DisparityAnalysis(from, to, decisions, groups.size(), flags, (System.nanoTime() - started) / 1_000_000,
                settings.madThreshold(), settings.minGroupSize());
    }

    /** A peer group's key: the violation and the benchmark level stated. */
    private record GroupKey(String violationCode, long levelId) {}

    /** The decisions of one peer group as read: ids, fines and whether the caller may see each. */
    private static final class Group {
        long[] ids = new long[8];
        double[] fines = new double[8];
        boolean[] shown = new boolean[8];
        int size;

        void add(long id, double fine, boolean visible) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
                fines = java.util.Arrays.copyOf(fines, size * 2);
                shown = java.util.Arrays.copyOf(shown, size * 2);
            }
            ids[size] = id;
            fines[size] = fine;
            shown[size] = visible;
            size++;
        }

        /** Median, MAD and mean absolute deviation from the median of the group's fines. */
        double[] statistics() {
            double[] sorted = java.util.Arrays.copyOf(fines, size);
            java.util.Arrays.sort(sorted);
            double median = median(sorted);
            double[] dev = new double[size];
            double sum = 0;
            for (int i = 0; i < size; i++) {
                dev[i] = Math.abs(sorted[i] - median);
                sum += dev[i];
            }
            java.util.Arrays.sort(dev);
            return new double[] {median, median(dev), size == 0 ? 0 : sum / size};
        }
    }

    /** Level kinds by id, filled by {@link #ranges}. */
    private final Map<Long, String> levelKinds = new java.util.concurrent.ConcurrentHashMap<>();

    /** The fine range of each level (NaN for an open bound). */
    private Map<Long, double[]> ranges(List<Long> levelIds) {
        Map<Long, double[]> out = new HashMap<>();
        for (int i = 0; i < levelIds.size(); i += 1000) {
            jdbc.sql("SELECT id, level, min_fine, max_fine FROM enforcement_benchmark_level WHERE id IN (:ids)")
                    .param("ids", levelIds.subList(i, Math.min(levelIds.size(), i + 1000)))
                    .query(rs -> {
                        BigDecimal min = rs.getBigDecimal("min_fine");
                        BigDecimal max = rs.getBigDecimal("max_fine");
                        out.put(rs.getLong("id"), new double[] {min == null ? Double.NaN : min.doubleValue(),
                                max == null ? Double.NaN : max.doubleValue()});
                        levelKinds.put(rs.getLong("id"), rs.getString("level"));
                    });
        }
        return out;
    }

    /** One flagged row as the analysis found it. */
    private record Row(long id, BigDecimal fine, String violationCode, long levelId, long n, double median, double mad,
            Double score, BenchmarkLevelKind level, BigDecimal min, BigDecimal max) {}

    /** Reasons, case numbers, dates, units and violation names of the flagged rows, newest decision first. */
    private List<DisparityFlag> describe(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> facts = new HashMap<>();
        List<Long> ids = rows.stream().map(Row::id).toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            jdbc.sql("SELECT c.id, c.case_number, c.unit_id, c.region_code, u.name AS unit_name, c.decided_on, b.violation_name "
                            + "FROM enforcement_case c JOIN unit u ON u.id = c.unit_id "
                            + "LEFT JOIN enforcement_benchmark_level l ON l.id = c.benchmark_level_id "
                            + "LEFT JOIN enforcement_benchmark b ON b.id = l.benchmark_id WHERE c.id IN (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .query(rs -> {
                        facts.put(rs.getLong("id"), new Object[] {rs.getString("case_number"), rs.getString("unit_name"),
                                rs.getObject("decided_on", LocalDate.class), rs.getString("violation_name"), rs.getLong("unit_id"), rs.getString("region_code")});
                    });
        }
        List<DisparityFlag> flags = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Object[] f = facts.get(r.id());
            List<DisparityReason> reasons = new ArrayList<>(2);
            if (r.min() != null && r.fine().compareTo(r.min()) < 0) {
                reasons.add(DisparityReason.BELOW_RANGE);
            }
            if (r.max() != null && r.fine().compareTo(r.max()) > 0) {
                reasons.add(DisparityReason.ABOVE_RANGE);
            }
            boolean scored = r.n() >= settings.minGroupSize() && r.score() != null;
            if (scored && r.score() > settings.madThreshold()) {
                reasons.add(DisparityReason.FAR_FROM_PEERS);
            }
            if (reasons.isEmpty()) {
                continue;
            }
            flags.add(new DisparityFlag(r.id(), (String) f[0], (Long) f[4], (String) f[1], (String) f[5], (LocalDate) f[2], r.violationCode(),
                    (String) f[3], r.levelId(), r.level(), r.min(), r.max(), r.fine(), r.n(), decimal(r.median()),
                    decimal(r.mad()), r.score() == null ? null : BigDecimal.valueOf(r.score()).setScale(2, RoundingMode.HALF_UP),
                    List.copyOf(reasons)));
        }
        flags.sort(Comparator.comparing(DisparityFlag::decidedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(DisparityFlag::caseId, Comparator.reverseOrder()));
        return flags;
    }

    private static BigDecimal decimal(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    /** One flagged case with its peers (the group's decisions, newest first, at most the setting's number). */
    public record Detail(DisparityFlag flag, List<DisparityPeer> peers, long peersTotal, double threshold) {}

    /**
     * The case {@code caseId} as the analysis of the period sees it, with its peers: 404 when the case is outside
     * {@code scope}, has no stated level or fine or was not decided in the period; {@code flag} is null when the case
     * is not flagged (the page then says so).
     */
    @Transactional(readOnly = true)
    public Detail detail(long caseId, LocalDate from, LocalDate to, DataScope scope) {
        Map<String, Object> params = new HashMap<>();
        String decided = decided(params, from, to);
        params.put("id", caseId);
        var own = jdbc.sql("SELECT c.id, c.unit_id, c.region_code, c.violation_code, c.benchmark_level_id FROM "
                        + "enforcement_case c WHERE c.id = :id AND " + decided)
                .params(params)
                .query((rs, n) -> new Object[] {rs.getLong("unit_id"), rs.getString("region_code"),
                        rs.getString("violation_code"), rs.getLong("benchmark_level_id")})
                .optional();
        if (own.isEmpty() || !scope.covers((Long) own.get()[0], (String) own.get()[1])) {
            throw UserFacingException.notFound("enforcement.discretion.disparity.notFound");
        }
        Map<String, Object> peerParams = new HashMap<>();
        String peerWhere = decided(peerParams, from, to);
        peerParams.put("code", own.get()[2]);
        peerParams.put("level", own.get()[3]);
        List<Object[]> group = jdbc.sql("SELECT c.id, c.case_number, c.unit_id, c.region_code, u.name AS unit_name, "
                        + "c.decided_on, c.fine_amount FROM enforcement_case c JOIN unit u ON u.id = c.unit_id WHERE "
                        + peerWhere + " AND c.violation_code = :code AND c.benchmark_level_id = :level "
                        + "ORDER BY c.decided_on DESC, c.id DESC")
                .params(peerParams)
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("case_number"), rs.getLong("unit_id"),
                        rs.getString("region_code"), rs.getString("unit_name"),
                        rs.getObject("decided_on", LocalDate.class), rs.getBigDecimal("fine_amount")})
                .list();
        DisparityAnalysis analysis = analyse(from, to, (Long) own.get()[0], scope);
        DisparityFlag flag = analysis.flags().stream().filter(f -> f.caseId() == caseId).findFirst().orElse(null);
        List<DisparityPeer> peers = new ArrayList<>();
        for (Object[] p : group) {
            if (peers.size() >= settings.peersListed()) {
                break;
            }
            boolean visible = scope.covers((Long) p[2], (String) p[3]);
            peers.add(new DisparityPeer((Long) p[0], visible ? (String) p[1] : null, (String) p[4], (LocalDate) p[5],
                    (BigDecimal) p[6], (Long) p[0] == caseId));
        }
        return new Detail(flag, peers, group.size(), settings.madThreshold());
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
