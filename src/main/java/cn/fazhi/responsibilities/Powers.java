package cn.fazhi.responsibilities;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.imports.ImportError;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Keeping the 权责清单: a power is a code with versions; a new power is version 1, an edit of a published version is
 * a new version with its own effective date (after the one it follows), an edit of an unpublished version changes it
 * in place. Nothing is public until published ({@link #publish}): publication marks every draft in the caller's scope
 * published and ends the version each one follows on the day the new one takes effect. .xlsx import adds drafts, all
 * or nothing, with row-by-row reasons. A department keeps its own powers (its data scope), the office any. Every
 * change is audited.
 */
@Service
public class Powers {

    static final String SELECT = "SELECT p.*, u.name AS unit_name FROM power_item p JOIN unit u ON u.id = p.unit_id";
    static final String LATEST = "p.version_no = (SELECT MAX(l.version_no) FROM power_item l WHERE l.code = p.code)";
    static final int MAX_ROWS = 10_000;
    static final int MAX_LISTED_ERRORS = 50;
    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    /** The import sheet's columns (titles from the bundle, Chinese or English). */
    public static final List<Spreadsheets.Column> COLUMNS = List.of(new Spreadsheets.Column("responsibilities.field.code", true),
            new Spreadsheets.Column("responsibilities.field.type", true),
            new Spreadsheets.Column("responsibilities.field.name", true),
            new Spreadsheets.Column("responsibilities.field.basis", true),
            new Spreadsheets.Column("responsibilities.field.unit", true),
            new Spreadsheets.Column("responsibilities.field.effectiveFrom", true),
            new Spreadsheets.Column("responsibilities.field.duties", false),
            new Spreadsheets.Column("responsibilities.field.accountability", false));

    private final JdbcClient jdbc;
    private final Units units;
    private final AuditTrail audit;
    private final Clock clock;
    private final PowerIndex index;
    private final ResponsibilitiesProperties properties;
    private final MessageSource messages;

    Powers(JdbcClient jdbc, Units units, AuditTrail audit, Clock clock, PowerIndex index,
            ResponsibilitiesProperties properties, MessageSource messages) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.index = index;
        this.properties = properties;
        this.messages = messages;
    }

    /** The configured 职权类型 codes. */
    public List<String> types() {
        return properties.types();
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    /** The latest version of each power in scope matching the filters, by unit and code. */
    public Paged<PowerRow> search(PowerCommands.Query q, DataScope scope, int page, int size) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        StringBuilder w = new StringBuilder(" WHERE " + LATEST + " AND " + scope.sqlCondition("p.unit_id", "p.region_code"));
        filters(q == null ? PowerCommands.Query.none() : q, w, p);
        return page(w.toString(), p, page, size, " ORDER BY u.sort_order, p.unit_id, p.code");
    }

    /** The published powers in force on {@code on} (the portal and the API), by unit, type and code. */
    public Paged<PowerRow> published(String q, Long unitId, String type, LocalDate on, int page, int size) {
        Map<String, Object> p = new HashMap<>();
        p.put("on", on);
        StringBuilder w = new StringBuilder(" WHERE " + Responsibilities.IN_FORCE.replace("published_on", "p.published_on")
                .replace("effective_", "p.effective_"));
        filters(new PowerCommands.Query(q, unitId, type, null), w, p);
        return page(w.toString(), p, page, size, " ORDER BY u.sort_order, p.unit_id, p.power_type, p.code");
    }

    private Paged<PowerRow> page(String where, Map<String, Object> p, int page, int size, String order) {
        long total = jdbc.sql("SELECT COUNT(*) FROM power_item p JOIN unit u ON u.id = p.unit_id" + where).params(p)
                .query(Long.class).single();
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        p.put("limit", s);
        p.put("offset", (long) pg * s);
        LocalDate today = LocalDate.now(clock);
        List<PowerRow> items = jdbc.sql(SELECT + where + order + " LIMIT :limit OFFSET :offset").params(p)
                .query((rs, i) -> map(rs, today)).list();
        return new Paged<>(items, total, pg, s);
    }

    private static void filters(PowerCommands.Query q, StringBuilder w, Map<String, Object> p) {
        if (q.q() != null && !q.q().isBlank()) {
            w.append(" AND (p.code LIKE :kw OR p.name LIKE :kw OR p.basis LIKE :kw)");
            p.put("kw", "%" + q.q().strip() + "%");
        }
        if (q.unitId() != null) {
            w.append(" AND p.unit_id = :unitFilter");
            p.put("unitFilter", q.unitId());
        }
        if (q.powerType() != null && !q.powerType().isBlank()) {
            w.append(" AND p.power_type = :typeFilter");
            p.put("typeFilter", q.powerType());
        }
        if ("DRAFT".equals(q.state())) {
            w.append(" AND p.published_on IS NULL");
        } else if ("PUBLISHED".equals(q.state())) {
            w.append(" AND p.published_on IS NOT NULL");
        }
    }

    public Optional<PowerRow> find(long id, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.parameters());
        p.put("id", id);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE p.id = :id AND " + scope.sqlCondition("p.unit_id", "p.region_code")).params(p)
                .query((rs, i) -> map(rs, today)).optional();
    }

    /** The version if the caller's scope covers its unit, else 404. */
    public PowerRow get(long id, DataScope scope) {
        return find(id, scope).orElseThrow(() -> UserFacingException.notFound("responsibilities.error.unknown"));
    }

    /** Every version of a code, oldest first. */
    public List<PowerRow> history(String code) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE p.code = :code ORDER BY p.version_no").param("code", code)
                .query((rs, i) -> map(rs, today)).list();
    }

    /** A published version, for the portal (drafts are not public). */
    public Optional<PowerRow> findPublished(long id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " WHERE p.id = :id AND p.published_on IS NOT NULL").param("id", id)
                .query((rs, i) -> map(rs, today)).optional();
    }

    // ---- keeping ---------------------------------------------------------------------------------------------------

    @Transactional
    public PowerRow create(PowerCommands.Power c, DataScope scope) {
        UnitView unit = checked(c, scope);
        String code = c.code().strip();
        if (!index.known(List.of(code)).isEmpty()) {
            throw UserFacingException.conflict("responsibilities.error.codeTaken", code);
        }
        long id = insert(code, 1, c, unit);
        audit.record(AuditEntry.of("responsibilities.power.created", "power_item", id, code + " " + c.name().strip()));
        return get(id, scope);
    }

    /**
     * An edit of version {@code id}, which must be the latest of its code: a draft changes in place; a published
     * version gets a new draft version, in force from a later day than it.
     */
    @Transactional
    public PowerRow revise(long id, PowerCommands.Power c, DataScope scope) {
        PowerRow before = get(id, scope);
        if (c == null || c.version() == null) {
            throw UserFacingException.badRequest("responsibilities.error.versionMissing");
        }
        PowerCommands.Power same = new PowerCommands.Power(before.code(), c.powerType(), c.name(), c.basis(), c.unitId(),
                c.effectiveFrom(), c.duties(), c.accountability(), c.version());
        UnitView unit = checked(same, scope);
        int latest = jdbc.sql("SELECT MAX(version_no) FROM power_item WHERE code = :c").param("c", before.code())
                .query(Integer.class).single();
        if (before.versionNo() != latest || before.version() != c.version()) {
            throw UserFacingException.conflict("responsibilities.error.stale");
        }
        if (before.publishedOn() == null) {
            if (before.versionNo() > 1 && !same.effectiveFrom().isAfter(previousFrom(before.code(), before.versionNo()))) {
                throw UserFacingException.badRequest("responsibilities.error.effectiveOrder",
                        previousFrom(before.code(), before.versionNo()));
            }
            int n = jdbc.sql("UPDATE power_item SET power_type = :type, name = :name, matter_key = :key, basis = :basis, "
                            + "unit_id = :unit, region_code = :region, effective_from = :from, duties = :duties, "
                            + "accountability = :acc, version = version + 1 WHERE id = :id AND version = :version")
                    .params(columns(same, unit)).param("id", id).param("version", c.version()).update();
            if (n == 0) {
                throw UserFacingException.conflict("responsibilities.error.stale");
            }
            audit.record(AuditEntry.of("responsibilities.power.updated", "power_item", id, before.code() + " v"
                    + before.versionNo() + " " + same.name().strip()));
            return get(id, scope);
        }
        if (!same.effectiveFrom().isAfter(before.effectiveFrom())) {
            throw UserFacingException.badRequest("responsibilities.error.effectiveOrder", before.effectiveFrom());
        }
        long created = insert(before.code(), before.versionNo() + 1, same, unit);
        audit.record(AuditEntry.of("responsibilities.power.revised", "power_item", created, before.code() + " v"
                + (before.versionNo() + 1) + " from " + same.effectiveFrom()));
        return get(created, scope);
    }

    private LocalDate previousFrom(String code, int versionNo) {
        return jdbc.sql("SELECT effective_from FROM power_item WHERE code = :c AND version_no = :v").param("c", code)
                .param("v", versionNo - 1).query(LocalDate.class).single();
    }

    /**
     * Publishes every draft of the units in scope on {@code on}: each gets {@code published_on}, and the published
     * version it follows ends the day it takes effect. Nothing to publish is a 400.
     */
    @Transactional
    public int publish(LocalDate on, DataScope scope) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        List<Map<String, Object>> drafts = jdbc.sql("SELECT p.id, p.code, p.effective_from FROM power_item p WHERE "
                        + "p.published_on IS NULL AND " + scope.sqlCondition("p.unit_id", "p.region_code")
                        + " ORDER BY p.code, p.version_no").params(scope.parameters()).query().listOfRows();
        if (drafts.isEmpty()) {
            throw UserFacingException.badRequest("responsibilities.error.nothingToPublish");
        }
        for (Map<String, Object> d : drafts) {
            LocalDate from = toDate(d.get("effective_from"));
            jdbc.sql("UPDATE power_item SET effective_to = :from, version = version + 1 WHERE code = :code AND "
                            + "published_on IS NOT NULL AND effective_from < :from AND (effective_to IS NULL OR "
                            + "effective_to > :from)")
                    .param("from", from).param("code", d.get("code")).update();
            jdbc.sql("UPDATE power_item SET published_on = :on, version = version + 1 WHERE id = :id")
                    .param("on", day).param("id", d.get("id")).update();
        }
        jdbc.sql("INSERT INTO power_publication (published_on, powers, region_code, created_at, created_by) VALUES "
                        + "(:on, :n, :region, :now, :by)").param("on", day).param("n", drafts.size())
                .param("region", scope.regionCode()).param("now", OffsetDateTime.now(clock))
                .param("by", Actors.current()).update();
        audit.record(AuditEntry.of("responsibilities.list.published", "power_item", "list", drafts.size()
                + " versions published " + day));
        index.invalidate();
        return drafts.size();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    /** Adds every row of the file as a draft (a new power, or a new version of an existing code), or nothing. */
    @Transactional
    public int importFile(String fileName, Path file, DataScope scope) {
        Reader reader = new Reader(scope);
        Spreadsheets.read(file, COLUMNS, messages, reader::row);
        if (reader.rows.isEmpty() && reader.badRows == 0) {
            throw UserFacingException.badRequest("responsibilities.import.error.empty");
        }
        if (reader.badRows > 0) {
            throw new ImportRejected("responsibilities.import.error.rows", reader.errors, reader.badRows);
        }
        for (Planned r : reader.rows) {
            insert(r.code(), r.versionNo(), r.power(), r.unit());
        }
        audit.record(AuditEntry.of("responsibilities.list.imported", "power_item", "list", fileName + " rows="
                + reader.rows.size()));
        return reader.rows.size();
    }

    private record Planned(String code, int versionNo, PowerCommands.Power power, UnitView unit) {}

    /** Checks each row like a form, and against the list and the file. */
    private final class Reader {

        final DataScope scope;
        final Map<String, UnitView> unitsByName = new HashMap<>();
        final Set<String> seen = new HashSet<>();
        final List<Planned> rows = new ArrayList<>();
        final List<ImportError> errors = new ArrayList<>();
        final Map<String, String> typeByText = new HashMap<>();
        int badRows;

        Reader(DataScope scope) {
            this.scope = scope;
            for (UnitView u : units.all()) {
                unitsByName.putIfAbsent(u.name(), u);
                unitsByName.putIfAbsent(u.shortName(), u);
                unitsByName.putIfAbsent(u.code(), u);
            }
            for (String t : properties.types()) {
                typeByText.put(t, t);
                for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                    typeByText.putIfAbsent(messages.getMessage("responsibilities.type." + t, null, t, l), t);
                }
            }
        }

        void row(int row, Map<String, String> cells) {
            if (rows.size() + badRows >= MAX_ROWS) {
                throw UserFacingException.badRequest("responsibilities.import.error.tooManyRows", MAX_ROWS);
            }
            List<ImportError> found = new ArrayList<>();
            String code = cells.get("responsibilities.field.code");
            String typeText = cells.get("responsibilities.field.type");
            String name = cells.get("responsibilities.field.name");
            String basis = cells.get("responsibilities.field.basis");
            String unitText = cells.get("responsibilities.field.unit");
            String fromText = cells.get("responsibilities.field.effectiveFrom");
            String type = typeText == null ? null : typeByText.get(typeText);
            UnitView unit = unitText == null ? null : unitsByName.get(unitText);
            LocalDate from = fromText == null ? null : Spreadsheets.date(fromText).orElse(null);
            require(found, row, "responsibilities.field.code", code);
            require(found, row, "responsibilities.field.name", name);
            require(found, row, "responsibilities.field.basis", basis);
            if (code != null && !code.matches(CODE)) {
                found.add(ImportError.at(row, "responsibilities.field.code", "responsibilities.import.reason.code", code));
            } else if (code != null && !seen.add(code)) {
                found.add(ImportError.at(row, "responsibilities.field.code", "responsibilities.import.reason.repeated",
                        code));
            }
            if (type == null) {
                found.add(ImportError.at(row, "responsibilities.field.type", "responsibilities.import.reason.type",
                        typeText == null ? "" : typeText));
            }
            if (unit == null) {
                found.add(ImportError.at(row, "responsibilities.field.unit", "responsibilities.import.reason.unit",
                        unitText == null ? "" : unitText));
            } else if (!scope.covers(unit.id(), unit.regionCode())) {
                found.add(ImportError.at(row, "responsibilities.field.unit", "responsibilities.import.reason.scope",
                        unit.name()));
            }
            if (from == null) {
                found.add(ImportError.at(row, "responsibilities.field.effectiveFrom",
                        "responsibilities.import.reason.date", fromText == null ? "" : fromText));
            }
            if (name != null && name.length() > 300) {
                found.add(ImportError.at(row, "responsibilities.field.name", "responsibilities.import.reason.tooLong", 300));
            }
            if (basis != null && !basis.contains("《")) {
                found.add(ImportError.at(row, "responsibilities.field.basis", "responsibilities.import.reason.basis"));
            }
            int versionNo = 1;
            if (found.isEmpty()) {
                Map<String, Object> latest = jdbc.sql("SELECT version_no, effective_from, published_on, unit_id, "
                        + "region_code FROM power_item WHERE code = :c ORDER BY version_no DESC LIMIT 1")
                        .param("c", code).query().listOfRows().stream().findFirst().orElse(null);
                if (latest != null) {
                    versionNo = ((Number) latest.get("version_no")).intValue() + 1;
                    if (latest.get("published_on") == null) {
                        found.add(ImportError.at(row, "responsibilities.field.code",
                                "responsibilities.import.reason.draftPending", code));
                    } else if (!scope.covers(((Number) latest.get("unit_id")).longValue(),
                            (String) latest.get("region_code"))) {
                        found.add(ImportError.at(row, "responsibilities.field.code",
                                "responsibilities.import.reason.codeOfOther", code));
                    } else if (!from.isAfter(toDate(latest.get("effective_from")))) {
                        found.add(ImportError.at(row, "responsibilities.field.effectiveFrom",
                                "responsibilities.import.reason.effectiveOrder", toDate(latest.get("effective_from"))));
                    }
                }
            }
            if (found.isEmpty()) {
                rows.add(new Planned(code, versionNo, new PowerCommands.Power(code, type, name, basis, unit.id(), from,
                        cells.get("responsibilities.field.duties"), cells.get("responsibilities.field.accountability"),
                        null), unit));
            } else {
                badRows++;
                found.stream().limit(Math.max(0, MAX_LISTED_ERRORS - errors.size())).forEach(errors::add);
            }
        }

        private static void require(List<ImportError> found, int row, String column, String value) {
            if (value == null || value.isBlank()) {
                found.add(ImportError.at(row, column, "responsibilities.import.reason.required"));
            }
        }
    }

    // ---- rules -----------------------------------------------------------------------------------------------------

    /**
     * A power needs a code (letters, digits, '.', '_', '-'), a configured type, a name, a basis naming its law
     * (《…》, LEGAL-RULES-2 §11.5: 实施依据), a unit in the caller's scope and the day it takes effect.
     */
    private UnitView checked(PowerCommands.Power c, DataScope scope) {
        if (c == null || blank(c.code()) || blank(c.powerType()) || blank(c.name()) || blank(c.basis())
                || c.unitId() == null || c.effectiveFrom() == null) {
            throw UserFacingException.badRequest("responsibilities.error.incomplete");
        }
        if (!c.code().strip().matches(CODE)) {
            throw UserFacingException.badRequest("responsibilities.error.code", c.code());
        }
        if (!properties.types().contains(c.powerType())) {
            throw UserFacingException.badRequest("responsibilities.error.type", c.powerType());
        }
        if (!c.basis().contains("《")) {
            throw UserFacingException.badRequest("responsibilities.error.basis");
        }
        if (c.name().strip().length() > 300 || c.basis().length() > 4000
                || (c.duties() != null && c.duties().length() > 4000)
                || (c.accountability() != null && c.accountability().length() > 4000)) {
            throw UserFacingException.badRequest("responsibilities.error.tooLong");
        }
        return units.findVisible(c.unitId(), scope)
                .orElseThrow(() -> UserFacingException.badRequest("responsibilities.error.unit"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private long insert(String code, int versionNo, PowerCommands.Power c, UnitView unit) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO power_item (code, version_no, power_type, name, matter_key, basis, unit_id, region_code, "
                        + "effective_from, duties, accountability, created_at, created_by) VALUES (:code, :no, :type, "
                        + ":name, :key, :basis, :unit, :region, :from, :duties, :acc, :now, :by)")
                .params(columns(c, unit)).param("code", code).param("no", versionNo)
                .param("now", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static Map<String, Object> columns(PowerCommands.Power c, UnitView unit) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", c.powerType());
        m.put("name", c.name().strip());
        m.put("key", MatterKeys.of(c.name()));
        m.put("basis", c.basis().strip());
        m.put("unit", unit.id());
        m.put("region", unit.regionCode());
        m.put("from", c.effectiveFrom());
        m.put("duties", blank(c.duties()) ? null : c.duties().strip());
        m.put("acc", blank(c.accountability()) ? null : c.accountability().strip());
        return m;
    }

    static PowerRow map(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate from = rs.getObject("effective_from", LocalDate.class);
        LocalDate to = rs.getObject("effective_to", LocalDate.class);
        LocalDate published = rs.getObject("published_on", LocalDate.class);
        String state = published == null ? "DRAFT" : from.isAfter(today) ? "SCHEDULED"
                : to != null && !to.isAfter(today) ? "ENDED" : "IN_FORCE";
        return new PowerRow(rs.getLong("id"), rs.getString("code"), rs.getInt("version_no"), rs.getString("power_type"),
                rs.getString("name"), rs.getString("matter_key"), rs.getString("basis"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("region_code"), from, to, published, rs.getString("duties"),
                rs.getString("accountability"), state, rs.getInt("version"));
    }
}
