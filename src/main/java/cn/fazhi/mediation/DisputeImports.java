package cn.fazhi.mediation;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.cases.CaseBulk;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.mediation.domain.Dispute;
import cn.fazhi.mediation.domain.DisputeBulk;
import cn.fazhi.mediation.domain.DisputeNumbering;
import cn.fazhi.mediation.events.DisputesImported;
import cn.fazhi.organisation.RegionLevel;
import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;
import cn.fazhi.platform.identifiers.PhoneNumber;
import cn.fazhi.platform.imports.ImportError;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.ImportResult;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.validation.BusinessDates;
import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.FastExcel;

/**
 * Bulk registration of disputes from an .xlsx spreadsheet (one row per dispute with its first applicant and
 * respondent), all or nothing. The file is streamed twice with a FastExcel read listener, never loaded whole: the
 * first pass validates every row exactly like a single registration and counts the rows per case-number sequence;
 * only when no row is wrong are the numbers reserved, one block per sequence in a fixed order, each in a short
 * transaction of its own ({@link CaseNumbers#reserveBlock}: a registration in the same township meanwhile is not held
 * up), and the second pass writes the aggregates in batches through the kernel's bulk path ({@link CaseBulk}: COPY on
 * PostgreSQL, JDBC batches on H2). Disputes, parties, timeline and the one audit entry commit in one transaction, all
 * or nothing; a failure after the reservation leaves unused numbers (docs/ARCHITECTURE.md).
 */
@Service
public class DisputeImports {

    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 200_000;
    /** Errors beyond this many are counted but not listed. */
    static final int MAX_LISTED_ERRORS = 500;
    private static final int BATCH = 5000;
    private static final List<Spreadsheets.Column> COLUMNS = java.util.Arrays.stream(ImportColumn.values())
            .map(c -> new Spreadsheets.Column(c.key(), c.required(), c.name())).toList();
    private static final Locale[] HEADER_LOCALES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DisputeImports.class);

    private final MediationCommittees committees;
    private final Regions regions;
    private final CaseNumbers caseNumbers;
    private final CaseBulk bulk;
    private final DisputeBulk disputeBulk;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    DisputeImports(MediationCommittees committees, Regions regions,
            CaseNumbers caseNumbers, CaseBulk bulk, DisputeBulk disputeBulk, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.committees = committees;
        this.regions = regions;
        this.caseNumbers = caseNumbers;
        this.bulk = bulk;
        this.disputeBulk = disputeBulk;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- template -------------------------------------------------------------------------------------------------

    /** The empty template: one header row with the column titles in {@code locale}. */
    public void template(OutputStream out, Locale locale) {
        Spreadsheets.template(out, COLUMNS, messages.getMessage("mediation.import.sheet", null, locale), messages,
                locale);
    }

    // ---- import ---------------------------------------------------------------------------------------------------

    /**
     * Imports {@code file} (uploaded as {@code fileName}) for {@code me}: every township must lie in the caller's
     * scope. Any wrong row → {@link ImportRejected} listing row, column and reason, nothing saved.
     */
    @Transactional
    public ImportResult importFile(String fileName, Path file, CurrentUser me) {
        Spreadsheets.checkFileType(fileName, file);
        LocalDate today = LocalDate.now(clock);
        Lookups lookups = new Lookups(me);
        Validation validation = new Validation(lookups, today);
        long started = System.nanoTime();
        read(file, validation);
        long validated = System.nanoTime();
        if (validation.rows == 0) {
            throw UserFacingException.badRequest("mediation.import.error.empty");
        }
        if (validation.badRows > 0) {
            throw new ImportRejected("mediation.import.error.rows", validation.errors, validation.badRows);
        }
        Map<String, Iterator<String>> numbers = new HashMap<>();
        // Each block is reserved in a short transaction of its own (committed at once, so a registration in the same
        // township meanwhile is not held up by this import; a failure from here on leaves a documented gap). Sorted:
        // concurrent imports take the sequence rows in the same order.
        for (Map.Entry<String, Integer> e : new TreeMap<>(validation.perSequence).entrySet()) {
            String[] key = e.getKey().split("/");
            numbers.put(e.getKey(), caseNumbers.reserveBlock(Disputes.CASE_TYPE, key[0],
                    validation.scopeNames.get(e.getKey()), Integer.parseInt(key[1]), e.getValue()).iterator());
        }
        Insertion insertion = new Insertion(lookups, today, numbers);
        Writer writer = new Writer(fileName);
        readAndWrite(file, insertion, writer);
        if (writer.count != validation.rows || insertion.produced != validation.rows) {
            throw new IllegalStateException("the file changed between the two passes");
        }
        log.info("Imported {} disputes from {}: validation {} ms, insertion {} ms (disputes with parties {} ms, "
                + "timeline {} ms, waiting for the reader {} ms)", writer.count, fileName, (validated - started) / 1_000_000,
                (System.nanoTime() - validated) / 1_000_000, writer.disputeNanos / 1_000_000,
                writer.timelineNanos / 1_000_000, writer.waitNanos / 1_000_000);
        bulk.audited(AuditEntry.of("mediation.dispute.imported", Disputes.CASE_TYPE, null,
                writer.count + " " + insertion.first + " … " + insertion.last + " " + fileName));
        events.publishEvent(new DisputesImported(writer.count, insertion.first, insertion.last, fileName));
        return new ImportResult(writer.count, insertion.first, insertion.last);
    }

    private static final Object END = new Object();

    /**
     * Pass 2 as a pipeline: a reader thread streams the sheet, parses and numbers the rows and hands batches over a
     * small bounded queue to this (the transaction's) thread, which writes them — so reading the file overlaps the
     * database's work instead of adding to it. A failure on either side ends both; the transaction rolls back.
     */
    private void readAndWrite(Path file, Insertion insertion, Writer writer) {
        java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(2);
        insertion.sink = batch -> {
            try {
                queue.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import reader stopped", e);
            }
        };
        Thread reader = new Thread(() -> {
            try {
                read(file, insertion);
                insertion.finish();
                queue.put(END);
            } catch (Throwable e) {
                if (!queue.offer(e)) {
                    queue.clear();
                    queue.offer(e);
                }
            }
        }, "dispute-import-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                long t0 = System.nanoTime();
                Object next = queue.take();
                writer.waitNanos += System.nanoTime() - t0;
                if (next == END) {
                    break;
                }
                if (next instanceof RuntimeException e) {
                    throw e;
                }
                if (next instanceof Error e) {
                    throw e;
                }
                if (next instanceof Throwable t) {
                    throw new IllegalStateException(t);
                }
                @SuppressWarnings("unchecked")
                List<Row> batch = (List<Row>) next;
                writer.write(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        } finally {
            if (reader.isAlive()) {
                reader.interrupt();
            }
        }
    }

    /** Streams the sheet (header matched by {@link Spreadsheets}) to {@code listener}, cells by column. */
    private void read(Path file, RowListener listener) {
        Spreadsheets.read(file, COLUMNS, messages, (row, cells) -> {
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            for (ImportColumn c : ImportColumn.values()) {
                String v = cells.get(c.key());
                if (v != null) {
                    values.put(c, v);
                }
            }
            listener.row(row, values);
        });
    }

    /** Shared by both passes: receives each non-blank row as cells by column. */
    private abstract static class RowListener {
        abstract void row(int row, Map<ImportColumn, String> values);
    }

    /** Pass 1: checks every row, lists the errors, counts rows per case-number sequence. */
    private final class Validation extends RowListener {

        final Lookups lookups;
        final LocalDate today;
        final List<ImportError> errors = new ArrayList<>();
        final Map<String, Integer> perSequence = new HashMap<>();
        final Map<String, String> scopeNames = new HashMap<>();
        int rows;
        int badRows;

        Validation(Lookups lookups, LocalDate today) {
            this.lookups = lookups;
            this.today = today;
        }

        @Override
        void row(int row, Map<ImportColumn, String> values) {
            rows++;
            if (rows > MAX_ROWS) {
                throw UserFacingException.badRequest("mediation.import.error.tooManyRows", MAX_ROWS);
            }
            List<ImportError> found = new ArrayList<>();
            Row parsed = parse(row, values, lookups, today, found);
            if (parsed == null) {
                badRows++;
                for (ImportError e : found) {
                    if (errors.size() < MAX_LISTED_ERRORS) {
                        errors.add(e);
                    }
                }
                return;
            }
            perSequence.merge(parsed.sequenceKey(), 1, Integer::sum);
            scopeNames.putIfAbsent(parsed.sequenceKey(), parsed.scopeName());
        }
    }

    /** Pass 2, on the reader thread: parses and numbers the rows, hands them on in batches. */
    private final class Insertion extends RowListener {

        final Lookups lookups;
        final LocalDate today;
        final Map<String, Iterator<String>> numbers;
        java.util.function.Consumer<List<Row>> sink;
        List<Row> pending = new ArrayList<>(BATCH);
        int produced;
        String first;
        String last;

        Insertion(Lookups lookups, LocalDate today, Map<String, Iterator<String>> numbers) {
            this.lookups = lookups;
            this.today = today;
            this.numbers = numbers;
        }

        @Override
        void row(int row, Map<ImportColumn, String> values) {
            List<ImportError> found = new ArrayList<>();
            Row parsed = parse(row, values, lookups, today, found);
            if (parsed == null) {
                throw new IllegalStateException("row " + row + " was valid in the first pass");
            }
            Iterator<String> block = numbers.get(parsed.sequenceKey());
            if (block == null || !block.hasNext()) {
                throw new IllegalStateException("the file changed between the two passes");
            }
            String number = block.next();
            parsed.dispute().assignCaseNumber(parsed.scopeKey(), number);
            if (first == null) {
                first = number;
            }
            last = number;
            pending.add(parsed);
            produced++;
            if (pending.size() == BATCH) {
                finish();
            }
        }

        void finish() {
            if (!pending.isEmpty()) {
                List<Row> batch = pending;
                pending = new ArrayList<>(BATCH);
                sink.accept(batch);
            }
        }
    }

    /** Pass 2, on the transaction's thread: writes each batch through the bulk path. */
    private final class Writer {

        final String fileName;
        final OffsetDateTime now = OffsetDateTime.now(clock);
        final String actor = Actors.current();
        int count;
        long disputeNanos;
        long timelineNanos;
        long waitNanos;

        Writer(String fileName) {
            this.fileName = fileName;
        }

        void write(List<Row> batch) {
            long t0 = System.nanoTime();
            List<Dispute> disputes = new ArrayList<>(batch.size());
            List<DisputeBulk.Party> parties = new ArrayList<>(batch.size() * 2);
            for (int i = 0; i < batch.size(); i++) {
                Row r = batch.get(i);
                disputes.add(r.dispute());
                for (DisputeCommands.Party p : r.parties()) {
                    parties.add(new DisputeBulk.Party(i, p.role().name(), p.kind().name(), p.name(), p.identifier(),
                            p.phone()));
                }
            }
            long[] ids = disputeBulk.insert(disputes, d -> now, actor, parties, List.of());
            long t1 = System.nanoTime();
            bulk.timeline(Disputes.CASE_TYPE, ids, "imported", fileName);
            long t2 = System.nanoTime();
            disputeNanos += t1 - t0;
            timelineNanos += t2 - t1;
            count += batch.size();
        }
    }

    /** One valid row: the dispute (registered, possibly accepted), its two parties and its number sequence. */
    private record Row(Dispute dispute, String scopeKey, String scopeName, List<DisputeCommands.Party> parties) {
        String sequenceKey() {
            return scopeKey + "/" + dispute.receivedOn().getYear();
        }
    }

    /** Townships, villages and committees looked up once per import. */
    private final class Lookups {
        final CurrentUser me;
        final Map<String, Optional<RegionView>> regionsByCode = new HashMap<>();
        final Map<String, Optional<CommitteeView>> committeesByTownship = new HashMap<>();
        final Map<ImportColumn, Map<String, Object>> labels = new EnumMap<>(ImportColumn.class);
        final Map<ImportColumn, String> allowed = new EnumMap<>(ImportColumn.class);

        Lookups(CurrentUser me) {
            this.me = me;
            labels.put(ImportColumn.CATEGORY, labels("mediation.category.", DisputeCategory.values()));
            labels.put(ImportColumn.CHANNEL, labels("mediation.channel.", IntakeChannel.values()));
            labels.put(ImportColumn.APPLICANT_KIND, labels("mediation.partyKind.", PartyKind.values()));
            labels.put(ImportColumn.RESPONDENT_KIND, labels.get(ImportColumn.APPLICANT_KIND));
            labels.put(ImportColumn.STATUS, labels("mediation.status.", DisputeStatus.values()));
            Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            allowed.put(ImportColumn.CATEGORY, allowed("mediation.category.", List.of(DisputeCategory.values()), locale));
            allowed.put(ImportColumn.CHANNEL, allowed("mediation.channel.", java.util.Arrays.stream(IntakeChannel.values())
                    .filter(c -> c != IntakeChannel.ONLINE_PORTAL).toList(), locale));
            allowed.put(ImportColumn.APPLICANT_KIND, allowed("mediation.partyKind.", List.of(PartyKind.values()), locale));
            allowed.put(ImportColumn.RESPONDENT_KIND, allowed.get(ImportColumn.APPLICANT_KIND));
            allowed.put(ImportColumn.STATUS, allowed("mediation.status.",
                    List.of(DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED), locale));
        }

        private String allowed(String prefix, List<? extends Enum<?>> values, Locale locale) {
            return values.stream().map(v -> messages.getMessage(prefix + v.name(), null, v.name(), locale))
                    .collect(Collectors.joining("、"));
        }

        Optional<RegionView> region(String code) {
            return regionsByCode.computeIfAbsent(code, regions::find);
        }

        final Map<String, List<RegionView>> villagesByTownship = new HashMap<>();

        List<RegionView> villages(String townshipCode) {
            return villagesByTownship.computeIfAbsent(townshipCode, t -> regions.children(t).stream()
                    .filter(r -> r.level() == RegionLevel.VILLAGE).toList());
        }

        Optional<CommitteeView> committee(String townshipCode) {
            return committeesByTownship.computeIfAbsent(townshipCode, committees::ofTownship);
        }
    }

    /** Chinese and English labels and the enum names themselves, mapped back to the constant. */
    private Map<String, Object> labels(String prefix, Enum<?>[] values) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            for (Locale locale : HEADER_LOCALES) {
                try {
                    map.putIfAbsent(messages.getMessage(prefix + v.name(), null, locale), v);
                } catch (NoSuchMessageException e) {
                    // a label missing in one language: the enum name still works
                }
            }
            map.putIfAbsent(v.name(), v);
        }
        return map;
    }

    /** Checks one row like {@link Disputes#register}; null (and {@code errors} filled) when anything is wrong. */
    private Row parse(int row, Map<ImportColumn, String> v, Lookups lookups, LocalDate today, List<ImportError> errors) {
        for (ImportColumn c : ImportColumn.values()) {
            if (c.required() && !v.containsKey(c)) {
                errors.add(error(row, c, "mediation.import.reason.required"));
            }
        }
        DisputeCategory category = label(row, v, ImportColumn.CATEGORY, lookups, DisputeCategory.class, errors);
        IntakeChannel channel = label(row, v, ImportColumn.CHANNEL, lookups, IntakeChannel.class, errors);
        if (channel == IntakeChannel.ONLINE_PORTAL) {
            errors.add(error(row, ImportColumn.CHANNEL, "mediation.import.reason.onlineReserved"));
        }
        DisputeStatus status = label(row, v, ImportColumn.STATUS, lookups, DisputeStatus.class, errors);
        if (status != null && status != DisputeStatus.REGISTERED && status != DisputeStatus.ACCEPTED) {
            errors.add(error(row, ImportColumn.STATUS, "mediation.import.reason.statusNotImportable"));
        }
        RegionView township = null;
        CommitteeView committee = null;
        String townshipCode = v.get(ImportColumn.TOWNSHIP);
        if (townshipCode != null) {
            township = lookups.region(townshipCode)
                    .filter(r -> r.level() == RegionLevel.TOWNSHIP && r.code().startsWith(Regions.DISTRICT_CODE))
                    .orElse(null);
            if (township == null) {
                errors.add(error(row, ImportColumn.TOWNSHIP, "mediation.import.reason.townshipUnknown", townshipCode));
            } else {
                committee = lookups.committee(township.code()).orElse(null);
                if (committee == null) {
                    errors.add(error(row, ImportColumn.TOWNSHIP, "mediation.import.reason.committeeUnknown"));
                } else if (!lookups.me.scope().covers(committee.unitId(), township.code())) {
                    errors.add(error(row, ImportColumn.TOWNSHIP, "mediation.import.reason.outsideScope"));
                }
            }
        }
        String village = v.get(ImportColumn.VILLAGE);
        if (village != null && township != null) {
            // the 12-digit code or the village's name, among the villages administrators added under the township
            String given = village;
            String parent = township.code();
            village = lookups.villages(parent).stream()
                    .filter(r -> r.code().equals(given) || r.name().equals(given)).map(RegionView::code)
                    .findFirst().orElse(null);
            if (village == null) {
                errors.add(error(row, ImportColumn.VILLAGE, "mediation.import.reason.villageUnknown", given));
            }
        }
        LocalDate receivedOn = date(row, v, ImportColumn.RECEIVED_ON, today, errors);
        LocalDate acceptedOn = date(row, v, ImportColumn.ACCEPTED_ON, today, errors);
        if (status == DisputeStatus.ACCEPTED && acceptedOn == null && !v.containsKey(ImportColumn.ACCEPTED_ON)) {
            errors.add(error(row, ImportColumn.ACCEPTED_ON, "mediation.import.reason.acceptedOnRequired"));
        }
        if (acceptedOn != null && status != DisputeStatus.ACCEPTED) {
            errors.add(error(row, ImportColumn.STATUS, "mediation.import.reason.acceptedOnWithoutStatus"));
        }
        if (acceptedOn != null && receivedOn != null && acceptedOn.isBefore(receivedOn)) {
            errors.add(error(row, ImportColumn.ACCEPTED_ON, "mediation.import.reason.beforeReceipt"));
        }
        BigDecimal amount = amount(row, v, errors);
        length(row, v, ImportColumn.SUMMARY, 4000, errors);
        length(row, v, ImportColumn.COURT_NAME, 100, errors);
        length(row, v, ImportColumn.COURT_REFERENCE, 100, errors);
        if (channel == IntakeChannel.COURT_ENTRUSTED) {
            for (ImportColumn c : List.of(ImportColumn.COURT_NAME, ImportColumn.COURT_REFERENCE)) {
                if (!v.containsKey(c)) {
                    errors.add(error(row, c, "mediation.import.reason.courtRequired"));
                }
            }
        }
        DisputeCommands.Party applicant = party(row, v, PartyRole.APPLICANT, ImportColumn.APPLICANT_KIND,
                ImportColumn.APPLICANT_NAME, ImportColumn.APPLICANT_IDENTIFIER, ImportColumn.APPLICANT_PHONE, lookups, errors);
        DisputeCommands.Party respondent = party(row, v, PartyRole.RESPONDENT, ImportColumn.RESPONDENT_KIND,
                ImportColumn.RESPONDENT_NAME, ImportColumn.RESPONDENT_IDENTIFIER, ImportColumn.RESPONDENT_PHONE, lookups,
                errors);
        if (!errors.isEmpty()) {
            return null;
        }
        Dispute dispute;
        try {
            dispute = Dispute.register(committee.id(), channel, category, township.code(), village, committee.unitId(),
                    null, receivedOn, v.get(ImportColumn.SUMMARY), amount, v.get(ImportColumn.COURT_NAME),
                    v.get(ImportColumn.COURT_REFERENCE), today);
            if (status == DisputeStatus.ACCEPTED) {
                dispute.accept(acceptedOn, null, today);
            }
        } catch (UserFacingException e) {
            // The checks above mirror the aggregate's; should it refuse anyway, report its own reason on the row.
            errors.add(error(row, null, e.messageKey(), e.args()));
            return null;
        }
        boolean district = committee.level() == CommitteeLevel.DISTRICT;
        return new Row(dispute, DisputeNumbering.scopeKey(district, township.code()),
                DisputeNumbering.scopeName(district, township.name()), List.of(applicant, respondent));
    }

    private static <E extends Enum<E>> E label(int row, Map<ImportColumn, String> v, ImportColumn column, Lookups lookups,
            Class<E> type, List<ImportError> errors) {
        String text = v.get(column);
        if (text == null) {
            return null;
        }
        Object value = lookups.labels.get(column).get(text);
        if (value == null) {
            errors.add(error(row, column, "mediation.import.reason.unknownLabel", text,
                    lookups.allowed.get(column)));
            return null;
        }
        return type.cast(value);
    }

    private static LocalDate date(int row, Map<ImportColumn, String> v, ImportColumn column, LocalDate today,
            List<ImportError> errors) {
        String text = v.get(column);
        if (text == null) {
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            errors.add(error(row, column, "mediation.import.reason.date", text));
            return null;
        }
        if (date.isAfter(today)) {
            errors.add(error(row, column, "mediation.import.reason.future", date));
            return null;
        }
        if (!BusinessDates.within(date, today)) {
            errors.add(error(row, column, "import.reason.dateRange", date, BusinessDates.EARLIEST,
                    BusinessDates.latest(today)));
            return null;
        }
        return date;
    }

    /** Kept for callers of the mediation API; the parsing itself is {@link Spreadsheets#date(String)}. */
    static LocalDate parseDate(String text) {
        return Spreadsheets.date(text).orElse(null);
    }

    private static ImportError error(int row, ImportColumn column, String reasonKey, Object... args) {
        return ImportError.at(row, column == null ? null : column.key(), reasonKey, args);
    }

    private static BigDecimal amount(int row, Map<ImportColumn, String> v, List<ImportError> errors) {
        String text = v.get(ImportColumn.AMOUNT);
        if (text == null) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").strip());
        } catch (NumberFormatException e) {
            errors.add(error(row, ImportColumn.AMOUNT, "mediation.import.reason.amount", text));
            return null;
        }
        if (amount.signum() < 0) {
            errors.add(error(row, ImportColumn.AMOUNT, "mediation.import.reason.amountNegative"));
            return null;
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
        if (!cn.fazhi.platform.validation.NumericColumn.MONEY.fits(amount)) {
            errors.add(error(row, ImportColumn.AMOUNT, "mediation.import.reason.amountScale"));
            return null;
        }
        return amount;
    }

    private static void length(int row, Map<ImportColumn, String> v, ImportColumn column, int max,
            List<ImportError> errors) {
        String text = v.get(column);
        if (text != null && text.length() > max) {
            errors.add(error(row, column, "mediation.import.reason.tooLong", max));
        }
    }

    private static DisputeCommands.Party party(int row, Map<ImportColumn, String> v, PartyRole role, ImportColumn kindColumn,
            ImportColumn nameColumn, ImportColumn idColumn, ImportColumn phoneColumn, Lookups lookups,
            List<ImportError> errors) {
        int before = errors.size();
        PartyKind kind = label(row, v, kindColumn, lookups, PartyKind.class, errors);
        String name = v.get(nameColumn);
        length(row, v, nameColumn, 100, errors);
        String identifier = v.get(idColumn) == null ? null : v.get(idColumn).toUpperCase(Locale.ROOT);
        if (identifier != null && kind == PartyKind.PERSON && !ResidentIdNumber.isValid(identifier)) {
            boolean wellFormed = identifier.matches("\\d{17}[\\dX]") && ResidentIdNumber.checkCharacter(identifier) != identifier.charAt(17);
            errors.add(error(row, idColumn, wellFormed ? "mediation.import.reason.idCheck"
                    : "mediation.import.reason.idFormat"));
        }
        if (identifier != null && kind == PartyKind.ORGANISATION && !Uscc.isValid(identifier)) {
            errors.add(error(row, idColumn, "mediation.import.reason.uscc"));
        }
        String phone = v.get(phoneColumn);
        if (phone != null && !PhoneNumber.isValid(phone)) {
            errors.add(error(row, phoneColumn, "mediation.import.reason.phone"));
        }
        if (errors.size() > before || kind == null || name == null) {
            return null;
        }
        return new DisputeCommands.Party(role, kind, name, identifier, phone);
    }
}
