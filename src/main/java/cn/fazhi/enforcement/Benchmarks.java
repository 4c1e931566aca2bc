package cn.fazhi.enforcement;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.imports.ImportError;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.UserFacingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Discretion benchmarks (裁量基准, 国办发〔2022〕27号; 行政处罚法 Art. 34): kept one by one or imported from .xlsx (all or
 * nothing), checked by {@link BenchmarkRules} — including that a district benchmark never exceeds a higher issuer's
 * published one for the same violation (27号 二(五)) — published for the portal, withdrawn, exported. Benchmarks are
 * district-wide rules: every user with enforcement:view reads them; only enforcement:manage changes them.
 */
@Service
public class Benchmarks {

    /** The most rows an import file may hold. */
    public static final int MAX_ROWS = 10_000;
    private static final String COLUMNS = "b.id, b.violation_code, b.violation_name, b.legal_basis, b.penalty_basis, "
            + "b.issuer_level, b.document_number, b.effective_from, b.effective_to, b.published, b.published_on, b.version";

    /** The import sheet: one row per level; rows with the same violation code, issuer and start date are one benchmark. */
    static final List<Spreadsheets.Column> IMPORT_COLUMNS = List.of(
            new Spreadsheets.Column("enforcement.discretion.column.violationCode", true),
            new Spreadsheets.Column("enforcement.discretion.column.violationName", true),
            new Spreadsheets.Column("enforcement.discretion.column.legalBasis", true),
            new Spreadsheets.Column("enforcement.discretion.column.penaltyBasis", true),
            new Spreadsheets.Column("enforcement.discretion.column.issuer", true),
            new Spreadsheets.Column("enforcement.discretion.column.documentNumber", false),
            new Spreadsheets.Column("enforcement.discretion.column.effectiveFrom", true),
            new Spreadsheets.Column("enforcement.discretion.column.effectiveTo", false),
            new Spreadsheets.Column("enforcement.discretion.column.level", true),
            new Spreadsheets.Column("enforcement.discretion.column.circumstances", true),
            new Spreadsheets.Column("enforcement.discretion.column.minFine", false),
            new Spreadsheets.Column("enforcement.discretion.column.maxFine", false),
            new Spreadsheets.Column("enforcement.discretion.column.otherMeasures", false));

    /** The columns of the import sheet (and of the export, which adds the state). */
    public static List<Spreadsheets.Column> importColumns() {
        return IMPORT_COLUMNS;
    }

    /** One page of benchmarks. */
    public record Page(List<BenchmarkView> items, long total, int page, int pages) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Validator validator;
    private final Clock clock;

    Benchmarks(JdbcClient jdbc, AuditTrail audit, MessageSource messages, Validator validator, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.validator = validator;
        this.clock = clock;
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    public BenchmarkView get(long id) {
        return find(id, false);
    }

    /** A published benchmark (the portal's view): 404 when it is not published. */
    public BenchmarkView published(long id) {
        return find(id, true);
    }

    private BenchmarkView find(long id, boolean publishedOnly) {
        List<BenchmarkView> found = load("WHERE b.id = :id" + (publishedOnly ? " AND b.published = TRUE" : ""),
                Map.of("id", id), "b.id", 1, 0);
        if (found.isEmpty()) {
            throw UserFacingException.notFound("enforcement.discretion.benchmark.notFound");
        }
        return found.get(0);
    }

    /**
     * Benchmarks whose violation code or name contains {@code q} (blank: all), published only when {@code published}
     * is true, unpublished only when false; ordered by violation code and issuer.
     */
    public Page search(String q, Boolean published, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, published, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM enforcement_benchmark b " + where).params(params).query(Long.class)
                .single();
        int s = Math.max(1, Math.min(size, 200));
        int p = Math.max(0, page);
        List<BenchmarkView> items = load(where, params, "b.violation_code, b.effective_from DESC, b.id", s, (long) p * s);
        return new Page(items, total, p, (int) Math.max(1, (total + s - 1) / s));
    }

    /** Every benchmark the search finds (for the export), at most {@link #MAX_ROWS}. */
    public List<BenchmarkView> all(String q, Boolean published) {
        Map<String, Object> params = new HashMap<>();
        return load(where(q, published, params), params, "b.violation_code, b.effective_from DESC, b.id", MAX_ROWS, 0);
    }

    /**
     * The published benchmarks for {@code violationCode} in force on {@code day}, for the penalty part's decision form
     * (the levels a decision may state, 国办发〔2022〕27号 五(十二)).
     */
    public List<BenchmarkView> inForce(String violationCode, LocalDate day) {
        return load("WHERE b.published = TRUE AND b.violation_code = :code AND b.effective_from <= :day "
                + "AND (b.effective_to IS NULL OR b.effective_to >= :day)", Map.of("code", violationCode, "day", day),
                "b.id", 50, 0);
    }

    private static String where(String q, Boolean published, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            conditions.add("(b.violation_code ILIKE :q OR b.violation_name ILIKE :q OR b.document_number ILIKE :q)");
            params.put("q", "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (published != null) {
            conditions.add("b.published = :published");
            params.put("published", published);
        }
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    private List<BenchmarkView> load(String where, Map<String, Object> params, String order, int limit, long offset) {
        List<BenchmarkView> heads = jdbc.sql("SELECT " + COLUMNS + " FROM enforcement_benchmark b " + where + " ORDER BY "
                        + order + " LIMIT " + limit + " OFFSET " + offset)
                .params(params)
                .query((rs, n) -> new BenchmarkView(rs.getLong("id"), rs.getString("violation_code"),
                        rs.getString("violation_name"), rs.getString("legal_basis"), rs.getString("penalty_basis"),
                        BenchmarkIssuer.valueOf(rs.getString("issuer_level")), rs.getString("document_number"),
                        rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                        rs.getBoolean("published"), rs.getObject("published_on", LocalDate.class), rs.getInt("version"),
                        new ArrayList<>()))
                .list();
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, BenchmarkView> byId = new LinkedHashMap<>();
        heads.forEach(h -> byId.put(h.id(), h));
        jdbc.sql("SELECT id, benchmark_id, ordinal, level, circumstances, min_fine, max_fine, other_measures "
                        + "FROM enforcement_benchmark_level WHERE benchmark_id IN (:ids) ORDER BY benchmark_id, ordinal")
                .param("ids", byId.keySet())
                .query(rs -> {
                    byId.get(rs.getLong("benchmark_id")).levels().add(new BenchmarkView.Level(rs.getLong("id"),
                            rs.getInt("ordinal"), BenchmarkLevelKind.valueOf(rs.getString("level")),
                            rs.getString("circumstances"), rs.getBigDecimal("min_fine"), rs.getBigDecimal("max_fine"),
                            rs.getString("other_measures")));
                });
        return heads.stream().map(h -> new BenchmarkView(h.id(), h.violationCode(), h.violationName(), h.legalBasis(),
                h.penaltyBasis(), h.issuerLevel(), h.documentNumber(), h.effectiveFrom(), h.effectiveTo(), h.published(),
                h.publishedOn(), h.version(), List.copyOf(h.levels()))).toList();
    }

    // ---- changing ---------------------------------------------------------------------------------------------------

    /** Keeps a new (unpublished) benchmark after every check; refused with the first reason otherwise. */
    @Transactional
    public BenchmarkView create(BenchmarkCommands.Create c, CurrentUser me) {
        validate(c);
        List<BenchmarkRules.Refusal> refusals = refusals(c);
        if (!refusals.isEmpty()) {
            BenchmarkRules.Refusal r = refusals.get(0);
            throw UserFacingException.badRequest(r.key(), r.args());
        }
        long id = insert(c, me.username());
        audit.record(AuditEntry.of("enforcement.benchmark.created", "enforcement_benchmark", id,
                c.violationCode() + " " + c.issuerLevel() + " levels=" + c.levels().size()));
        return get(id);
    }

    /** Publishes a benchmark (行政处罚法 Art. 34: benchmarks are published), checked again against higher ones. */
    @Transactional
    public BenchmarkView publish(long id, int version) {
        BenchmarkView b = get(id);
        if (b.published()) {
            throw UserFacingException.conflict("enforcement.discretion.benchmark.alreadyPublished");
        }
        List<BenchmarkRules.Range> ranges = b.levels().stream()
                .map(l -> new BenchmarkRules.Range(l.kind(), l.minFine(), l.maxFine())).toList();
        for (BenchmarkRules.Higher higher : higher(b.violationCode(), b.issuerLevel(), b.effectiveFrom(), b.effectiveTo(),
                id)) {
            List<BenchmarkRules.Refusal> refusals = BenchmarkRules.conform(b.issuerLevel(), ranges, higher);
            if (!refusals.isEmpty()) {
                throw UserFacingException.badRequest(refusals.get(0).key(), refusals.get(0).args());
            }
        }
        changePublication(id, version, true, LocalDate.now(clock));
        audit.record(AuditEntry.of("enforcement.benchmark.published", "enforcement_benchmark", id, b.violationCode()));
        return get(id);
    }

    /** Withdraws a published benchmark from the portal (e.g. when the law it refines changed, 27号 五(十三)). */
    @Transactional
    public BenchmarkView withdraw(long id, int version) {
        BenchmarkView b = get(id);
        if (!b.published()) {
            throw UserFacingException.conflict("enforcement.discretion.benchmark.notPublished");
        }
        changePublication(id, version, false, null);
        audit.record(AuditEntry.of("enforcement.benchmark.withdrawn", "enforcement_benchmark", id, b.violationCode()));
        return get(id);
    }

    private void changePublication(long id, int version, boolean published, LocalDate on) {
        int n = jdbc.sql("UPDATE enforcement_benchmark SET published = :p, published_on = :on, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .param("p", published).param("on", on).param("id", id).param("v", version).update();
        if (n == 0) {
            throw UserFacingException.conflict("enforcement.discretion.version.stale");
        }
    }

    private void validate(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            ConstraintViolation<Object> first = violations.stream()
                    .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString())).findFirst().orElseThrow();
            String template = first.getMessageTemplate();
            throw UserFacingException.badRequest(template.startsWith("{") ? template.substring(1, template.length() - 1)
                    : "enforcement.discretion.invalid");
        }
    }

    /** Every refusal of {@code c}: its own content, then each higher published benchmark in force. */
    List<BenchmarkRules.Refusal> refusals(BenchmarkCommands.Create c) {
        List<BenchmarkRules.Range> ranges = c.levels().stream()
                .map(l -> new BenchmarkRules.Range(l.kind(), l.minFine(), l.maxFine())).toList();
        List<BenchmarkRules.Refusal> refusals = new ArrayList<>(BenchmarkRules.check(c.effectiveFrom(), c.effectiveTo(),
                ranges));
        if (refusals.isEmpty()) {
            for (BenchmarkRules.Higher higher : higher(c.violationCode(), c.issuerLevel(), c.effectiveFrom(),
                    c.effectiveTo(), -1)) {
                refusals.addAll(BenchmarkRules.conform(c.issuerLevel(), ranges, higher));
            }
        }
        return refusals;
    }

    /** The published benchmarks of higher issuers for the same violation whose period overlaps [from, to]. */
    private List<BenchmarkRules.Higher> higher(String code, BenchmarkIssuer issuer, LocalDate from, LocalDate to,
            long except) {
        List<BenchmarkView> found = load("WHERE b.published = TRUE AND b.violation_code = :code AND b.id <> :except "
                        + "AND (b.effective_to IS NULL OR b.effective_to >= :from)"
                        + (to == null ? "" : " AND b.effective_from <= :to"),
                to == null ? Map.of("code", code, "except", except, "from", from)
                        : Map.of("code", code, "except", except, "from", from, "to", to), "b.id", 100, 0);
        return found.stream().filter(b -> issuer.isBelow(b.issuerLevel()))
                .map(b -> new BenchmarkRules.Higher(b.issuerLevel(),
                        b.documentNumber() == null ? b.violationName() : b.documentNumber(),
                        b.levels().stream().map(l -> new BenchmarkRules.Range(l.kind(), l.minFine(), l.maxFine()))
                                .toList()))
                .toList();
    }

    private long insert(BenchmarkCommands.Create c, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_benchmark (violation_code, violation_name, legal_basis, penalty_basis, "
                        + "issuer_level, document_number, effective_from, effective_to, published, created_at, created_by) "
                        + "VALUES (:code, :name, :legal, :penalty, :issuer, :doc, :from, :to, FALSE, :now, :by)")
                .param("code", c.violationCode().strip()).param("name", c.violationName().strip())
                .param("legal", c.legalBasis().strip()).param("penalty", c.penaltyBasis().strip())
                .param("issuer", c.issuerLevel().name())
                .param("doc", c.documentNumber() == null || c.documentNumber().isBlank() ? null : c.documentNumber().strip())
                .param("from", c.effectiveFrom()).param("to", c.effectiveTo()).param("now", OffsetDateTime.now(clock))
                .param("by", by)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int ordinal = 1;
        for (BenchmarkCommands.Level l : c.levels()) {
            jdbc.sql("INSERT INTO enforcement_benchmark_level (benchmark_id, ordinal, level, circumstances, min_fine, "
                            + "max_fine, other_measures) VALUES (:b, :o, :level, :circ, :min, :max, :other)")
                    .param("b", id).param("o", ordinal++).param("level", l.kind().name())
                    .param("circ", l.circumstances().strip()).param("min", l.minFine()).param("max", l.maxFine())
                    .param("other", l.otherMeasures() == null || l.otherMeasures().isBlank() ? null : l.otherMeasures().strip())
                    .update();
        }
        return id;
    }

    // ---- import -----------------------------------------------------------------------------------------------------

    /** The empty import template with the column titles in {@code locale}. */
    public void template(OutputStream out, Locale locale) {
        Spreadsheets.template(out, IMPORT_COLUMNS,
                messages.getMessage("enforcement.discretion.import.sheet", null, locale), messages, locale);
    }

    /**
     * Keeps every benchmark of the file, or none: each row is checked like a single entry (and each benchmark as a
     * whole, including against higher published ones); any wrong row refuses the file with row-by-row reasons.
     */
    @Transactional
    public int importFile(String fileName, Path file, CurrentUser me) {
        Spreadsheets.checkFileType(fileName, file);
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<ImportError> errors = new ArrayList<>();
        Set<Integer> badRows = new java.util.TreeSet<>();
        int[] rows = {0};
        Spreadsheets.read(file, IMPORT_COLUMNS, messages, (row, cells) -> {
            if (++rows[0] > MAX_ROWS) {
                throw UserFacingException.badRequest("enforcement.discretion.import.tooMany", MAX_ROWS);
            }
            int before = errors.size();
            String code = cells.get("enforcement.discretion.column.violationCode");
            BenchmarkIssuer issuer = enumCell(row, cells, "enforcement.discretion.column.issuer", BenchmarkIssuer.class,
                    "enforcement.discretion.issuer.", errors);
            BenchmarkLevelKind kind = enumCell(row, cells, "enforcement.discretion.column.level", BenchmarkLevelKind.class,
                    "enforcement.discretion.level.", errors);
            LocalDate from = dateCell(row, cells, "enforcement.discretion.column.effectiveFrom", errors);
            LocalDate to = dateCell(row, cells, "enforcement.discretion.column.effectiveTo", errors);
            BigDecimal min = amountCell(row, cells, "enforcement.discretion.column.minFine", errors);
            BigDecimal max = amountCell(row, cells, "enforcement.discretion.column.maxFine", errors);
            BenchmarkCommands.Level level = new BenchmarkCommands.Level(kind,
                    cells.get("enforcement.discretion.column.circumstances"), min, max,
                    cells.get("enforcement.discretion.column.otherMeasures"));
            for (ConstraintViolation<BenchmarkCommands.Level> v : validator.validate(level)) {
                if (!"kind".equals(v.getPropertyPath().toString())) {
                    errors.add(ImportError.at(row, null, strip(v.getMessageTemplate())));
                }
            }
            if (errors.size() > before) {
                badRows.add(row);
                return;
            }
            String key = code + "|" + issuer + "|" + from;
            Draft d = drafts.computeIfAbsent(key, k -> new Draft(row, new BenchmarkCommands.Create(code,
                    cells.get("enforcement.discretion.column.violationName"),
                    cells.get("enforcement.discretion.column.legalBasis"),
                    cells.get("enforcement.discretion.column.penaltyBasis"), issuer,
                    cells.get("enforcement.discretion.column.documentNumber"), from, to, new ArrayList<>())));
            d.command().levels().add(level);
        });
        for (Draft d : drafts.values()) {
            int before = errors.size();
            for (ConstraintViolation<BenchmarkCommands.Create> v : validator.validate(d.command())) {
                errors.add(ImportError.at(d.row(), null, strip(v.getMessageTemplate())));
            }
            if (errors.size() == before) {
                for (BenchmarkRules.Refusal r : refusals(d.command())) {
                    errors.add(ImportError.at(d.row(), null, r.key(), r.args()));
                }
            }
            if (errors.size() > before) {
                badRows.add(d.row());
            }
        }
        if (drafts.isEmpty() && badRows.isEmpty()) {
            throw UserFacingException.badRequest("enforcement.discretion.import.empty");
        }
        if (!badRows.isEmpty()) {
            throw new ImportRejected("enforcement.discretion.import.rejected",
                    errors.subList(0, Math.min(errors.size(), 200)), badRows.size());
        }
        for (Draft d : drafts.values()) {
            insert(d.command(), me.username());
        }
        audit.record(AuditEntry.of("enforcement.benchmark.imported", "enforcement_benchmark", null,
                fileName + " benchmarks=" + drafts.size() + " rows=" + rows[0]));
        return drafts.size();
    }

    private record Draft(int row, BenchmarkCommands.Create command) {}

    private static String strip(String template) {
        return template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
    }

    private <E extends Enum<E>> E enumCell(int row, Map<String, String> cells, String column, Class<E> type,
            String prefix, List<ImportError> errors) {
        String text = cells.get(column);
        if (text == null || text.isBlank()) {
            errors.add(ImportError.at(row, column, "enforcement.discretion.import.required"));
            return null;
        }
        var value = Spreadsheets.label(text, type, prefix, messages);
        if (value.isEmpty()) {
            errors.add(ImportError.at(row, column, "enforcement.discretion.import.choice",
                    Spreadsheets.labels(type, prefix, messages)));
            return null;
        }
        return value.get();
    }

    private static LocalDate dateCell(int row, Map<String, String> cells, String column, List<ImportError> errors) {
        String text = cells.get(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        var d = Spreadsheets.date(text);
        if (d.isEmpty()) {
            errors.add(ImportError.at(row, column, "enforcement.discretion.import.date"));
            return null;
        }
        return d.get();
    }

    private static BigDecimal amountCell(int row, Map<String, String> cells, String column, List<ImportError> errors) {
        String text = cells.get(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(ImportError.at(row, column, "enforcement.discretion.import.amount"));
            return null;
        }
    }
}
