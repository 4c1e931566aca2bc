package cn.fazhi.supervision;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.validation.BusinessDates;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.rectification.Problems;
import cn.fazhi.rectification.RaiseProblem;
import cn.fazhi.supervision.events.ClueClosed;
import cn.fazhi.supervision.events.ClueTransferred;
import cn.fazhi.supervision.events.LetterIssued;
import cn.fazhi.supervision.events.LetterReplied;
import cn.fazhi.platform.web.Paged;

/**
 * Enforcement supervision (行政执法监督): the office records clues by hand, verifies them, issues the instruments
 * ({@link LetterKind}) with their deadlines ({@link LetterRules}), the unit replies, the office accepts and closes or
 * raises rectification problems ({@link Problems#raise}), transfers problem clues to the discipline organs or closes
 * without finding. Every step goes through the kernel's {@link CaseSteps#step} on {@link Clue#TABLE}; reading goes
 * through its scoped load (another unit's clue: 404). Open instruments are the case type's deadlines.
 */
@Service
public class ClueDesk implements DeadlineSource {

    /** Sources the office records by hand; the others are opened from their records. */
    public static final Set<ClueSource> MANUAL = Set.of(ClueSource.COMPLAINT, ClueSource.HOTLINE, ClueSource.OTHER);
    static final String CLOCK_REPLY = "supervision.clock.reply";
    static final String REPLY_KIND = "REPLY";
    private static final String SELECT_LETTER = "SELECT l.*, c.case_number AS clue_number, u.name AS unit_name "
            + "FROM supervision_letter l JOIN supervision_clue c ON c.id = l.clue_id JOIN unit u ON u.id = l.unit_id";

    private final JdbcClient jdbc;
    private final ClueRepository store;
    private final CaseSteps steps;
    private final CaseNumbers numbers;
    private final Clues clues;
    private final Problems problems;
    private final CaseAttachments attachments;
    private final CaseParties parties;
    private final LegalCalendar calendar;
    private final LetterProperties settings;
    private final Units units;
    private final Caller caller;
    private final Clock clock;

    ClueDesk(JdbcClient jdbc, ClueRepository store, CaseSteps steps, CaseNumbers numbers, Clues clues, Problems problems,
            CaseAttachments attachments, CaseParties parties, LegalCalendar calendar, LetterProperties settings, Units units, Caller caller,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.steps = steps;
        this.numbers = numbers;
        this.clues = clues;
        this.problems = problems;
        this.attachments = attachments;
        this.parties = parties;
        this.calendar = calendar;
        this.settings = settings;
        this.units = units;
        this.caller = caller;
        this.clock = clock;
    }

    public static CaseRef ref(long id) {
        return new CaseRef(Clues.CASE_TYPE, id);
    }

    public static String path(long id) {
        return "/supervision/clues/" + id;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- the register ----------------------------------------------------------------------------------------------

    /** A clue recorded by hand (complaint, hotline, other); every check before anything is written. */
    @Transactional
    public ClueDetail register(ClueCommands.Register c) {
        if (c == null || c.source() == null || !MANUAL.contains(c.source())) {
            throw UserFacingException.badRequest("supervision.clue.error.sourceRequired");
        }
        if (c.unitId() == null || units.find(c.unitId()).isEmpty()) {
            throw UserFacingException.badRequest("supervision.clue.error.unitUnknown");
        }
        String summary = Clues.required(c.summary(), 4000, "supervision.clue.error.summaryRequired");
        LocalDate on = c.receivedOn() == null ? today() : c.receivedOn();
        BusinessDates.check(on, "supervision.clue.field.receivedOn", today());
        if (on.isAfter(today())) {
            throw UserFacingException.badRequest("supervision.clue.error.future");
        }
        String complainant = c.complainant() == null || c.complainant().isBlank() ? null : c.complainant().strip();
        if (complainant != null && complainant.length() > 200) {
            throw UserFacingException.badRequest("supervision.clue.error.tooLong", 200);
        }
        CaseParties.Sealed phone = parties.seal(true, null, c.complainantPhone());
        ClueView opened = clues.open(new OpenClue(c.source(), null, null, null, null, c.unitId(), summary, on));
        if (complainant != null || phone.phoneEnc() != null) {
            jdbc.sql("UPDATE supervision_clue SET complainant = :c, complainant_phone_enc = :enc, "
                            + "complainant_phone_index = :idx, complainant_phone_masked = :masked WHERE id = :id")
                    .param("c", complainant).param("enc", phone.phoneEnc()).param("idx", phone.phoneIndex())
                    .param("masked", phone.phoneMasked()).param("id", opened.id()).update();
        }
        return detail(opened.id());
    }

    @Transactional(readOnly = true)
    public Paged<ClueDetail> search(ClueCommands.Query q, int page, int size) {
        DataScope scope = requireScope();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("c.unit_id", "c.region_code"));
        if (ClueRepository.addresseeOnly(caller)) {
            where.append(" AND EXISTS (SELECT 1 FROM supervision_letter l WHERE l.clue_id = c.id AND l.unit_id = c.unit_id)");
        }
        if (q != null && q.source() != null) {
            where.append(" AND c.source = :source");
            params.put("source", q.source().name());
        }
        if (q != null && q.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", q.status().name());
        }
        if (q != null && q.unitId() != null) {
            where.append(" AND c.unit_id = :unit");
            params.put("unit", q.unitId());
        }
        if (q != null && q.year() != null) {
            where.append(" AND c.received_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(q.year(), 1, 1));
            params.put("to", LocalDate.of(q.year(), 12, 31));
        }
        if (q != null && q.q() != null && !q.q().isBlank()) {
            where.append(" AND (c.case_number LIKE :kw ESCAPE '\\' OR c.summary LIKE :kw ESCAPE '\\')");
            params.put("kw", "%" + like(q.q().strip()) + "%");
        }
        int s = Math.max(1, Math.min(size, 5000));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM supervision_clue c" + where).params(params).query(Long.class).single();
        List<Long> ids = jdbc.sql("SELECT c.id FROM supervision_clue c" + where
                        + " ORDER BY c.received_on DESC, c.id DESC LIMIT " + s + " OFFSET " + (long) pg * s)
                .params(params).query(Long.class).list();
        List<ClueDetail> items = new ArrayList<>();
        for (Long id : ids) {
            items.add(detail(id));
        }
        return new Paged<>(items, total, pg, s);
    }

    /** One clue in the caller's scope (else 404). */
    @Transactional(readOnly = true)
    public ClueDetail get(long id) {
        steps.load(store, id);
        return detail(id);
    }

    /** The steps the caller may take now. */
    @Transactional(readOnly = true)
    public List<String> actions(ClueDetail c) {
        return Clue.TABLE.available(c.status(), caller);
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(long id) {
        steps.load(store, id);
        return attachments.of(ref(id));
    }

    /** A file for the clue (the office's materials); the unit adds its files with its reply. */
    @Transactional
    public Attachment attach(long id, String fileName, InputStream content) {
        steps.load(store, id);
        if (!caller.can(SupervisionPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return attachments.attach(ref(id), fileName, content, "MATERIAL");
    }

    // ---- handling --------------------------------------------------------------------------------------------------

    @Transactional
    public ClueDetail verify(long id, ClueCommands.Verify c) {
        steps.step(store, Clue.TABLE, id, c == null ? null : c.version(), "verify", clue -> {
            LocalDate on = c.verifiedOn() == null ? today() : notFuture(c.verifiedOn());
            clue.verify(on);
            return StepOutcome.of(null, null);
        });
        return detail(id);
    }

    @Transactional
    public ClueDetail findings(long id, ClueCommands.Findings c) {
        steps.step(store, Clue.TABLE, id, c == null ? null : c.version(), "findings", clue -> {
            clue.recordFindings(c.findings());
            return StepOutcome.of(null, clue.findings);
        });
        return detail(id);
    }

    /** Issues an instrument: its number of the kind and year, its deadline from the kind's setting. */
    @Transactional
    public ClueDetail issue(long id, ClueCommands.Issue c) {
        steps.step(store, Clue.TABLE, id, c == null ? null : c.version(), "issue", clue -> {
            if (c.kind() == null) {
                throw UserFacingException.badRequest("supervision.letter.error.kindRequired");
            }
            String content = Clues.required(c.content(), 8000, "supervision.letter.error.contentRequired");
            LocalDate on = c.issuedOn() == null ? today() : notFuture(c.issuedOn());
            clue.issue(on);
            String issuer = units.find(caller.scope().unitId()).map(UnitView::name).orElse("");
            LetterIssued e = insertLetter(clue, c.kind(), content, on, issuer);
            return StepOutcome.of(e, e.letterNumber());
        });
        return detail(id);
    }

    /** Writes an instrument of a clue being issued (also used by the demo year, with the same numbering and rules). */
    LetterIssued insertLetter(Clue clue, LetterKind kind, String content, LocalDate on, String issuer) {
        LetterProperties.Period period = settings.of(kind);
        LocalDate due = LetterRules.due(on, kind, settings, calendar);
        String number = numbers.next(kind.numberType(), "district", on.getYear());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO supervision_letter (clue_id, letter_number, kind, unit_id, region_code, issuer_name, content, "
                        + "issued_on, reply_amount, day_type, due_on, created_at, created_by) VALUES (:clue, :n, :k, :u, :r, "
                        + ":issuer, :content, :on, :amount, :unit, :due, :at, :by)")
                .param("clue", clue.id).param("n", number).param("k", kind.name()).param("u", clue.unitId)
                .param("r", clue.regionCode).param("issuer", issuer).param("content", content).param("on", on)
                .param("amount", period.amount()).param("unit", period.unit().name()).param("due", due)
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        return new LetterIssued(keys.getKeyAs(Long.class), clue.id, number, kind.name(), clue.unitId, on, due);
    }

    /** The unit answers the instrument out, with an optional file. */
    @Transactional
    public ClueDetail reply(long id, ClueCommands.Reply c, String fileName, InputStream file) {
        steps.step(store, Clue.TABLE, id, c == null ? null : c.version(), "reply", clue -> {
            String text = Clues.required(c.reply(), 4000, "supervision.letter.error.replyRequired");
            LetterView open = detail(id).openLetter();
            if (open == null) {
                throw UserFacingException.conflict("cases.step.notNow");
            }
            clue.reply();
            LocalDate on = today();
            jdbc.sql("UPDATE supervision_letter SET reply = :r, replied_on = :on, replied_by = :by WHERE id = :id")
                    .param("r", text).param("on", on).param("by", Actors.current()).param("id", open.id()).update();
            if (fileName != null && file != null) {
                attachments.store(ref(id), fileName, file, REPLY_KIND);
            }
            return StepOutcome.of(new LetterReplied(open.id(), id, clue.unitId, on, !on.isAfter(open.dueOn())),
                    open.letterNumber());
        });
        return detail(id);
    }

    @Transactional
    public ClueDetail accept(long id, ClueCommands.Accept c) {
        steps.step(store, Clue.TABLE, id, c == null ? null : c.version(), "accept", clue -> {
            clue.accept(today());
            acceptReplies(id);
            return StepOutcome.of(new ClueClosed(id, clue.caseNumber, clue.unitId, "ACCEPTED", 0, clue.closedOn), null);
        });
        return detail(id);
    }

    /** Raises one rectification problem per line of findings for the unit and closes the clue. */
    @Transactional
    public ClueDetail rectify(long id, ClueCommands.Rectify c) {
        steps.step(store, Clue.TABLE, id, c == null ? null : c.version(), "rectify", clue -> {
            List<String> lines = c.problems() == null ? List.of()
                    : c.problems().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                throw UserFacingException.badRequest("supervision.clue.error.problemsRequired");
            }
            if (lines.stream().anyMatch(l -> l.length() > 4000)) {
                throw UserFacingException.badRequest("supervision.clue.error.tooLong", 4000);
            }
            LocalDate on = today();
            if (c.deadline() != null && c.deadline().isBefore(on)) {
                throw UserFacingException.badRequest("supervision.clue.error.deadlinePast");
            }
            clue.rectify(on);
            acceptReplies(id);
            for (String line : lines) {
                problems.raise(new RaiseProblem(Clues.CASE_TYPE, id, clue.caseNumber, path(id), line,
                        c.ruleBreached(), clue.unitId, caller.scope().unitId(), on, c.deadline()));
            }
            return StepOutcome.of(new ClueClosed(id, clue.caseNumber, clue.unitId, "RECTIFICATION", lines.size(), on),
                    Integer.toString(lines.size()));
        });
        return detail(id);
    }

    @Transactional
    public ClueDetail transfer(long id, ClueCommands.Transfer c) {
        steps.step(store, Clue.TABLE, id, c == null ? null : c.version(), "transfer", clue -> {
            LocalDate on = c.transferredOn() == null ? null : notFuture(c.transferredOn());
            clue.transfer(c.organ(), on, c.letterNo(), c.summary());
            return StepOutcome.of(new ClueTransferred(id, clue.caseNumber, clue.unitId, clue.transferOrgan, on),
                    clue.transferOrgan + " " + clue.transferLetterNo);
        });
        return detail(id);
    }

    @Transactional
    public ClueDetail dismiss(long id, ClueCommands.Dismiss c) {
        steps.step(store, Clue.TABLE, id, c == null ? null : c.version(), "dismiss", clue -> {
            clue.dismiss(today(), c.note());
            return StepOutcome.of(new ClueClosed(id, clue.caseNumber, clue.unitId, "NO_FINDING", 0, clue.closedOn),
                    clue.closeNote);
        });
        return detail(id);
    }

    private void acceptReplies(long clueId) {
        jdbc.sql("UPDATE supervision_letter SET accepted_on = :on WHERE clue_id = :c AND replied_on IS NOT NULL "
                + "AND accepted_on IS NULL").param("on", today()).param("c", clueId).update();
    }

    // ---- instruments -----------------------------------------------------------------------------------------------

    /** One instrument, if the caller may read its clue (else 404). */
    @Transactional(readOnly = true)
    public LetterView letter(long letterId) {
        LetterView l = jdbc.sql(SELECT_LETTER + " WHERE l.id = :id").param("id", letterId).query(this::mapLetter).optional()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        steps.load(store, l.clueId());
        return l;
    }

    /** Instruments in the caller's scope: kind, unit, year of issue. */
    @Transactional(readOnly = true)
    public Paged<LetterView> letters(LetterKind kind, Long unitId, Integer year, int page, int size) {
        DataScope scope = requireScope();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition("l.unit_id", "l.region_code"));
        if (kind != null) {
            where.append(" AND l.kind = :kind");
            params.put("kind", kind.name());
        }
        if (unitId != null) {
            where.append(" AND l.unit_id = :unit");
            params.put("unit", unitId);
        }
        if (year != null) {
            where.append(" AND l.issued_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(year, 1, 1));
            params.put("to", LocalDate.of(year, 12, 31));
        }
        int s = Math.max(1, Math.min(size, 500));
        int pg = Math.max(0, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM supervision_letter l" + where).params(params).query(Long.class).single();
        List<LetterView> items = jdbc.sql(SELECT_LETTER + where + " ORDER BY l.issued_on DESC, l.id DESC LIMIT " + s
                + " OFFSET " + (long) pg * s).params(params).query(this::mapLetter).list();
        return new Paged<>(items, total, pg, s);
    }

    /** Unanswered instruments due on or before {@code until}, in scope. */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until);
        return jdbc.sql("SELECT l.id, l.clue_id, l.letter_number, l.kind, l.due_on, l.unit_id, l.region_code, c.summary "
                        + "FROM supervision_letter l JOIN supervision_clue c ON c.id = l.clue_id WHERE l.replied_on IS NULL "
                        + "AND l.due_on <= :until AND " + scope.sqlCondition("l.unit_id", "l.region_code")
                        + " ORDER BY l.due_on, l.id")
                .params(params)
                .query((rs, n) -> new DueItem(ref(rs.getLong("clue_id")), rs.getString("letter_number"),
                        cut(rs.getString("summary")), CLOCK_REPLY, rs.getObject("due_on", LocalDate.class),
                        rs.getLong("unit_id"), rs.getString("region_code"), path(rs.getLong("clue_id"))))
                .list();
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    ClueDetail detail(long id) {
        boolean office = !ClueRepository.addresseeOnly(caller);
        List<LetterView> letters = jdbc.sql(SELECT_LETTER + " WHERE l.clue_id = :id ORDER BY l.id").param("id", id)
                .query(this::mapLetter).list();
        return jdbc.sql("SELECT c.*, u.name AS unit_name FROM supervision_clue c JOIN unit u ON u.id = c.unit_id "
                        + "WHERE c.id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    long sid = rs.getLong("source_id");
                    Long sourceId = rs.wasNull() ? null : sid;
                    return new ClueDetail(rs.getLong("id"), rs.getString("case_number"),
                            ClueStatus.valueOf(rs.getString("status")), ClueSource.valueOf(rs.getString("source")),
                            rs.getString("source_type"), sourceId, rs.getString("source_label"),
                            rs.getString("source_path"), rs.getLong("unit_id"), rs.getString("unit_name"),
                            rs.getString("region_code"), rs.getString("summary"),
                            rs.getObject("received_on", LocalDate.class), office ? rs.getString("complainant") : null,
                            office ? rs.getString("complainant_phone_masked") : null,
                            rs.getString("findings"), rs.getObject("verified_on", LocalDate.class),
                            rs.getString("transfer_organ"), rs.getObject("transferred_on", LocalDate.class),
                            rs.getString("transfer_letter_no"), rs.getString("transfer_summary"),
                            rs.getObject("closed_on", LocalDate.class), rs.getString("close_note"), rs.getInt("version"),
                            letters);
                })
                .single();
    }

    private LetterView mapLetter(ResultSet rs, int n) throws SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate replied = rs.getObject("replied_on", LocalDate.class);
        return new LetterView(rs.getLong("id"), rs.getLong("clue_id"), rs.getString("clue_number"),
                rs.getString("letter_number"), LetterKind.valueOf(rs.getString("kind")), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("region_code"), rs.getString("issuer_name"),
                rs.getString("content"), rs.getObject("issued_on", LocalDate.class), rs.getInt("reply_amount"),
                PeriodUnit.valueOf(rs.getString("day_type")), due, rs.getString("reply"), replied,
                rs.getString("replied_by"), rs.getObject("accepted_on", LocalDate.class),
                replied == null && today().isAfter(due), replied != null && replied.isAfter(due));
    }

    private DataScope requireScope() {
        DataScope scope = caller.scope();
        if (scope == null) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return scope;
    }

    private LocalDate notFuture(LocalDate day) {
        BusinessDates.check(day, null, today());
        if (day.isAfter(today())) {
            throw UserFacingException.badRequest("supervision.clue.error.future");
        }
        return day;
    }

    static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String cut(String s) {
        return s == null || s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }
}
