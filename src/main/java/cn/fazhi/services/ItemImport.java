package cn.fazhi.services;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.imports.ImportError;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.UserFacingException;

/**
 * .xlsx import of service items into the caller's unit, all or nothing: every row is checked as a single item would
 * be ({@link ItemKeeping#create}, its rules and scope) and any refused row rejects the whole file with each row's
 * Chinese reason; nothing is saved then (one transaction). Materials: one per line or separated by "；".
 */
@Service
public class ItemImport {

    static final int MAX_ROWS = 2000;

    static final List<Spreadsheets.Column> COLUMNS = List.of(new Spreadsheets.Column("services.item.code", false),
            new Spreadsheets.Column("services.item.name", true), new Spreadsheets.Column("services.item.type", true),
            new Spreadsheets.Column("services.item.basis", true), new Spreadsheets.Column("services.item.level", true),
            new Spreadsheets.Column("services.item.legalDays", false),
            new Spreadsheets.Column("services.item.legalArticle", false),
            new Spreadsheets.Column("services.item.promisedDays", true),
            new Spreadsheets.Column("services.item.online", false),
            new Spreadsheets.Column("services.item.powerCode", false),
            new Spreadsheets.Column("services.item.materials", true),
            new Spreadsheets.Column("services.item.effectiveFrom", true),
            new Spreadsheets.Column("services.item.conditions", false), new Spreadsheets.Column("services.item.fees", false),
            new Spreadsheets.Column("services.item.places", false));

    /** The template's and the file's columns (message keys of their titles). */
    public static List<Spreadsheets.Column> columns() {
        return COLUMNS;
    }

    private final ItemKeeping keeping;
    private final MessageSource messages;
    private final AuditTrail audit;

    ItemImport(ItemKeeping keeping, MessageSource messages, AuditTrail audit) {
        this.keeping = keeping;
        this.messages = messages;
        this.audit = audit;
    }

    /** Imports the file's rows as new items of the caller's unit; returns how many. */
    @Transactional
    public int importFile(String fileName, Path file) {
        Spreadsheets.checkFileType(fileName, file);
        List<ImportError> errors = new ArrayList<>();
        Set<Integer> badRows = new HashSet<>();
        Set<String> codes = new HashSet<>();
        int[] imported = {0};
        Spreadsheets.read(file, COLUMNS, messages, (row, cells) -> {
            if (imported[0] + badRows.size() >= MAX_ROWS) {
                throw UserFacingException.badRequest("services.item.import.error.tooManyRows", MAX_ROWS);
            }
            List<ImportError> rowErrors = new ArrayList<>();
            ItemForm form = form(row, cells, rowErrors);
            if (form != null && form.code() != null && !form.code().isBlank() && !codes.add(form.code().strip())) {
                rowErrors.add(new ImportError(row, column("services.item.code"), "services.item.import.error.duplicate",
                        form.code()));
            }
            if (rowErrors.isEmpty()) {
                try {
                    keeping.create(form);
                    imported[0]++;
                } catch (UserFacingException e) {
                    if (e.status() == org.springframework.http.HttpStatus.FORBIDDEN) {
                        throw e;
                    }
                    rowErrors.add(new ImportError(row, null, e.messageKey(), e.args()));
                }
            }
            if (!rowErrors.isEmpty()) {
                errors.addAll(rowErrors);
                badRows.add(row);
            }
        });
        if (imported[0] == 0 && badRows.isEmpty()) {
            throw UserFacingException.badRequest("services.item.import.error.empty");
        }
        if (!badRows.isEmpty()) {
            throw new ImportRejected("services.item.import.error.rows", errors, badRows.size());
        }
        audit.record(AuditEntry.of("services.item.imported", ItemKeeping.TYPE, "import", fileName + " rows=" + imported[0]));
        return imported[0];
    }

    private ItemForm form(int row, Map<String, String> cells, List<ImportError> errors) {
        String name = text(cells, "services.item.name");
        String basis = text(cells, "services.item.basis");
        ServiceItemType type = choice(row, cells, "services.item.type", ServiceItemType.class, "services.type.", errors);
        ServiceLevel level = choice(row, cells, "services.item.level", ServiceLevel.class, "services.level.", errors);
        Integer legal = number(row, cells, "services.item.legalDays", errors);
        Integer promised = number(row, cells, "services.item.promisedDays", errors);
        Boolean online = yesNo(row, cells, "services.item.online", errors);
        String from = text(cells, "services.item.effectiveFrom");
        Optional<java.time.LocalDate> effective = from == null ? Optional.empty() : Spreadsheets.date(from);
        if (from != null && effective.isEmpty()) {
            errors.add(new ImportError(row, column("services.item.effectiveFrom"), "services.item.import.error.date", from));
        }
        for (String key : List.of("services.item.name", "services.item.basis", "services.item.promisedDays",
                "services.item.effectiveFrom", "services.item.materials")) {
            if (text(cells, key) == null) {
                errors.add(new ImportError(row, column(key), "services.item.import.error.required"));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String materials = text(cells, "services.item.materials").replace("；", "\n").replace(";", "\n");
        return new ItemForm(text(cells, "services.item.code"), null, name, type, basis, level, false, null, legal,
                text(cells, "services.item.legalArticle"), promised, false, Boolean.TRUE.equals(online),
                text(cells, "services.item.powerCode"), text(cells, "services.item.conditions"),
                text(cells, "services.item.fees"), text(cells, "services.item.places"), materials, null,
                effective.orElse(null), null);
    }

    private static String text(Map<String, String> cells, String key) {
        String v = cells.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static DefaultMessageSourceResolvable column(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private <E extends Enum<E>> E choice(int row, Map<String, String> cells, String key, Class<E> type, String prefix,
            List<ImportError> errors) {
        String v = text(cells, key);
        if (v == null) {
            errors.add(new ImportError(row, column(key), "services.item.import.error.required"));
            return null;
        }
        Optional<E> e = Spreadsheets.label(v, type, prefix, messages);
        if (e.isEmpty()) {
            errors.add(new ImportError(row, column(key), "services.item.import.error.choice", v,
                    Spreadsheets.labels(type, prefix, messages)));
        }
        return e.orElse(null);
    }

    private static Integer number(int row, Map<String, String> cells, String key, List<ImportError> errors) {
        String v = text(cells, key);
        if (v == null) {
            return null;
        }
        String t = v.endsWith(".0") ? v.substring(0, v.length() - 2) : v;
        if (!t.matches("\\d{1,3}")) {
            errors.add(new ImportError(row, column(key), "services.item.import.error.days", v));
            return null;
        }
        return Integer.parseInt(t);
    }

    private static Boolean yesNo(int row, Map<String, String> cells, String key, List<ImportError> errors) {
        String v = text(cells, key);
        if (v == null || v.equals("否") || v.equalsIgnoreCase("no")) {
            return false;
        }
        if (v.equals("是") || v.equalsIgnoreCase("yes")) {
            return true;
        }
        errors.add(new ImportError(row, column(key), "services.item.import.error.yesNo", v));
        return null;
    }
}
