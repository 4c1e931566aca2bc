package cn.fazhi.enforcement;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
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
import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * The officers part's spreadsheets: the import of officers with their certificates (all or nothing: every refused row
 * listed with its column and reason in Chinese, nothing saved), its template, and the export of every list (bodies,
 * officers, exam candidates, training hours) within the caller's scope, labels in the caller's language. Exports and
 * imports are audited.
 */
@Service
public class OfficerSpreadsheets {

    private static final String P = "enforcement.officers.import.column.";
    /** The import's columns: unit, name, ID number, post, appointed on, qualification, its number, reviewer, certificate. */
    static final List<Spreadsheets.Column> COLUMNS = List.of(new Spreadsheets.Column(P + "unit", true),
            new Spreadsheets.Column(P + "name", true), new Spreadsheets.Column(P + "idNumber", false),
            new Spreadsheets.Column(P + "post", false), new Spreadsheets.Column(P + "appointedOn", false),
            new Spreadsheets.Column(P + "legalQualification", false), new Spreadsheets.Column(P + "legalQualificationNo", false),
            new Spreadsheets.Column(P + "reviewer", false), new Spreadsheets.Column(P + "certificateNumber", false),
            new Spreadsheets.Column(P + "issuingAuthority", false), new Spreadsheets.Column(P + "areas", false),
            new Spreadsheets.Column(P + "issuedOn", false), new Spreadsheets.Column(P + "expiresOn", false));

    private final Officers officers;
    private final EnforcementBodies bodies;
    private final Exams exams;
    private final TrainingRecords training;
    private final Units units;
    private final AuditTrail audit;
    private final MessageSource messages;

    OfficerSpreadsheets(Officers officers, EnforcementBodies bodies, Exams exams, TrainingRecords training, Units units,
            AuditTrail audit, MessageSource messages) {
        this.officers = officers;
        this.bodies = bodies;
        this.exams = exams;
        this.training = training;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
    }

    public void template(OutputStream out, Locale locale) {
        Spreadsheets.template(out, COLUMNS, text("enforcement.officers.import.sheet", locale), messages, locale);
    }

    /**
     * Imports officers (and a certificate per row when its number is given) into units of the caller's scope. Any
     * refused row → {@link ImportRejected} listing every row's reason; nothing is saved (one transaction).
     */
    @Transactional
    public int importOfficers(String fileName, Path file, DataScope scope) {
        Spreadsheets.checkFileType(fileName, file);
        Map<String, UnitView> unitsByName = new LinkedHashMap<>();
        for (UnitView u : units.visible(scope)) {
            unitsByName.put(u.name(), u);
            unitsByName.putIfAbsent(u.shortName(), u);
        }
        List<ImportError> errors = new ArrayList<>();
        int[] rows = {0};
        int[] bad = {0};
        Spreadsheets.read(file, COLUMNS, messages, (row, cells) -> {
            rows[0]++;
            int before = errors.size();
            UnitView unit = unitsByName.get(cells.getOrDefault(P + "unit", ""));
            if (unit == null) {
                errors.add(ImportError.at(row, P + "unit", "enforcement.officers.import.error.unit",
                        cells.getOrDefault(P + "unit", "")));
            }
            LocalDate appointed = date(cells, "appointedOn", row, errors);
            Boolean lq = yesNo(cells, "legalQualification", row, errors);
            Boolean reviewer = yesNo(cells, "reviewer", row, errors);
            String number = cells.get(P + "certificateNumber");
            LocalDate issued = date(cells, "issuedOn", row, errors);
            LocalDate expires = date(cells, "expiresOn", row, errors);
            if (number != null && !number.isBlank() && (issued == null || expires == null
                    || blank(cells.get(P + "issuingAuthority")) || blank(cells.get(P + "areas")))) {
                errors.add(ImportError.at(row, P + "certificateNumber", "enforcement.officers.import.error.certificateIncomplete"));
            }
            if (errors.size() == before) {
                try {
                    OfficerView o = officers.register(new OfficerCommands.Officer(unit.id(), null, null,
                            cells.get(P + "name"), cells.get(P + "idNumber"), cells.get(P + "post"), appointed, lq,
                            cells.get(P + "legalQualificationNo"), reviewer, true), scope);
                    if (number != null && !number.isBlank()) {
                        officers.issue(o.id(), new OfficerCommands.Certificate(number, cells.get(P + "issuingAuthority"),
                                cells.get(P + "areas"), issued, expires), scope);
                    }
                } catch (UserFacingException e) {
                    errors.add(new ImportError(row, null, e.messageKey(), e.args()));
                }
            }
            if (errors.size() > before) {
                bad[0]++;
            }
        });
        if (rows[0] == 0) {
            throw UserFacingException.badRequest("enforcement.officers.import.error.empty");
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected("enforcement.officers.import.error.rows", errors, bad[0]);
        }
        audit.record(AuditEntry.of("enforcement.officer.imported", "enforcement_officer", null, rows[0] + " " + fileName));
        return rows[0];
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static LocalDate date(Map<String, String> cells, String column, int row, List<ImportError> errors) {
        String v = cells.get(P + column);
        if (blank(v)) {
            return null;
        }
        Optional<LocalDate> d = Spreadsheets.date(v);
        if (d.isEmpty()) {
            errors.add(ImportError.at(row, P + column, "enforcement.officers.import.error.date", v));
            return null;
        }
        return d.get();
    }

    private static Boolean yesNo(Map<String, String> cells, String column, int row, List<ImportError> errors) {
        String v = cells.get(P + column);
        if (blank(v)) {
            return false;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "是", "有", "yes", "y", "true", "1" -> true;
            case "否", "无", "no", "n", "false", "0" -> false;
            default -> {
                errors.add(ImportError.at(row, P + column, "enforcement.officers.import.error.yesNo", v));
                yield false;
            }
        };
    }

    // ---- exports ---------------------------------------------------------------------------------------------------

    public int exportOfficers(String keyword, Long unitId, Boolean certified, DataScope scope, OutputStream out,
            Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (OfficerView o : all(keyword, unitId, certified, scope)) {
            rows.add(List.of(o.name(), o.unitName(), nz(o.bodyName()), nz(o.idNumberMasked()), nz(o.post()),
                    o.appointedOn() == null ? "" : o.appointedOn().toString(), yes(o.legalQualification(), locale),
                    yes(o.reviewer(), locale), nz(o.certificateNumber()),
                    o.standing() == null ? text("enforcement.officers.standing.NONE", locale)
                            : text("enforcement.officers.standing." + o.standing(), locale),
                    o.validUntil() == null ? "" : o.validUntil().toString(), yes(o.active(), locale)));
        }
        write(out, "enforcement.officers.export.sheet", List.of("enforcement.officers.field.name",
                "enforcement.officers.field.unit", "enforcement.officers.field.body", "enforcement.officers.field.idNumber",
                "enforcement.officers.field.post", "enforcement.officers.field.appointedOn",
                "enforcement.officers.field.legalQualification", "enforcement.officers.field.reviewer",
                "enforcement.officers.field.certificateNumber", "enforcement.officers.field.standing",
                "enforcement.officers.field.validUntil", "enforcement.officers.field.active"), rows, locale);
        audit.record(AuditEntry.of("enforcement.officer.exported", "enforcement_officer", null, rows.size() + " rows"));
        return rows.size();
    }

    private List<OfficerView> all(String keyword, Long unitId, Boolean certified, DataScope scope) {
        List<OfficerView> all = new ArrayList<>();
        for (int page = 0;; page++) {
            List<OfficerView> items = officers.search(keyword, unitId, certified, page, 1000, scope).items();
            all.addAll(items);
            if (items.size() < 1000) {
                return all;
            }
        }
    }

    public int exportBodies(DataScope scope, OutputStream out, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (EnforcementBodyView b : bodies.all(scope)) {
            rows.add(List.of(b.name(), b.unitName(), text("enforcement.officers.bodyKind." + b.kind(), locale),
                    nz(b.entrustingUnitName()), b.legalBasis(), b.areas(), b.matters(), b.officers(), yes(b.active(), locale)));
        }
        write(out, "enforcement.officers.bodies.sheet", List.of("enforcement.officers.field.bodyName",
                "enforcement.officers.field.unit", "enforcement.officers.field.bodyKind",
                "enforcement.officers.field.entrustingUnit", "enforcement.officers.field.legalBasis",
                "enforcement.officers.field.areas", "enforcement.officers.field.matters",
                "enforcement.officers.field.officerCount", "enforcement.officers.field.active"), rows, locale);
        audit.record(AuditEntry.of("enforcement.body.exported", "enforcement_body", null, rows.size() + " rows"));
        return rows.size();
    }

    public int exportCandidates(long examId, DataScope scope, OutputStream out, Locale locale) {
        ExamView exam = exams.get(examId, scope);
        List<List<Object>> rows = new ArrayList<>();
        for (ExamCandidateView c : exams.candidates(examId, scope)) {
            rows.add(List.of(exam.name(), exam.heldOn().toString(), c.officerName(), c.unitName(), yes(c.sat(), locale),
                    c.score() == null ? "" : c.score().toPlainString(), yes(c.passed(), locale)));
        }
        write(out, "enforcement.officers.exams.sheet", List.of("enforcement.officers.field.examName",
                "enforcement.officers.field.heldOn", "enforcement.officers.field.name", "enforcement.officers.field.unit",
                "enforcement.officers.field.sat", "enforcement.officers.field.score", "enforcement.officers.field.passed"),
                rows, locale);
        audit.record(AuditEntry.of("enforcement.exam.exported", "enforcement_exam", examId, rows.size() + " rows"));
        return rows.size();
    }

    public int exportTraining(int year, Long unitId, Boolean belowOnly, DataScope scope, OutputStream out, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrainingView t : training.year(year, unitId, belowOnly, 0, 1_000_000, scope).items()) {
            rows.add(List.of(t.officerName(), t.unitName(), String.valueOf(t.year()), t.hours().toPlainString(),
                    yes(t.met(), locale), nz(t.note())));
        }
        write(out, "enforcement.officers.training.sheet", List.of("enforcement.officers.field.name",
                "enforcement.officers.field.unit", "enforcement.officers.field.year", "enforcement.officers.field.hours",
                "enforcement.officers.field.met", "enforcement.officers.field.note"), rows, locale);
        audit.record(AuditEntry.of("enforcement.training.exported", "enforcement_training", null, year + " " + rows.size()
                + " rows"));
        return rows.size();
    }

    private void write(OutputStream out, String sheetKey, List<String> headerKeys, List<List<Object>> rows,
            Locale locale) {
        List<List<String>> head = new ArrayList<>();
        for (String key : headerKeys) {
            head.add(List.of(text(key, locale)));
        }
        ExcelWriter writer = FastExcel.write(out).excelType(ExcelTypeEnum.XLSX).autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, text(sheetKey, locale)).head(head).build();
        writer.write(rows, sheet);
        writer.finish();
    }

    private String yes(boolean b, Locale locale) {
        return text(b ? "enforcement.officers.yes" : "enforcement.officers.no", locale);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
