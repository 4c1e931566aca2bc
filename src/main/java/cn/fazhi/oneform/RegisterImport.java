package cn.fazhi.oneform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.identifiers.PhoneNumber;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.imports.ImportError;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Imports households and persons into the register from .csv (UTF-8, streamed: the practical format for the 780,000
 * persons of the district) or .xlsx — all or nothing: every row is checked (ID number per GB 11643 with its check
 * digit, not twice in the file nor already registered; the village known and within the importer's scope; the
 * relation, phone, attributes with grade, source and date; one head per household) and a single bad row imports
 * nothing, the refusal naming each bad row and column (at most {@value #MAX_ERRORS}). Rows are written in JDBC batches
 * inside the one transaction.
 */
@Service
public class RegisterImport {

    static final int MAX_ERRORS = 50;
    static final String HOUSEHOLD = "oneform.import.household";
    static final String VILLAGE = "oneform.import.village";
    static final String GROUP = "oneform.import.group";
    static final String ADDRESS = "oneform.import.address";
    static final String NAME = "oneform.import.name";
    static final String ID = "oneform.import.idNumber";
    static final String RELATION = "oneform.import.relation";
    static final String PHONE = "oneform.import.phone";
    static final String ATTRIBUTES = "oneform.import.attributes";
    static final String SOURCE = "oneform.import.source";
    static final String RECORDED_ON = "oneform.import.recordedOn";
    static final String REGISTERED_ON = "oneform.import.registeredOn";

    public static final List<Spreadsheets.Column> COLUMNS = List.of(new Spreadsheets.Column(HOUSEHOLD, true),
            new Spreadsheets.Column(VILLAGE, true), new Spreadsheets.Column(GROUP, false),
            new Spreadsheets.Column(ADDRESS, false), new Spreadsheets.Column(NAME, true),
            new Spreadsheets.Column(ID, true), new Spreadsheets.Column(RELATION, true),
            new Spreadsheets.Column(PHONE, false), new Spreadsheets.Column(ATTRIBUTES, false),
            new Spreadsheets.Column(SOURCE, false), new Spreadsheets.Column(RECORDED_ON, false),
            new Spreadsheets.Column(REGISTERED_ON, false));

    private final Register register;
    private final JdbcTemplate template;
    private final PersonalDataCipher cipher;
    private final OneformProperties properties;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    RegisterImport(Register register, JdbcTemplate template, PersonalDataCipher cipher, OneformProperties properties,
            MessageSource messages, AuditTrail audit, Clock clock) {
        this.register = register;
        this.template = template;
        this.cipher = cipher;
        this.properties = properties;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** A .csv file (UTF-8, a header row of the template's titles). @return persons imported */
    @Transactional
    public int importCsv(InputStream in, CurrentUser user) {
        Run run = new Run(user);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            String header = reader.readLine();
            if (header == null) {
                throw UserFacingException.badRequest("import.error.empty");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            Map<String, Integer> positions = positions(split(header));
            String line;
            int row = 1;
            while ((line = reader.readLine()) != null) {
                row++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                Map<String, String> values = new HashMap<>();
                positions.forEach((key, i) -> {
                    if (i < cells.size() && !cells.get(i).isBlank()) {
                        values.put(key, cells.get(i).strip());
                    }
                });
                run.row(row, values);
            }
        } catch (CharacterCodingException e) {
            throw UserFacingException.badRequest("oneform.import.encoding");
        } catch (IOException e) {
            throw UserFacingException.badRequest("import.error.notSpreadsheet");
        }
        return run.finish();
    }

    /** A .xlsx file of the template. @return persons imported */
    @Transactional
    public int importXlsx(Path file, CurrentUser user) {
        Run run = new Run(user);
        Spreadsheets.read(file, COLUMNS, messages, run::row);
        return run.finish();
    }

    private Map<String, Integer> positions(List<String> head) {
        Map<String, String> byTitle = new HashMap<>();
        for (Spreadsheets.Column c : COLUMNS) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                byTitle.put(title(messages.getMessage(c.key(), null, c.key(), locale)), c.key());
            }
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < head.size(); i++) {
            String key = byTitle.get(title(head.get(i)));
            if (key != null) {
                positions.putIfAbsent(key, i);
            }
        }
        String missing = COLUMNS.stream().filter(c -> c.required() && !positions.containsKey(c.key()))
                .map(c -> "“" + messages.getMessage(c.key(), null, LocaleContextHolder.getLocale()) + "”")
                .collect(Collectors.joining("、"));
        if (!missing.isEmpty()) {
            throw UserFacingException.badRequest("import.error.missingColumns", missing);
        }
        return positions;
    }

    private static String title(String t) {
        return t.replaceAll("[\\s*＊]", "").toLowerCase(Locale.ROOT);
    }

    /** One CSV line split at commas outside double quotes ("" is a quote inside a quoted cell). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** A household as seen in the file: its village, first row and how many heads. */
    private static final class Household {
        final String village;
        final int firstRow;
        int heads;

        Household(String village, int firstRow) {
            this.village = village;
            this.firstRow = firstRow;
        }
    }

    private record Pending(int row, NewPerson person, String blind, boolean newHousehold, Long group, String address) {}

    /** One import: the checks, the rows pending their batch check against the register, and the writer. */
    private final class Run {

        final CurrentUser user;
        final Map<String, String> villages = new HashMap<>();
        final Set<String> ambiguous = new HashSet<>();
        final Map<String, Household> households = new HashMap<>();
        final Set<Long> ids = new HashSet<>();
        final List<ImportError> errors = new ArrayList<>();
        final List<Pending> pending = new ArrayList<>();
        final Map<String, String> attributeCodes = new HashMap<>();
        final RegisterWriter writer;
        final LocalDate today = LocalDate.now(clock);
        int rows;

        Run(CurrentUser user) {
            if (!user.can(OneformPermissions.MANAGE)) {
                throw UserFacingException.forbidden("oneform.error.forbidden");
            }
            this.user = user;
            this.writer = register.writer(user.username());
            for (VillageView v : register.villages(RegisterScope.of(user))) {
                villages.put(v.code(), v.code());
                if (villages.containsKey(v.name()) && !villages.get(v.name()).equals(v.code())) {
                    ambiguous.add(v.name());
                }
                villages.put(v.name(), v.code());
            }
            for (String code : properties.attributes()) {
                attributeCodes.put(code.toLowerCase(Locale.ROOT), code);
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    attributeCodes.put(messages.getMessage("oneform.attribute." + code, null, code, locale)
                            .toLowerCase(Locale.ROOT), code);
                }
            }
        }

        void error(int row, String column, String reason, Object... args) {
            errors.add(ImportError.at(row, column, reason, args));
            if (errors.size() >= MAX_ERRORS) {
                throw new ImportRejected(errors, errors.size());
            }
        }

        void row(int row, Map<String, String> c) {
            rows++;
            int before = errors.size();
            String number = c.get(HOUSEHOLD);
            if (number == null || number.length() > 24) {
                error(row, HOUSEHOLD, number == null ? "oneform.import.required" : "oneform.import.tooLong", 24);
            }
            String villageText = c.get(VILLAGE);
            String village = villageText == null ? null : villages.get(villageText);
            if (villageText == null) {
                error(row, VILLAGE, "oneform.import.required");
            } else if (ambiguous.contains(villageText)) {
                error(row, VILLAGE, "oneform.import.villageAmbiguous", villageText);
            } else if (village == null) {
                error(row, VILLAGE, "oneform.import.villageUnknown", villageText);
            }
            String name = c.get(NAME);
            if (name == null || name.length() > 50) {
                error(row, NAME, name == null ? "oneform.import.required" : "oneform.import.tooLong", 50);
            }
            String id = ResidentIdNumber.normalise(c.get(ID));
            if (id == null) {
                error(row, ID, "oneform.import.required");
            } else if (!id.matches("\\d{17}[\\dX]")) {
                error(row, ID, "oneform.import.idFormat");
            } else if (!ResidentIdNumber.isValid(id)) {
                error(row, ID, ResidentIdNumber.checkCharacter(id) != id.charAt(17) ? "oneform.import.idCheckDigit"
                        : "oneform.import.idBirthDate");
            } else if (IdNumbers.birthDate(id).isAfter(today)) {
                error(row, ID, "oneform.import.idBirthDate");
            } else if (!ids.add(Long.parseLong(id.substring(0, 17)))) {
                error(row, ID, "oneform.import.idTwice");
            }
            Optional<Relation> relation = c.get(RELATION) == null ? Optional.empty()
                    : Spreadsheets.label(c.get(RELATION), Relation.class, "oneform.relation.", messages);
            if (relation.isEmpty()) {
                error(row, RELATION, "oneform.import.relationInvalid",
                        Spreadsheets.labels(Relation.class, "oneform.relation.", messages));
            }
            String phone = c.get(PHONE);
            if (phone != null && !PhoneNumber.isValid(phone)) {
                error(row, PHONE, "oneform.import.phoneInvalid");
            }
            List<AttributeView> attributes = attributes(row, c);
            LocalDate registeredOn = today;
            if (c.get(REGISTERED_ON) != null) {
                Optional<LocalDate> d = Spreadsheets.date(c.get(REGISTERED_ON));
                if (d.isEmpty() || d.get().isAfter(today)) {
                    error(row, REGISTERED_ON, "oneform.import.date");
                } else {
                    registeredOn = d.get();
                }
            }
            boolean newHousehold = false;
            if (number != null && village != null) {
                Household h = households.get(number);
                if (h == null) {
                    h = new Household(village, row);
                    households.put(number, h);
                    newHousehold = true;
                    if (c.get(ADDRESS) == null) {
                        error(row, ADDRESS, "oneform.import.addressFirst");
                    }
                } else if (!h.village.equals(village)) {
                    error(row, VILLAGE, "oneform.import.householdVillage", number);
                }
                if (relation.orElse(null) == Relation.HEAD && ++h.heads > 1) {
                    error(row, RELATION, "oneform.import.secondHead", number);
                }
            }
            if (errors.size() > before || !errors.isEmpty()) {
                return;
            }
            String group = c.get(GROUP);
            if (group != null && group.length() > 50) {
                error(row, GROUP, "oneform.import.tooLong", 50);
                return;
            }
            String address = c.get(ADDRESS);
            if (address != null && address.length() > 200) {
                error(row, ADDRESS, "oneform.import.tooLong", 200);
                return;
            }
            pending.add(new Pending(row, new NewPerson(number, village, name, id, relation.get(), phone, registeredOn,
                    attributes), cipher.blindIndex(id), newHousehold, newHousehold ? writer.group(village, group) : null,
                    address));
            if (pending.size() >= properties.batch()) {
                drain();
            }
        }

        private List<AttributeView> attributes(int row, Map<String, String> c) {
            String text = c.get(ATTRIBUTES);
            if (text == null) {
                return List.of();
            }
            String source = c.get(SOURCE);
            if (source == null || source.length() > 100) {
                error(row, SOURCE, source == null ? "oneform.import.sourceRequired" : "oneform.import.tooLong", 100);
            }
            Optional<LocalDate> on = c.get(RECORDED_ON) == null ? Optional.empty()
                    : Spreadsheets.date(c.get(RECORDED_ON));
            if (on.isEmpty() || on.get().isAfter(today)) {
                error(row, RECORDED_ON, "oneform.import.date");
            }
            List<AttributeView> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String part : text.split("[;；、]")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                String grade = null;
                int colon = Math.max(p.indexOf(':'), p.indexOf('：'));
                if (colon > 0) {
                    grade = p.substring(colon + 1).strip();
                    p = p.substring(0, colon).strip();
                }
                String code = attributeCodes.get(p.toLowerCase(Locale.ROOT));
                if (code == null) {
                    error(row, ATTRIBUTES, "oneform.import.attributeUnknown", p);
                    continue;
                }
                boolean graded = properties.graded().contains(code);
                if (graded != (grade != null) || graded && !properties.grades().contains(grade)) {
                    error(row, ATTRIBUTES, "oneform.import.grade", p, String.join("、", properties.grades()));
                    continue;
                }
                if (seen.add(code) && source != null && on.isPresent()) {
                    out.add(new AttributeView(code, grade, source, on.get()));
                }
            }
            return out;
        }

        /** Checks the pending rows against the register in one query each, then hands them to the writer. */
        void drain() {
            if (pending.isEmpty()) {
                return;
            }
            NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(template);
            Set<String> registered = new HashSet<>(named.queryForList(
                    "SELECT id_blind FROM oneform_person WHERE id_blind IN (:b)",
                    Map.of("b", pending.stream().map(Pending::blind).toList()), String.class));
            List<String> numbers = pending.stream().filter(Pending::newHousehold).map(p -> p.person().householdNo())
                    .toList();
            Set<String> existing = numbers.isEmpty() ? Set.of() : new HashSet<>(named.queryForList(
                    "SELECT number FROM oneform_household WHERE number IN (:n)", Map.of("n", numbers), String.class));
            for (Pending p : pending) {
                if (registered.contains(p.blind())) {
                    error(p.row(), ID, "oneform.import.idRegistered");
                }
                if (p.newHousehold() && existing.contains(p.person().householdNo())) {
                    error(p.row(), HOUSEHOLD, "oneform.import.householdRegistered", p.person().householdNo());
                }
            }
            if (errors.isEmpty()) {
                for (Pending p : pending) {
                    if (p.newHousehold()) {
                        writer.household(p.person().householdNo(), p.person().villageCode(), p.group(), p.address());
                    }
                    writer.person(p.person(), p.blind());
                }
            }
            pending.clear();
        }

        int finish() {
            drain();
            households.forEach((number, h) -> {
                if (h.heads == 0 && errors.size() < MAX_ERRORS) {
                    errors.add(ImportError.at(h.firstRow, RELATION, "oneform.import.noHead", number));
                }
            });
            if (!errors.isEmpty()) {
                errors.sort(java.util.Comparator.comparingInt(ImportError::row));
                throw new ImportRejected(errors, errors.size());
            }
            if (rows == 0) {
                throw UserFacingException.badRequest("import.error.empty");
            }
            writer.flush();
            audit.record(AuditEntry.of("oneform.register.imported", "oneform_person", null,
                    writer.written() + " persons, " + households.size() + " households"));
            return writer.written();
        }
    }
}
