package cn.fazhi.supervision;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.imports.ImportError;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * The registers' spreadsheets: the import of market entities (up to {@link #MAX_ROWS} rows; all or nothing — every
 * refused row listed with its column and reason in Chinese, nothing saved; upsert by USCC in batches), its template,
 * and the exports of the items, the entities and the inspectors, labels in the caller's language. Imports and exports
 * are audited.
 */
@Service
public class TargetRegisterSpreadsheets {

    /** The most rows one import takes (the district's register: about 100,000 market entities). */
    public static final int MAX_ROWS = 200_000;

    private static final String P = "supervision.registers.entity.field.";
    static final List<Spreadsheets.Column> COLUMNS = List.of(new Spreadsheets.Column(P + "uscc", true),
            new Spreadsheets.Column(P + "name", true), new Spreadsheets.Column(P + "industryCode", false),
            new Spreadsheets.Column(P + "region", true), new Spreadsheets.Column(P + "address", false),
            new Spreadsheets.Column(P + "riskLevel", false), new Spreadsheets.Column(P + "status", false),
            new Spreadsheets.Column(P + "registeredOn", false));

    private final TargetRegister register;
    private final AuditTrail audit;
    private final MessageSource messages;

    TargetRegisterSpreadsheets(TargetRegister register, AuditTrail audit, MessageSource messages) {
        this.register = register;
        this.audit = audit;
        this.messages = messages;
    }

    public void template(OutputStream out, Locale locale) {
        Spreadsheets.template(out, COLUMNS, text("supervision.registers.entity.import.sheet", locale), messages, locale);
    }

    /**
     * Imports market entities: new USCCs added, known ones updated. Any refused row → {@link ImportRejected} listing
     * every row's reason (the first 200 rows' worth); nothing is saved (one transaction).
     */
    @Transactional
    public TargetRegisterImported importEntities(String fileName, Path file) {
        Spreadsheets.checkFileType(fileName, file);
        Map<String, String> regions = register.regionsByKey();
        List<TargetRegister.Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<ImportError> errors = new ArrayList<>();
        int[] read = {0};
        int[] bad = {0};
        Spreadsheets.read(file, COLUMNS, messages, (row, cells) -> {
            if (++read[0] > MAX_ROWS) {
                throw UserFacingException.badRequest("supervision.registers.entity.import.error.tooMany", MAX_ROWS);
            }
            int before = errors.size();
            TargetRegisterRisk risk = label(cells, "riskLevel", TargetRegisterRisk.class,
                    "supervision.registers.entity.risk.", row, errors);
            TargetRegisterStatus status = label(cells, "status", TargetRegisterStatus.class,
                    "supervision.registers.entity.status.", row, errors);
            LocalDate registered = null;
            String date = cells.get(P + "registeredOn");
            if (date != null) {
                Optional<LocalDate> d = Spreadsheets.date(date);
                if (d.isEmpty()) {
                    errors.add(ImportError.at(row, P + "registeredOn", "supervision.registers.entity.import.error.date", date));
                } else {
                    registered = d.get();
                }
            }
            if (errors.size() == before) {
                try {
                    TargetRegister.Row checked = register.check(new TargetRegisterCommand(cells.get(P + "uscc"),
                            cells.get(P + "name"), cells.get(P + "industryCode"), cells.get(P + "region"),
                            cells.get(P + "address"), risk, status, registered), regions);
                    Integer first = seen.putIfAbsent(checked.uscc(), row);
                    if (first != null) {
                        errors.add(ImportError.at(row, P + "uscc", "supervision.registers.entity.import.error.duplicate",
                                checked.uscc(), first));
                    } else {
                        rows.add(checked);
                    }
                } catch (UserFacingException e) {
                    errors.add(ImportError.at(row, column(e.messageKey()), e.messageKey(), e.args()));
                }
            }
            if (errors.size() > before) {
                bad[0]++;
            }
        });
        if (read[0] == 0) {
            throw UserFacingException.badRequest("supervision.registers.entity.import.error.empty");
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected("supervision.registers.entity.import.error.rows",
                    errors.subList(0, Math.min(errors.size(), 200)), bad[0]);
        }
        int[] stored = register.store(rows);
        audit.record(AuditEntry.of("supervision.registers.entity.imported", "random_entity", null, rows.size() + " rows, "
                + stored[0] + " new, " + stored[1] + " updated: " + fileName));
        return new TargetRegisterImported(rows.size(), stored[0], stored[1]);
    }

    private static String column(String messageKey) {
        String k = messageKey.substring(messageKey.lastIndexOf('.') + 1);
        return switch (k) {
            case "uscc", "usccTaken" -> P + "uscc";
            case "industry" -> P + "industryCode";
            case "region" -> P + "region";
            case "registeredOn" -> P + "registeredOn";
            default -> null;
        };
    }

    private <E extends Enum<E>> E label(Map<String, String> cells, String column, Class<E> type, String prefix, int row,
            List<ImportError> errors) {
        String v = cells.get(P + column);
        if (v == null) {
            return null;
        }
        Optional<E> e = Spreadsheets.label(v, type, prefix, messages);
        if (e.isEmpty()) {
            errors.add(ImportError.at(row, P + column, "supervision.registers.entity.import.error.choice", v,
                    Spreadsheets.labels(type, prefix, messages)));
            return null;
        }
        return e.get();
    }

    // ---- exports ---------------------------------------------------------------------------------------------------

    public int exportItems(List<RandomItemView> items, OutputStream out, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (RandomItemView i : items) {
            rows.add(List.of(i.code(), i.name(), i.unitName(), i.legalBasis(), nz(i.inspectionMethod()),
                    nz(i.targetScope()), nz(i.industryCodes()), i.ratioPercent().toPlainString(), i.frequency(),
                    text("supervision.registers.item.status." + i.status(), locale),
                    i.publishedOn() == null ? "" : i.publishedOn().toString()));
        }
        String f = "supervision.registers.item.field.";
        write(out, "supervision.registers.item.export.sheet", List.of(f + "code", f + "name", f + "unit", f + "legalBasis",
                f + "inspectionMethod", f + "targetScope", f + "industryCodes", f + "ratioPercent", f + "frequency",
                f + "status", f + "publishedOn"), rows, locale);
        audit.record(AuditEntry.of("supervision.registers.item.exported", "random_item", null, rows.size() + " rows"));
        return rows.size();
    }

    public int exportEntities(String q, String industry, String regionCode, TargetRegisterStatus status, OutputStream out,
            Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (int page = 0;; page++) {
            List<TargetRegisterView> items = register.search(q, industry, regionCode, status, page, 1000).items();
            for (TargetRegisterView e : items) {
                rows.add(List.of(e.uscc(), e.name(), nz(e.industryCode()), nz(e.regionName()), nz(e.address()),
                        e.riskLevel() == null ? "" : text("supervision.registers.entity.risk." + e.riskLevel(), locale),
                        text("supervision.registers.entity.status." + e.status(), locale),
                        e.registeredOn() == null ? "" : e.registeredOn().toString()));
            }
            if (items.size() < 1000) {
                break;
            }
        }
        write(out, "supervision.registers.entity.export.sheet", List.of(P + "uscc", P + "name", P + "industryCode",
                P + "region", P + "address", P + "riskLevel", P + "status", P + "registeredOn"), rows, locale);
        audit.record(AuditEntry.of("supervision.registers.entity.exported", "random_entity", null, rows.size() + " rows"));
        return rows.size();
    }

    public int exportInspectors(List<InspectorRegisterView> inspectors, OutputStream out, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (InspectorRegisterView i : inspectors) {
            rows.add(List.of(i.name(), i.unitName(), nz(i.post()), i.certificateNumber(), nz(i.areas()),
                    i.validUntil() == null ? "" : i.validUntil().toString(), String.valueOf(i.relations())));
        }
        String f = "supervision.registers.inspector.field.";
        write(out, "supervision.registers.inspector.export.sheet", List.of(f + "name", f + "unit", f + "post",
                f + "certificateNumber", f + "areas", f + "validUntil", f + "relations"), rows, locale);
        audit.record(AuditEntry.of("supervision.registers.inspector.exported", "enforcement_officer", null,
                rows.size() + " rows"));
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
