package cn.fazhi.legality;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.calendar.Deadline;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.CaseStore;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.documents.Block;
import cn.fazhi.documents.OfficialDocument;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.legality.events.ReviewAssigned;
import cn.fazhi.legality.events.ReviewConcluded;
import cn.fazhi.legality.events.ReviewSubmitted;
import cn.fazhi.legality.events.ReviewWithdrawn;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The legality-review facade: units submit agreements, contracts and plans with the draft attached; the justice bureau
 * assigns each to itself or a legal adviser and concludes it with a written opinion; the unit or the bureau may
 * withdraw an open request. Each step is one call of the kernel ({@link CaseSteps#step}: version, transition table
 * {@link LegalityReview#TABLE}, save, timeline, audit, event). Units see their own requests, township staff their
 * township's, the bureau all; a request outside the caller's scope is "not found" ({@link CaseSteps#load}).
 */
@Service
public class LegalityReviews implements DeadlineSource {

    /** Case type in the kernel (numbers, timeline, attachments, due items). */
    public static final String CASE_TYPE = "legality";
    /** Attachment kind of the submitted draft (送审稿). */
    public static final String DRAFT = "DRAFT";
    static final String CLOCK_NAME = "legality.clock.review";
    private static final String SCOPE_UNIT = "r.unit_id";
    private static final String SCOPE_REGION = "r.region_code";
    private static final String SELECT = "SELECT r.*, u.name AS unit_name, a.name AS adviser_name FROM legality_review r "
            + "JOIN unit u ON u.id = r.unit_id LEFT JOIN legal_adviser a ON a.id = r.adviser_id";

    private final JdbcClient jdbc;
    private final LegalityReviewRepository store;
    private final CaseSteps steps;
    private final CaseNumbers numbers;
    private final CaseAttachments attachments;
    private final LegalCalendar calendar;
    private final LegalAdvisers advisers;
    private final LegalityProperties settings;
    private final Clock clock;

    LegalityReviews(JdbcClient jdbc, LegalityReviewRepository store, CaseSteps steps, CaseNumbers numbers,
            CaseAttachments attachments, LegalCalendar calendar, LegalAdvisers advisers, LegalityProperties settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.steps = steps;
        this.numbers = numbers;
        this.attachments = attachments;
        this.calendar = calendar;
        this.advisers = advisers;
        this.settings = settings;
        this.clock = clock;
    }

    /** The kernel's store of this case type (for pages that ask the kernel, e.g. the actions a caller may take). */
    CaseStore<LegalityReview> store() {
        return store;
    }

    /**
     * Registers a request from the caller's unit, numbered 咸安法审〔year〕n号, due {@link ReviewPeriod} working days
     * later. The draft, when given, is stored in the same transaction.
     */
    @Transactional
    public ReviewView submit(ReviewCommands.Submit form, String draftName, InputStream draft, CurrentUser me) {
        if (form == null) {
            throw UserFacingException.badRequest("legality.error.formRequired");
        }
        if (form.type() == null) {
            throw UserFacingException.badRequest("legality.error.typeRequired");
        }
        String title = Text.required(form.title(), 200, "legality.field.title");
        String summary = Text.required(form.summary(), 4000, "legality.field.summary");
        String counterparty = Text.optional(form.counterpartyName(), 100, "legality.field.counterpartyName");
        String uscc = form.counterpartyUscc() == null || form.counterpartyUscc().isBlank() ? null
                : form.counterpartyUscc().strip().toUpperCase();
        if (uscc != null && !Uscc.isValid(uscc)) {
            throw UserFacingException.badRequest("legality.error.uscc", uscc);
        }
        if (form.type().needsCounterparty() && counterparty == null) {
            throw UserFacingException.badRequest("legality.error.counterpartyRequired");
        }
        if (uscc != null && counterparty == null) {
            throw UserFacingException.badRequest("legality.error.counterpartyRequired");
        }
        BigDecimal amount = Text.amount(form.amount());
        LocalDate today = LocalDate.now(clock);
        Deadline due = calendar.deadline(today, ReviewPeriod.workingDays(form.type(), settings), PeriodUnit.WORKING_DAYS);
        String number = numbers.next(CASE_TYPE, "district", today.getYear());
        LegalityReview r = LegalityReview.submitted(number, form.type(), title, counterparty, uscc, amount, summary,
                me.unitId(), me.regionCode(), today, due.deadline(), due.provisional(), OffsetDateTime.now(clock),
                Actors.current());
        store.insert(r);
        if (draft != null && draftName != null && !draftName.isBlank()) {
            attachments.attach(ref(r.id()), draftName, draft, DRAFT);
        }
        steps.created(store, r, "submitted", StepOutcome.of(new ReviewSubmitted(r.id(), number, me.unitId(),
                due.deadline()), form.type().name() + " " + title));
        return view(r.id());
    }

    /** Attaches a further file (kind DRAFT, or OTHER) to an open request the caller may read. */
    @Transactional
    public Attachment attach(long id, String name, InputStream content, String kind) {
        LegalityReview r = steps.load(store, id);
        if (!r.status().isOpen()) {
            throw UserFacingException.conflict("legality.error.closed");
        }
        String k = DRAFT.equals(kind) ? DRAFT : "OTHER";
        return attachments.attach(ref(id), name, content, k);
    }

    /** Assigns a submitted request to the bureau or an adviser engaged today; a draft must be attached. */
    @Transactional
    public ReviewView assign(long id, ReviewCommands.Assign c) {
        steps.step(store, LegalityReview.TABLE, id, c == null ? null : c.version(), "assign", r -> {
            if (c.reviewerKind() == null) {
                throw UserFacingException.badRequest("legality.error.reviewerRequired");
            }
            if (attachments.of(ref(id)).stream().noneMatch(a -> DRAFT.equals(a.kind()))) {
                throw UserFacingException.conflict("legality.error.draftMissing");
            }
            LocalDate today = LocalDate.now(clock);
            Long adviser = null;
            if (c.reviewerKind() == ReviewerKind.ADVISER) {
                if (c.adviserId() == null) {
                    throw UserFacingException.badRequest("legality.error.adviserRequired");
                }
                AdviserView a = advisers.find(c.adviserId())
                        .orElseThrow(() -> UserFacingException.badRequest("legality.error.adviserUnknown"));
                if (!a.engagedOn(today)) {
                    throw UserFacingException.badRequest("legality.error.adviserNotEngaged", a.name());
                }
                adviser = a.id();
            }
            r.assign(c.reviewerKind(), adviser, today);
            return StepOutcome.of(new ReviewAssigned(id, r.caseNumber(), c.reviewerKind().name(), adviser),
                    c.reviewerKind().name() + (adviser == null ? "" : " " + adviser));
        });
        return view(id);
    }

    /**
     * Concludes an assigned request with its outcome and findings (the text of the 法律审查意见书). When an adviser
     * reviewed it, the opinion is also counted among that adviser's opinions.
     */
    @Transactional
    public ReviewView conclude(long id, ReviewCommands.Conclude c) {
        steps.step(store, LegalityReview.TABLE, id, c == null ? null : c.version(), "conclude", r -> {
            if (c.outcome() == null) {
                throw UserFacingException.badRequest("legality.error.outcomeRequired");
            }
            String findings = Text.required(c.findings(), 4000, "legality.field.findings");
            LocalDate today = LocalDate.now(clock);
            LocalDate on = c.concludedOn() == null ? today : c.concludedOn();
            if (on.isAfter(today)) {
                throw UserFacingException.badRequest("legality.error.concludedOn", r.submittedOn());
            }
            r.conclude(c.outcome(), findings, on);
            if (r.byAdviser()) {
                advisers.recordForReview(r.adviserId, on, r.title(), id, r.unitId(), r.regionCode());
            }
            return StepOutcome.of(new ReviewConcluded(id, r.caseNumber(), c.outcome().name(), on), c.outcome().name());
        });
        return view(id);
    }

    @Transactional
    public ReviewView withdraw(long id, ReviewCommands.Withdraw c) {
        steps.step(store, LegalityReview.TABLE, id, c == null ? null : c.version(), "withdraw", r -> {
            String reason = Text.required(c.reason(), 1000, "legality.field.withdrawReason");
            r.withdraw(reason, LocalDate.now(clock));
            return StepOutcome.of(new ReviewWithdrawn(id, r.caseNumber()), reason);
        });
        return view(id);
    }

    /**
     * Stores requests of a generated year (already stepped through their aggregate methods, with their own dates) in
     * one batch, with their adviser opinions; the kernel's epilogue per case is left out (a generated year writes no
     * timeline), the caller audits the generation once.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void storeGenerated(java.util.List<LegalityReview> reviews) {
        store.insertAll(reviews);
        advisers.recordAllForReviews(reviews.stream().filter(LegalityReview::byAdviser).toList());
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    /** The request if the caller may read it (the kernel's scoped access), else 404. */
    @Transactional(readOnly = true)
    public ReviewView get(long id) {
        steps.load(store, id);
        return view(id);
    }

    /** The steps the caller may take on the request now (from the transition table). */
    @Transactional(readOnly = true)
    public List<String> actions(ReviewView r, cn.fazhi.platform.scope.Caller caller) {
        return LegalityReview.TABLE.available(r.status(), caller);
    }

    private ReviewView view(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(this::map).single();
    }

    @Transactional(readOnly = true)
    public Optional<ReviewView> find(long id, DataScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("id", id);
        return jdbc.sql(SELECT + " WHERE r.id = :id AND " + scope.sqlCondition(SCOPE_UNIT, SCOPE_REGION)).params(params)
                .query(this::map).optional();
    }

    /** The requests in scope matching the query, newest first (at most 500). */
    @Transactional(readOnly = true)
    public List<ReviewView> search(ReviewQuery q, DataScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.sqlCondition(SCOPE_UNIT, SCOPE_REGION));
        if (q != null && q.status() != null) {
            where.append(" AND r.status = :status");
            params.put("status", q.status().name());
        }
        if (q != null && q.type() != null) {
            where.append(" AND r.review_type = :type");
            params.put("type", q.type().name());
        }
        if (q != null && q.outcome() != null) {
            where.append(" AND r.outcome = :outcome");
            params.put("outcome", q.outcome().name());
        }
        if (q != null && q.year() != null) {
            where.append(" AND r.submitted_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(q.year(), 1, 1));
            params.put("to", LocalDate.of(q.year(), 12, 31));
        }
        return jdbc.sql(SELECT + where + " ORDER BY r.submitted_on DESC, r.id DESC LIMIT 500").params(params)
                .query(this::map).list();
    }

    /** Reviews concluded in {@code year} by outcome (the seed's "28 份" is such a count). */
    @Transactional(readOnly = true)
    public OutcomeCounts outcomes(int year, DataScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("from", LocalDate.of(year, 1, 1));
        params.put("to", LocalDate.of(year, 12, 31));
        Map<String, Long> counts = new HashMap<>();
        params.put("concluded", ReviewStatus.CONCLUDED.name());
        jdbc.sql("SELECT r.outcome, COUNT(*) AS n FROM legality_review r WHERE r.status = :concluded AND "
                        + "r.concluded_on BETWEEN :from AND :to AND " + scope.sqlCondition(SCOPE_UNIT, SCOPE_REGION)
                        + " GROUP BY r.outcome")
                .params(params).query((rs, n) -> counts.put(rs.getString("outcome"), rs.getLong("n"))).list();
        return new OutcomeCounts(year, counts.getOrDefault("PASS", 0L), counts.getOrDefault("PASS_WITH_AMENDMENTS", 0L),
                counts.getOrDefault("FAIL", 0L));
    }

    /** The 法律审查意见书 of a concluded request, ready for {@code Documents.docx/pdf}. */
    @Transactional(readOnly = true)
    public OfficialDocument opinion(long id, java.util.function.Function<String, String> text) {
        ReviewView r = get(id);
        if (r.status() != ReviewStatus.CONCLUDED) {
            throw UserFacingException.conflict("legality.error.notConcluded");
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(r.unitName() + "："));
        blocks.add(new Block.Paragraph(text.apply("legality.document.intro").formatted(r.submittedOn(), r.title())));
        blocks.add(new Block.Heading(1, text.apply("legality.document.request")));
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field(text.apply("legality.field.type"), text.apply("legality.type." + r.type())));
        fields.add(new Block.Field(text.apply("legality.field.title"), r.title()));
        if (r.counterpartyName() != null) {
            fields.add(new Block.Field(text.apply("legality.field.counterpartyName"), r.counterpartyName()
                    + (r.counterpartyUscc() == null ? "" : "（" + r.counterpartyUscc() + "）")));
        }
        fields.add(new Block.Field(text.apply("legality.field.amount"), r.amount().toPlainString()));
        fields.add(new Block.Field(text.apply("legality.field.reviewer"), r.reviewerKind() == ReviewerKind.ADVISER
                ? text.apply("legality.reviewer.ADVISER") + " " + r.adviserName() : text.apply("legality.reviewer.BUREAU")));
        blocks.add(new Block.Fields(fields));
        blocks.add(new Block.Heading(1, text.apply("legality.document.findings")));
        for (String paragraph : r.findings().split("\\R+")) {
            if (!paragraph.isBlank()) {
                blocks.add(new Block.Paragraph(paragraph));
            }
        }
        blocks.add(new Block.Heading(1, text.apply("legality.document.conclusion")));
        blocks.add(new Block.Paragraph(text.apply("legality.document.outcome." + r.outcome())));
        return new OfficialDocument(text.apply("legality.document.issuer"), r.caseNumber(),
                text.apply("legality.document.title"), blocks, text.apply("legality.document.issuer"), r.concludedOn());
    }

    // ---- kernel contracts -----------------------------------------------------------------------------------------



    /** Open requests whose review period ends on or before {@code until}. */
    @Override
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("until", until);
        params.put("open", ReviewStatus.open());
        return jdbc.sql("SELECT r.id, r.case_number, r.title, r.due_on, r.unit_id, r.region_code FROM legality_review r "
                        + "WHERE r.status IN (:open) AND r.due_on <= :until AND "
                        + scope.sqlCondition(SCOPE_UNIT, SCOPE_REGION) + " ORDER BY r.due_on")
                .params(params)
                .query((rs, n) -> new DueItem(ref(rs.getLong("id")), rs.getString("case_number"), rs.getString("title"),
                        CLOCK_NAME, rs.getObject("due_on", LocalDate.class), rs.getLong("unit_id"),
                        rs.getString("region_code"), "/legality/reviews/" + rs.getLong("id")))
                .list();
    }

    public static CaseRef ref(long id) {
        return new CaseRef(CASE_TYPE, id);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private ReviewView map(ResultSet rs, int n) throws SQLException {
        ReviewStatus status = ReviewStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        String kind = rs.getString("reviewer_kind");
        String outcome = rs.getString("outcome");
        Long adviser = rs.getObject("adviser_id", Long.class);
        return new ReviewView(rs.getLong("id"), rs.getString("case_number"), ReviewType.valueOf(rs.getString("review_type")),
                rs.getString("title"), rs.getString("counterparty_name"), rs.getString("counterparty_uscc"),
                rs.getBigDecimal("amount").setScale(2), rs.getString("summary"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("region_code"), status,
                rs.getObject("submitted_on", LocalDate.class), due, rs.getBoolean("due_provisional"),
                kind == null ? null : ReviewerKind.valueOf(kind), adviser,
                rs.getString("adviser_name"), rs.getObject("assigned_on", LocalDate.class),
                outcome == null ? null : ReviewOutcome.valueOf(outcome), rs.getString("findings"),
                rs.getObject("concluded_on", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class),
                rs.getString("withdraw_reason"), status.isOpen() && due.isBefore(LocalDate.now(clock)),
                rs.getInt("version"));
    }
}
