package cn.fazhi.reconsideration;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.imports.ImportError;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.ImportResult;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.imports.Spreadsheets.Column;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reconsideration.LitigationForms.RegisterLitigation;
import cn.fazhi.reconsideration.ReconsiderationForms.RegisterApplication;
import cn.fazhi.reconsideration.domain.ActCategory;
import cn.fazhi.reconsideration.domain.Channel;
import cn.fazhi.reconsideration.domain.Instance;
import cn.fazhi.reconsideration.domain.PartyKind;

/**
 * Bulk registration of reconsideration applications and of litigation cases from an .xlsx sheet, all or nothing.
 * Each row is turned into the same form a staff registration sends and registered through the facade, so it is
 * validated exactly as a single registration is (no second copy of the rules). All rows run in one transaction:
 * the case numbers are drawn one after the other while this transaction holds the sequence row, so they form one
 * gap-free block; if any row is wrong — a cell that does not parse, a refusal of the facade, a record outside the
 * caller's data scope — every row is still checked, the transaction rolls back (numbers included) and the refusal
 * lists row, column and reason in Chinese. One audit entry names the file and the number range.
 */
@Service
public class CaseImports {

    /** The most rows one file may hold (registration runs row by row; larger loads belong in several files). */
    public static final int MAX_ROWS = 5_000;
    static final int MAX_LISTED_ERRORS = 500;
    private static final String FIELD = "reconsideration.field.";

    /** The reconsideration sheet's columns, in template order; titles are the registration form's field labels. */
    public static final List<Column> RECONSIDERATION_COLUMNS = columns("channel!", "submittedOn!", "signedForOn",
            "learnedOn!", "applicantKind!", "applicantName!", "applicantIdNumber", "applicantUscc", "applicantPhone",
            "applicantTownship", "applicantAddress", "respondentUnitId!", "actDescription!", "actDate", "actDocumentNo",
            "actCategory!", "actAmount", "requests!");
    /** The litigation sheet's columns, in template order. */
    public static final List<Column> LITIGATION_COLUMNS = columns("court!", "instance!", "courtCaseNumber",
            "plaintiffName!", "plaintiffIdNumber", "defendantUnitId!", "subject!", "filedOn!");

    /** Facade refusals that name no field, and the column they concern. */
    private static final Map<String, String> COLUMN_OF_ERROR = Map.ofEntries(
            Map.entry("reconsideration.error.idNumber", "applicantIdNumber"),
            Map.entry("reconsideration.error.uscc", "applicantUscc"),
            Map.entry("reconsideration.error.phone", "applicantPhone"),
            // the kernel's party checks (cases.CaseParties), which the facade's registration now uses
            Map.entry("cases.party.idNumberInvalid", "applicantIdNumber"),
            Map.entry("cases.party.usccInvalid", "applicantUscc"),
            Map.entry("cases.party.phoneInvalid", "applicantPhone"),
            Map.entry("reconsideration.error.township", "applicantTownship"),
            Map.entry("reconsideration.error.unit", "respondentUnitId"),
            Map.entry("reconsideration.error.learnedAfterReceipt", "learnedOn"),
            Map.entry("reconsideration.error.amount", "actAmount"),
            Map.entry("reconsideration.error.outsideScope", "applicantTownship"),
            Map.entry("litigation.error.outsideScope", "respondentUnitId"));

    private final ReconsiderationCases reconsideration;
    private final LitigationCases litigation;
    private final Units units;
    private final AuditTrail audit;
    private final MessageSource messages;

    CaseImports(ReconsiderationCases reconsideration, LitigationCases litigation, Units units,
            AuditTrail audit, MessageSource messages) {
        this.reconsideration = reconsideration;
        this.litigation = litigation;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
    }

    private static List<Column> columns(String... names) {
        return java.util.Arrays.stream(names)
                .map(n -> new Column(FIELD + n.replace("!", ""), n.endsWith("!"))).toList();
    }

    /** The empty reconsideration template, titles in {@code locale}. */
    public void reconsiderationTemplate(java.io.OutputStream out, Locale locale) {
        Spreadsheets.template(out, RECONSIDERATION_COLUMNS,
                messages.getMessage("reconsideration.import.sheet", null, locale), messages, locale);
    }

    /** The empty litigation template, titles in {@code locale}. */
    public void litigationTemplate(java.io.OutputStream out, Locale locale) {
        Spreadsheets.template(out, LITIGATION_COLUMNS,
                messages.getMessage("litigation.import.sheet", null, locale), messages, locale);
    }

    /** Registers every row of {@code file} as a reconsideration application, or none. */
    @Transactional
    public ImportResult importReconsideration(String fileName, Path file) {
        Rows rows = new Rows();
        Spreadsheets.checkFileType(fileName, file);
        Spreadsheets.read(file, RECONSIDERATION_COLUMNS, messages, (row, cells) -> {
            rows.count(row);
            Cells c = new Cells(row, cells, rows);
            RegisterApplication form = new RegisterApplication(c.label("channel", Channel.class,
                    "reconsideration.channel."), c.date("submittedOn"), c.date("signedForOn"), c.date("learnedOn"),
                    c.label("applicantKind", PartyKind.class, "reconsideration.kind."), c.text("applicantName"),
                    c.text("applicantIdNumber"), c.text("applicantUscc"), c.text("applicantPhone"),
                    c.text("applicantTownship"), c.text("applicantAddress"), c.unit("respondentUnitId"),
                    c.text("actDescription"), c.date("actDate"), c.text("actDocumentNo"),
                    c.label("actCategory", ActCategory.class, "reconsideration.category."), c.amount("actAmount"),
                    c.text("requests"), null);
            if (c.failed) {
                rows.bad++;
                return;
            }
            if (form.channel() == Channel.ONLINE_PORTAL) {
                rows.refuse(ImportError.at(row, FIELD + "channel", "reconsideration.import.reason.onlineReserved"));
                return;
            }
            register(rows, row, () -> reconsideration.register(form).caseNumber());
        });
        return finish(rows, fileName, ReconsiderationCases.TYPE, "reconsideration.imported");
    }

    /** Registers every row of {@code file} as a litigation case, or none. */
    @Transactional
    public ImportResult importLitigation(String fileName, Path file) {
        Rows rows = new Rows();
        rows.idColumn = "plaintiffIdNumber";
        rows.unitColumn = "defendantUnitId";
        Spreadsheets.checkFileType(fileName, file);
        Spreadsheets.read(file, LITIGATION_COLUMNS, messages, (row, cells) -> {
            rows.count(row);
            Cells c = new Cells(row, cells, rows);
            RegisterLitigation form = new RegisterLitigation(c.text("court"),
                    c.label("instance", Instance.class, "litigation.instance."), c.text("courtCaseNumber"),
                    c.text("plaintiffName"), c.text("plaintiffIdNumber"), c.unit("defendantUnitId"), c.text("subject"),
                    c.date("filedOn"));
            if (c.failed) {
                rows.bad++;
                return;
            }
            register(rows, row, () -> litigation.register(form).internalNumber());
        });
        return finish(rows, fileName, LitigationCases.TYPE, "litigation.imported");
    }

    private void register(Rows rows, int row, java.util.function.Supplier<String> registration) {
        try {
            String number = registration.get();
            if (rows.first == null) {
                rows.first = number;
            }
            rows.last = number;
            rows.registered++;
        } catch (cn.fazhi.platform.web.FormRejected e) {
            // the facade's Bean Validation refusal (issue 11): its first error, in the column of its field
            var item = e.errors().all().get(0);
            MessageSourceResolvable m = item.message();
            rows.refuse(new ImportError(row, item.field() == null ? null
                    : new org.springframework.context.support.DefaultMessageSourceResolvable(FIELD + item.field()),
                    m.getCodes()[0], m.getArguments()));
        } catch (UserFacingException e) {
            rows.refuse(new ImportError(row, column(e, rows.idColumn, rows.unitColumn), e.messageKey(), e.args()));
        }
    }

    /** The column a facade refusal concerns: the field it names, else the one its message key implies. */
    private static MessageSourceResolvable column(UserFacingException e, String idColumn, String unitColumn) {
        for (Object arg : e.args()) {
            if (arg instanceof MessageSourceResolvable r && r.getCodes() != null && r.getCodes().length > 0
                    && r.getCodes()[0].startsWith(FIELD)) {
                return r;
            }
        }
        String field = COLUMN_OF_ERROR.get(e.messageKey());
        if ("applicantIdNumber".equals(field) && idColumn != null) {
            field = idColumn;
        } else if ("respondentUnitId".equals(field) && unitColumn != null) {
            field = unitColumn;
        }
        return field == null ? null : new org.springframework.context.support.DefaultMessageSourceResolvable(FIELD + field);
    }

    private ImportResult finish(Rows rows, String fileName, String type, String action) {
        if (rows.total == 0) {
            throw UserFacingException.badRequest("import.error.empty");
        }
        if (rows.bad > 0) {
            // every registration so far is undone with the transaction, its case numbers included
            throw new ImportRejected(rows.errors, rows.bad);
        }
        String detail = rows.registered + " " + rows.first + " … " + rows.last + " " + fileName;
        audit.record(AuditEntry.of(action, type, null, detail));
        return new ImportResult(rows.registered, rows.first, rows.last);
    }

    /** Tally of one import. */
    private static final class Rows {
        final List<ImportError> errors = new ArrayList<>();
        int total;
        int bad;
        int registered;
        String first;
        String last;
        String idColumn;
        String unitColumn;
        Map<String, Long> unitIds;

        void count(int row) {
            if (++total > MAX_ROWS) {
                throw UserFacingException.badRequest("import.error.tooManyRows", MAX_ROWS);
            }
        }

        void refuse(ImportError e) {
            bad++;
            if (errors.size() < MAX_LISTED_ERRORS) {
                errors.add(e);
            }
        }
    }

    /** The cells of one row, parsed; a cell that does not parse is listed and marks the row failed. */
    private final class Cells {
        final int row;
        final Map<String, String> cells;
        final List<ImportError> errors;
        final Map<String, Long> unitIds;
        boolean failed;

        Cells(int row, Map<String, String> cells, Rows rows) {
            this.row = row;
            this.cells = cells;
            this.errors = rows.errors;
            if (rows.unitIds == null) {
                rows.unitIds = new HashMap<>();
                for (UnitView u : units.all()) {
                    if (u.active()) {
                        for (String name : new String[] {u.uscc(), u.code(), u.shortName(), u.name()}) {
                            if (name != null) {
                                rows.unitIds.put(name.strip().toUpperCase(Locale.ROOT), u.id());
                            }
                        }
                    }
                }
            }
            this.unitIds = rows.unitIds;
        }

        private void refuse(String field, String reason, Object... args) {
            failed = true;
            if (errors.size() < MAX_LISTED_ERRORS) {
                errors.add(ImportError.at(row, FIELD + field, reason, args));
            }
        }

        String text(String field) {
            return cells.get(FIELD + field);
        }

        java.time.LocalDate date(String field) {
            return parsed(field, Spreadsheets::date, "import.reason.date");
        }

        BigDecimal amount(String field) {
            return parsed(field, t -> {
                try {
                    return Optional.of(new BigDecimal(t.replace(",", "")));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }, "import.reason.number");
        }

        <E extends Enum<E>> E label(String field, Class<E> type, String prefix) {
            String t = text(field);
            if (t == null) {
                return null;
            }
            Optional<E> e = Spreadsheets.label(t, type, prefix, messages);
            if (e.isEmpty()) {
                refuse(field, "import.reason.unknownLabel", t, Spreadsheets.labels(type, prefix, messages));
            }
            return e.orElse(null);
        }

        /** An active unit named by its name, short name, code or USCC. */
        Long unit(String field) {
            return parsed(field, t -> Optional.ofNullable(unitIds.get(t.toUpperCase(Locale.ROOT))),
                    "reconsideration.import.reason.unit");
        }

        private <T> T parsed(String field, Function<String, Optional<T>> parser, String reason) {
            String t = text(field);
            if (t == null) {
                return null;
            }
            Optional<T> v = parser.apply(t);
            if (v.isEmpty()) {
                refuse(field, reason, t);
            }
            return v.orElse(null);
        }
    }
}
