package cn.fazhi.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * The grouping, both medians and the flags are computed by one SQL statement (PERCENTILE_CONT, which H2 and PostgreSQL
 * both have), so the database never ships the decisions to the application; only the flagged rows come back.
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

    Disparities(JdbcClient jdbc, DisparityProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
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
     */
    @Transactional(readOnly = true)
    public DisparityAnalysis analyse(LocalDate from, LocalDate to, Long unitId, DataScope scope) {
        if (from == null || to == null || to.isBefore(from)) {
            throw UserFacingException.badRequest("enforcement.discretion.period.invalid");
        }
        long started = System.nanoTime();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String decided = decided(params, from, to);
        params.put("k", settings.madThreshold());
        params.put("minGroup", settings.minGroupSize());
        String unitFilter = "";
        if (unitId != null) {
            params.put("unit", unitId);
            unitFilter = " AND d.unit_id = :unit";
        }
        String with = "WITH d AS (SELECT c.id, c.violation_code, c.benchmark_level_id, c.unit_id, c.region_code, "
                + "c.fine_amount, CAST(c.fine_amount AS DOUBLE PRECISION) AS fine FROM enforcement_case c WHERE " + decided
                + "), g AS (SELECT violation_code, benchmark_level_id, COUNT(*) AS n, "
                + "CAST(PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY fine) AS DOUBLE PRECISION) AS med FROM d "
                + "GROUP BY violation_code, benchmark_level_id"
                + "), s AS (SELECT d.violation_code, d.benchmark_level_id, g.n, g.med, "
                + "CAST(PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY ABS(d.fine - g.med)) AS DOUBLE PRECISION) AS mad, "
                + "CAST(AVG(ABS(d.fine - g.med)) AS DOUBLE PRECISION) AS meanad "
                + "FROM d JOIN g ON g.violation_code = d.violation_code AND g.benchmark_level_id = d.benchmark_level_id "
                + "GROUP BY d.violation_code, d.benchmark_level_id, g.n, g.med) ";
        String scale = "(CASE WHEN s.mad > 0 THEN CAST(" + MAD_SCALE + " AS DOUBLE PRECISION) * s.mad WHEN s.meanad > 0 "
                + "THEN CAST(" + MEAN_AD_SCALE + " AS DOUBLE PRECISION) * s.meanad ELSE NULL END)";
        List<Row> rows = jdbc.sql(with + "SELECT d.id, d.unit_id, d.fine_amount, d.violation_code, d.benchmark_level_id, "
                        + "s.n, s.med, s.mad, ABS(d.fine - s.med) / " + scale + " AS score, l.level, l.min_fine, l.max_fine "
                        + "FROM d JOIN s ON s.violation_code = d.violation_code AND s.benchmark_level_id = d.benchmark_level_id "
                        + "JOIN enforcement_benchmark_level l ON l.id = d.benchmark_level_id WHERE "
                        + scope.sqlCondition("d.unit_id", "d.region_code") + unitFilter
                        + " AND ((l.min_fine IS NOT NULL AND d.fine_amount < l.min_fine) "
                        + "OR (l.max_fine IS NOT NULL AND d.fine_amount > l.max_fine) "
                        + "OR (s.n >= :minGroup AND ABS(d.fine - s.med) > CAST(:k AS DOUBLE PRECISION) * " + scale + "))")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getBigDecimal("fine_amount"), rs.getString("violation_code"),
                        rs.getLong("benchmark_level_id"), rs.getLong("n"), rs.getDouble("med"), rs.getDouble("mad"),
                        (Double) rs.getObject("score", Double.class), BenchmarkLevelKind.valueOf(rs.getString("level")),
                        rs.getBigDecimal("min_fine"), rs.getBigDecimal("max_fine")))
                .list();
        Map<String, Object> countParams = new HashMap<>();
        String countWhere = decided(countParams, from, to);
        long[] totals = jdbc.sql("SELECT COUNT(*) AS n, COUNT(DISTINCT CONCAT(c.violation_code, '|', "
                        + "CAST(c.benchmark_level_id AS VARCHAR(20)))) AS g FROM enforcement_case c WHERE " + countWhere)
                .params(countParams).query((rs, n) -> new long[] {rs.getLong("n"), rs.getLong("g")}).single();
        List<DisparityFlag> flags = describe(rows);
        return new DisparityAnalysis(from, to, totals[0], totals[1], flags, (System.nanoTime() - started) / 1_000_000,
                settings.madThreshold(), settings.minGroupSize());
    }

    /** One flagged row as the statement returns it. */
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

    /** The group statistics of {@code fines} as the SQL computes them (tests compare both): n, median, MAD, mean AD. */
    static double[] statistics(List<BigDecimal> fines) {
        double[] x = fines.stream().mapToDouble(BigDecimal::doubleValue).sorted().toArray();
        double median = median(x);
        double[] dev = java.util.Arrays.stream(x).map(v -> Math.abs(v - median)).sorted().toArray();
        double meanAd = java.util.Arrays.stream(dev).average().orElse(0);
        return new double[] {x.length, median, median(dev), meanAd};
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
