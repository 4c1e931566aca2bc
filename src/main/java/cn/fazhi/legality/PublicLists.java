package cn.fazhi.legality;

import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.legality.events.ListPublished;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.imports.ImportError;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The public lists: items kept one by one or imported from .xlsx (all or nothing: every row is checked first and any
 * wrong row refuses the whole file with row-by-row reasons), published on the portal with an edition label. Only a
 * published list is visible without login.
 */
@Service
public class PublicLists {

    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 20_000;
    static final int MAX_LISTED_ERRORS = 200;
    private static final Locale[] HEADER_LOCALES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};
    private static final String ITEM = "SELECT id, kind, code, name, department, basis, handling FROM public_list_item";
    private static final String INSERT = "INSERT INTO public_list_item (kind, code, name, department, basis, handling, "
            + "unit_id, region_code, decided_on, created_at, created_by) VALUES (:kind, :code, :name, :department, :basis, "
            + ":handling, :unit, :region, :decided, :now, :by)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    PublicLists(JdbcClient jdbc, NamedParameterJdbcTemplate named, AuditTrail audit, ApplicationEventPublisher events,
            MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    public List<ListView> lists() {
        // In the order of the enum (the catalogues first, then the certificate list).
        List<ListView> all = new ArrayList<>(jdbc.sql(LISTS).param("commitment", CertificateHandling.NOTIFICATION_COMMITMENT.name())
                .query(this::mapList).list());
        all.sort(java.util.Comparator.comparing(ListView::kind));
        return all;
    }

    public ListView list(ListKind kind) {
        return jdbc.sql(LISTS + " WHERE l.kind = :k").param("k", kind.name())
                .param("commitment", CertificateHandling.NOTIFICATION_COMMITMENT.name()).query(this::mapList).single();
    }

    public List<ListItemView> items(ListKind kind) {
        return jdbc.sql(ITEM + " WHERE kind = :k ORDER BY code, id").param("k", kind.name()).query(this::mapItem).list();
    }

    /** A published list and its items for the portal; an unpublished list is "not found". */
    public List<ListItemView> publishedItems(ListKind kind) {
        if (!list(kind).published()) {
            throw UserFacingException.notFound("error.notFound");
        }
        return items(kind);
    }

    private static final String LISTS = "SELECT l.*, (SELECT COUNT(*) FROM public_list_item i WHERE i.kind = l.kind) AS items, "
            + "(SELECT COUNT(*) FROM public_list_item i WHERE i.kind = l.kind AND i.handling = :commitment) "
            + "AS commitments FROM public_list l";

    // ---- keeping items --------------------------------------------------------------------------------------------

    @Transactional
    public ListItemView add(ListKind kind, ListCommands.Item c, CurrentUser me) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, Object> row = parse(kind, 0, values(c), errors);
        if (!errors.isEmpty()) {
            ImportError e = errors.get(0);
            throw UserFacingException.badRequest("legality.list.error.field", e.column(), e.reason());
        }
        if (existing(kind).contains(row.get("code"))) {
            throw UserFacingException.conflict("legality.import.reason.codeExists", row.get("code"));
        }
        jdbc.sql(INSERT).params(withOwner(row, me)).update();
        audit.record(AuditEntry.of("legality.list.item.added", "public_list", kind.name(), (String) row.get("code")));
        return jdbc.sql(ITEM + " WHERE kind = :k AND code = :c").param("k", kind.name()).param("c", row.get("code"))
                .query(this::mapItem).single();
    }

    /**
     * Adds the items of a generated year, decided on {@code decidedOn}, checked like single entries and stored in one
     * batch (inside the generating transaction, which audits the generation once). Any wrong item refuses them all.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    int addGenerated(ListKind kind, List<ListCommands.Item> items, LocalDate decidedOn, long unitId, String regionCode) {
        Reader reader = new Reader(kind);
        int row = 0;
        for (ListCommands.Item item : items) {
            reader.row(++row, values(item));
        }
        if (reader.badRows > 0) {
            throw new ImportRejected("legality.import.error.rows", reader.errors, reader.badRows);
        }
        named.batchUpdate(INSERT, reader.rows.stream()
                .map(r -> new MapSqlParameterSource(withOwner(r, unitId, regionCode, decidedOn)))
                .toArray(SqlParameterSource[]::new));
        return reader.rows.size();
    }

    /** Publishes a generated list with its edition on {@code on} (a day of the generated year). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void publishGenerated(ListKind kind, String edition, LocalDate on) {
        ListView l = list(kind);
        jdbc.sql("UPDATE public_list SET edition = :e, published_on = :on, version = version + 1 WHERE kind = :k")
                .param("e", edition).param("on", on).param("k", kind.name()).update();
        events.publishEvent(new ListPublished(kind.name(), edition, true, (int) l.items()));
    }

    @Transactional
    public void remove(ListKind kind, long itemId) {
        ListItemView item = jdbc.sql(ITEM + " WHERE id = :id AND kind = :k").param("id", itemId).param("k", kind.name())
                .query(this::mapItem).optional().orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        jdbc.sql("DELETE FROM public_list_item WHERE id = :id").param("id", itemId).update();
        audit.record(AuditEntry.of("legality.list.item.removed", "public_list", kind.name(), item.code() + " " + item.name()));
    }

    /** Publishes the list with its edition label; an empty list cannot be published. */
    @Transactional
    public ListView publish(ListKind kind, ListCommands.Publish c) {
        ListView l = list(kind);
        String edition = Text.required(c == null ? null : c.edition(), 100, "legality.field.edition");
        if (l.items() == 0) {
            throw UserFacingException.conflict("legality.list.error.empty");
        }
        int updated = jdbc.sql("UPDATE public_list SET edition = :e, published_on = :on, version = version + 1 "
                        + "WHERE kind = :k AND version = :v")
                .param("e", edition).param("on", LocalDate.now(clock)).param("k", kind.name())
                .param("v", c.version() == null ? l.version() : c.version()).update();
        if (updated != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        audit.record(AuditEntry.of("legality.list.published", "public_list", kind.name(), edition + " " + l.items()));
        events.publishEvent(new ListPublished(kind.name(), edition, true, (int) l.items()));
        return list(kind);
    }

    /** Takes the list off the portal. */
    @Transactional
    public ListView withdraw(ListKind kind) {
        ListView l = list(kind);
        if (!l.published()) {
            throw UserFacingException.conflict("legality.list.error.notPublished");
        }
        jdbc.sql("UPDATE public_list SET published_on = NULL, version = version + 1 WHERE kind = :k")
                .param("k", kind.name()).update();
        audit.record(AuditEntry.of("legality.list.withdrawn", "public_list", kind.name(), l.edition()));
        events.publishEvent(new ListPublished(kind.name(), l.edition(), false, (int) l.items()));
        return list(kind);
    }

    // ---- spreadsheet ----------------------------------------------------------------------------------------------

    /** The empty template of {@code kind}: one header row with the column titles in {@code locale}. */
    public void template(ListKind kind, OutputStream out, Locale locale) {
        Spreadsheets.template(out, columns(kind), messages.getMessage("legality.list." + kind, null, locale), messages,
                locale);
    }

    /** The columns of {@code kind}'s sheet (titles in either language, or the column name). */
    private static List<Spreadsheets.Column> columns(ListKind kind) {
        return java.util.Arrays.stream(ListColumn.values()).filter(c -> c.usedBy(kind))
                .map(c -> new Spreadsheets.Column(c.key(), c.requiredFor(kind), c.name())).toList();
    }

    private static ImportError error(int row, ListColumn column, String reasonKey, Object... args) {
        return ImportError.at(row, column.key(), reasonKey, args);
    }

    /** Adds every row of the file to the list, or nothing: any wrong row → {@link ImportRejected}. */
    @Transactional
    public int importFile(ListKind kind, String fileName, Path file, CurrentUser me) {
        Spreadsheets.checkFileType(fileName, file);
        Reader reader = new Reader(kind);
        Spreadsheets.read(file, columns(kind), messages, (row, cells) -> {
            Map<ListColumn, String> values = new EnumMap<>(ListColumn.class);
            for (ListColumn c : ListColumn.values()) {
                String v = cells.get(c.key());
                if (v != null) {
                    values.put(c, v);
                }
            }
            reader.row(row, values);
        });
        if (reader.rows.isEmpty() && reader.badRows == 0) {
            throw UserFacingException.badRequest("legality.import.error.empty");
        }
        if (reader.badRows > 0) {
            throw new ImportRejected("legality.import.error.rows", reader.errors, reader.badRows);
        }
        SqlParameterSource[] batch = reader.rows.stream().map(r -> new MapSqlParameterSource(withOwner(r, me)))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(INSERT, batch);
        audit.record(AuditEntry.of("legality.list.imported", "public_list", kind.name(), fileName + " rows=" + batch.length));
        return batch.length;
    }

    private Set<String> existing(ListKind kind) {
        return new HashSet<>(jdbc.sql("SELECT code FROM public_list_item WHERE kind = :k").param("k", kind.name())
                .query(String.class).list());
    }

    /** Checks every row like a single entry and against the list and the file. */
    private final class Reader {

        final ListKind kind;
        final Set<String> codes;
        final Set<String> seen = new HashSet<>();
        final List<Map<String, Object>> rows = new ArrayList<>();
        final List<ImportError> errors = new ArrayList<>();
        int badRows;

        Reader(ListKind kind) {
            this.kind = kind;
            this.codes = existing(kind);
        }

        void row(int row, Map<ListColumn, String> values) {
            if (rows.size() + badRows >= MAX_ROWS) {
                throw UserFacingException.badRequest("legality.import.error.tooManyRows", MAX_ROWS);
            }
            List<ImportError> found = new ArrayList<>();
            Map<String, Object> parsed = parse(kind, row, values, found);
            String code = (String) parsed.get("code");
            if (code != null && codes.contains(code)) {
                found.add(error(row, ListColumn.CODE, "legality.import.reason.codeExists", code));
            } else if (code != null && !seen.add(code)) {
                found.add(error(row, ListColumn.CODE, "legality.import.reason.codeRepeated", code));
            }
            if (found.isEmpty()) {
                rows.add(parsed);
            } else {
                badRows++;
                found.stream().limit(Math.max(0, MAX_LISTED_ERRORS - errors.size())).forEach(errors::add);
            }
        }

    }

    private static Map<ListColumn, String> values(ListCommands.Item c) {
        Map<ListColumn, String> v = new EnumMap<>(ListColumn.class);
        if (c == null) {
            return v;
        }
        put(v, ListColumn.CODE, c.code());
        put(v, ListColumn.NAME, c.name());
        put(v, ListColumn.DEPARTMENT, c.department());
        put(v, ListColumn.BASIS, c.basis());
        put(v, ListColumn.HANDLING, c.handling() == null ? null : c.handling().name());
        return v;
    }

    private static void put(Map<ListColumn, String> v, ListColumn c, String value) {
        if (value != null && !value.isBlank()) {
            v.put(c, value.strip());
        }
    }

    /** One row (or form) checked: required cells, lengths, the handling label in either language or as its code. */
    private Map<String, Object> parse(ListKind kind, int row, Map<ListColumn, String> v, List<ImportError> errors) {
        Map<String, Object> r = new HashMap<>();
        r.put("kind", kind.name());
        r.put("code", cell(row, v, ListColumn.CODE, 64, true, errors));
        r.put("name", cell(row, v, ListColumn.NAME, 200, true, errors));
        r.put("department", cell(row, v, ListColumn.DEPARTMENT, 100, true, errors));
        r.put("basis", cell(row, v, ListColumn.BASIS, 1000, false, errors));
        String handling = null;
        if (kind.hasHandling()) {
            String text = v.get(ListColumn.HANDLING);
            if (text == null) {
                errors.add(error(row, ListColumn.HANDLING, "legality.import.reason.required"));
            } else {
                handling = handling(text);
                if (handling == null) {
                    errors.add(error(row, ListColumn.HANDLING, "legality.import.reason.handling", text,
                            messages.getMessage("legality.handling.RETAINED", null, LocaleContextHolder.getLocale()),
                            messages.getMessage("legality.handling.NOTIFICATION_COMMITMENT", null,
                                    LocaleContextHolder.getLocale())));
                }
            }
        }
        r.put("handling", handling);
        return r;
    }

    private String handling(String text) {
        for (CertificateHandling h : CertificateHandling.values()) {
            if (h.name().equalsIgnoreCase(text)) {
                return h.name();
            }
            for (Locale locale : HEADER_LOCALES) {
                if (messages.getMessage("legality.handling." + h, null, locale).equalsIgnoreCase(text)) {
                    return h.name();
                }
            }
        }
        return null;
    }

    private static String cell(int row, Map<ListColumn, String> v, ListColumn c, int max, boolean required,
            List<ImportError> errors) {
        String text = v.get(c);
        if (text == null) {
            if (required) {
                errors.add(error(row, c, "legality.import.reason.required"));
            }
            return null;
        }
        if (text.length() > max) {
            errors.add(error(row, c, "legality.import.reason.tooLong", max));
            return null;
        }
        return text;
    }

    private Map<String, Object> withOwner(Map<String, Object> row, CurrentUser me) {
        return withOwner(row, me.unitId(), me.regionCode(), LocalDate.now(clock));
    }

    private Map<String, Object> withOwner(Map<String, Object> row, long unitId, String regionCode, LocalDate decidedOn) {
        Map<String, Object> r = new HashMap<>(row);
        r.put("unit", unitId);
        r.put("region", regionCode);
        r.put("decided", decidedOn);
        r.put("now", OffsetDateTime.now(clock));
        r.put("by", Actors.current());
        return r;
    }

    private ListView mapList(ResultSet rs, int n) throws SQLException {
        return new ListView(ListKind.valueOf(rs.getString("kind")), rs.getString("edition"),
                rs.getObject("published_on", LocalDate.class), rs.getLong("items"), rs.getLong("commitments"),
                rs.getInt("version"));
    }

    private ListItemView mapItem(ResultSet rs, int n) throws SQLException {
        String handling = rs.getString("handling");
        return new ListItemView(rs.getLong("id"), ListKind.valueOf(rs.getString("kind")), rs.getString("code"),
                rs.getString("name"), rs.getString("department"), rs.getString("basis"),
                handling == null ? null : CertificateHandling.valueOf(handling));
    }
}
