package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.imports.ImportError;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Registering enterprises by hand or from an .xlsx file ({@code enterprises:manage}): the certifications must be of
 * the settings' list, then {@link Enterprises#register} checks the rest. An import is all or nothing: every row is
 * registered in one transaction and any refused row rejects the whole file, naming each bad row and its reason.
 * Certifications in a cell: entries separated by "；" or ";", each "label-or-code obtained [expires]".
 */
@Service
public class EnterpriseIntake {

    static final int MAX_ROWS = 5000;

    static final List<Spreadsheets.Column> COLUMNS = List.of(new Spreadsheets.Column("enterprises.field.uscc", true),
            new Spreadsheets.Column("enterprises.field.name", true),
            new Spreadsheets.Column("enterprises.field.industryCode", false),
            new Spreadsheets.Column("enterprises.field.size", true),
            new Spreadsheets.Column("enterprises.field.region", true),
            new Spreadsheets.Column("enterprises.field.registeredOn", false),
            new Spreadsheets.Column("enterprises.field.revenueWan", false),
            new Spreadsheets.Column("enterprises.field.employees", false),
            new Spreadsheets.Column("enterprises.field.address", false),
            new Spreadsheets.Column("enterprises.field.legalRep", true),
            new Spreadsheets.Column("enterprises.field.phone", true),
            new Spreadsheets.Column("enterprises.field.certifications", false));

    public static List<Spreadsheets.Column> columns() {
        return COLUMNS;
    }

    private final Enterprises enterprises;
    private final Regions regions;
    private final EnterpriseDeskProperties settings;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Caller caller;

    EnterpriseIntake(Enterprises enterprises, Regions regions, EnterpriseDeskProperties settings,
            MessageSource messages, AuditTrail audit, Caller caller) {
        this.enterprises = enterprises;
        this.regions = regions;
        this.settings = settings;
        this.messages = messages;
        this.audit = audit;
        this.caller = caller;
    }

    /** Registers one enterprise (certification codes checked against the settings). */
    @Transactional
    public EnterpriseView register(EnterpriseCommands.Register c) {
        checkCertifications(c);
        return enterprises.register(c);
    }

    /** Imports the file's rows as new enterprises; returns how many. */
    @Transactional
    public int importFile(String fileName, Path file) {
        if (!caller.can(Enterprises.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        Spreadsheets.checkFileType(fileName, file);
        List<ImportError> errors = new ArrayList<>();
        Set<Integer> badRows = new HashSet<>();
        Set<String> usccs = new HashSet<>();
        int[] imported = {0};
        List<RegionView> known = regions.districtRegions();
        Spreadsheets.read(file, COLUMNS, messages, (row, cells) -> {
            if (imported[0] + badRows.size() >= MAX_ROWS) {
                throw UserFacingException.badRequest("import.error.tooManyRows", MAX_ROWS);
            }
            List<ImportError> rowErrors = new ArrayList<>();
            EnterpriseCommands.Register c = command(row, cells, known, rowErrors);
            if (rowErrors.isEmpty() && c.uscc() != null && !usccs.add(c.uscc().strip().toUpperCase())) {
                rowErrors.add(ImportError.at(row, "enterprises.field.uscc", "enterprises.import.error.repeated", c.uscc()));
            }
            if (rowErrors.isEmpty()) {
                try {
                    checkCertifications(c);
                    enterprises.insert(c, caller.username());
                    imported[0]++;
                } catch (UserFacingException e) {
                    if (e.status() == HttpStatus.FORBIDDEN) {
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
            throw UserFacingException.badRequest("import.error.empty");
        }
        if (!badRows.isEmpty()) {
            throw new ImportRejected(errors, badRows.size());
        }
        audit.record(AuditEntry.of("enterprises.imported", "enterprise", "import", fileName + " rows=" + imported[0]));
        return imported[0];
    }

    private void checkCertifications(EnterpriseCommands.Register c) {
        if (c != null && c.certifications() != null) {
            Set<String> seen = new HashSet<>();
            for (EnterpriseView.Certification cert : c.certifications()) {
                if (cert != null && cert.code() != null
                        && (!settings.certifications().contains(cert.code().strip()) || !seen.add(cert.code().strip()))) {
                    throw UserFacingException.badRequest("enterprises.error.certificationCode", cert.code());
                }
            }
        }
    }

    private EnterpriseCommands.Register command(int row, Map<String, String> cells, List<RegionView> known,
            List<ImportError> errors) {
        EnterpriseSize size = null;
        String sizeText = text(cells, "enterprises.field.size");
        if (sizeText != null) {
            size = Spreadsheets.label(sizeText, EnterpriseSize.class, "enterprises.size.", messages).orElse(null);
            if (size == null) {
                errors.add(ImportError.at(row, "enterprises.field.size", "enterprises.import.error.choice", sizeText,
                        Spreadsheets.labels(EnterpriseSize.class, "enterprises.size.", messages)));
            }
        }
        String regionText = text(cells, "enterprises.field.region");
        String region = null;
        if (regionText != null) {
            region = known.stream()
                    .filter(r -> r.code().equals(regionText) || r.name().equals(regionText)).map(RegionView::code)
                    .findFirst().orElse(null);
            if (region == null) {
                errors.add(ImportError.at(row, "enterprises.field.region", "enterprises.error.region"));
            }
        }
        LocalDate registeredOn = date(row, cells, "enterprises.field.registeredOn", errors);
        BigDecimal revenue = null;
        String rev = text(cells, "enterprises.field.revenueWan");
        if (rev != null) {
            try {
                revenue = new BigDecimal(rev);
            } catch (NumberFormatException e) {
                errors.add(ImportError.at(row, "enterprises.field.revenueWan", "enterprises.import.error.number", rev));
            }
        }
        Integer employees = null;
        String emp = text(cells, "enterprises.field.employees");
        if (emp != null) {
            String t = emp.endsWith(".0") ? emp.substring(0, emp.length() - 2) : emp;
            if (t.matches("\\d{1,7}")) {
                employees = Integer.parseInt(t);
            } else {
                errors.add(ImportError.at(row, "enterprises.field.employees", "enterprises.import.error.number", emp));
            }
        }
        List<EnterpriseView.Certification> certs = new ArrayList<>();
        String certText = text(cells, "enterprises.field.certifications");
        if (certText != null) {
            for (String entry : certText.split("[\\uFF1B;\\n]")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] parts = entry.strip().split("\\s+");
                Optional<String> code = certificationCode(parts[0]);
                Optional<LocalDate> from = parts.length > 1 ? Spreadsheets.date(parts[1]) : Optional.empty();
                Optional<LocalDate> to = parts.length > 2 ? Spreadsheets.date(parts[2]) : Optional.empty();
                if (code.isEmpty() || from.isEmpty() || parts.length > 3 || (parts.length == 3 && to.isEmpty())) {
                    errors.add(ImportError.at(row, "enterprises.field.certifications",
                            "enterprises.import.error.certification", entry.strip()));
                } else {
                    certs.add(new EnterpriseView.Certification(code.get(), from.get(), to.orElse(null)));
                }
            }
        }
        return new EnterpriseCommands.Register(text(cells, "enterprises.field.uscc"), text(cells, "enterprises.field.name"),
                text(cells, "enterprises.field.industryCode"), size, region, registeredOn, revenue, employees,
                text(cells, "enterprises.field.address"), text(cells, "enterprises.field.legalRep"),
                text(cells, "enterprises.field.phone"), certs);
    }

    private Optional<String> certificationCode(String text) {
        for (String code : settings.certifications()) {
            if (code.equalsIgnoreCase(text)) {
                return Optional.of(code);
            }
            for (var locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
                if (text.equals(messages.getMessage("enterprises.cert." + code, null, code, locale))) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }

    private static LocalDate date(int row, Map<String, String> cells, String key, List<ImportError> errors) {
        String v = text(cells, key);
        if (v == null) {
            return null;
        }
        Optional<LocalDate> d = Spreadsheets.date(v);
        if (d.isEmpty()) {
            errors.add(ImportError.at(row, key, "enterprises.import.error.date", v));
        }
        return d.orElse(null);
    }

    private static String text(Map<String, String> cells, String key) {
        String v = cells.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The label of a certification code (for pages and exports). */
    public String certificationLabel(String code) {
        return messages.getMessage("enterprises.cert." + code, null, code, LocaleContextHolder.getLocale());
    }
}
