package cn.fazhi.normative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.CaseStore;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.cases.DeadlineSource;
import cn.fazhi.cases.DueItem;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.normative.events.DocumentStatusChanged;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.search.SearchChanges;

/**
 * The register's facade: drafts a normative document and takes it through public comment, legality review, collective
 * decision, signing and publication, filing, entry into force and evaluation; reads the register within the caller's
 * data scope (outside it: "not found", {@link CaseSteps#load}) and, for the public, only issued documents. Each step is
 * one call of the kernel ({@link CaseSteps#step}: version, the transition table {@link NormativeDocument#TABLE}, save,
 * timeline, audit, event) and the search-index change, in one transaction.
 */
@Service
public class NormativeDocuments implements DeadlineSource {

    /** Type code in the case kernel (timeline, deadlines) and in the search index. */
    public static final String TYPE = "normative";

    static final String COLUMNS = "d.id, d.unit_id, d.region_code, d.doc_number, d.title, d.body, d.subject_tags, d.status, "
            + "d.comment_from, d.comment_to, d.review_by, d.reviewer, d.review_result, d.review_findings, d.reviewed_on, "
            + "d.decision_meeting, d.decided_on, d.signed_on, d.published_on, d.effective_on, d.validity_years, "
            + "d.expires_on, d.filed_with, d.filed_on, d.evaluated_on, d.evaluation, d.in_force_until, d.amendment_due, d.demo, "
            + "d.version";

    private final JdbcClient jdbc;
    private final NormativeDocumentRepository store;
    private final CaseSteps steps;
    private final Units units;
    private final SearchChanges searchChanges;
    private final NormativeProperties settings;
    private final Clock clock;

    NormativeDocuments(JdbcClient jdbc, NormativeDocumentRepository store, CaseSteps steps, Units units,
            SearchChanges searchChanges, NormativeProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.steps = steps;
        this.units = units;
        this.searchChanges = searchChanges;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- drafting ---------------------------------------------------------------------------------------------------

    /** A new draft by a unit within the caller's scope (the caller's own unit when none is given). */
    @Transactional
    public NormativeDocumentView draft(NormativeCommands.Draft form, CurrentUser me) {
        Draft d = checkDraft(form);
        UnitView unit = units.find(form.unitId() == null ? me.unitId() : form.unitId())
                .orElseThrow(() -> UserFacingException.badRequest("normative.error.unitRequired"));
        if (!me.scope().covers(unit.id(), unit.regionCode())) {
            throw UserFacingException.badRequest("normative.error.unitOutsideScope");
        }
        NormativeDocument doc = NormativeDocument.drafted(unit.id(), unit.regionCode(), d.title, d.body, d.tags,
                d.validityYears, OffsetDateTime.now(clock), Actors.current());
        store.insert(doc);
        relate(doc.id(), form.relatedTo(), form.relation(), me.scope());
        searchChanges.changed(TYPE, doc.id());
        steps.created(store, doc, "drafted", StepOutcome.of(changedEvent(doc, null), d.title));
        return view(doc.id());
    }

    /** Edits a draft (title, text, tags, validity, relation) while it is being drafted. */
    @Transactional
    public NormativeDocumentView edit(long id, NormativeCommands.Draft form, Integer version, DataScope scope) {
        if (steps.load(store, id).status() != NormativeStatus.DRAFTING) {
            throw UserFacingException.conflict("normative.error.onlyDraftEditable");
        }
        return step(id, version, "edit", doc -> {
            Draft d = checkDraft(form);
            doc.edit(d.title, d.body, d.tags, d.validityYears);
            jdbc.sql("DELETE FROM normative_relation WHERE from_id = :id").param("id", id).update();
            relate(id, form.relatedTo(), form.relation(), scope);
            return StepOutcome.of(null, d.title);
        });
    }

    private record Draft(String title, String body, String tags, int validityYears) {}

    private Draft checkDraft(NormativeCommands.Draft form) {
        if (form == null || blank(form.title())) {
            throw UserFacingException.badRequest("normative.error.titleRequired");
        }
        if (form.title().strip().length() > 300) {
            throw UserFacingException.badRequest("normative.error.titleTooLong");
        }
        if (blank(form.body())) {
            throw UserFacingException.badRequest("normative.error.bodyRequired");
        }
        if (form.body().length() > 500_000) {
            throw UserFacingException.badRequest("normative.error.bodyTooLong");
        }
        int validity = form.validityYears() == null ? settings.defaultValidityYears() : form.validityYears();
        if (validity < 1 || validity > settings.maxValidityYears()) {
            throw UserFacingException.badRequest("normative.error.validity", settings.maxValidityYears());
        }
        String tags = form.tags() == null ? "" : form.tags().stream().filter(t -> t != null && !t.isBlank())
                .map(String::strip).distinct().collect(Collectors.joining(","));
        if (tags.length() > 500 || tags.contains("，")) {
            throw UserFacingException.badRequest("normative.error.tags");
        }
        return new Draft(form.title().strip(), form.body().strip(), tags, validity);
    }

    private void relate(long id, Long relatedTo, RelationKind kind, DataScope scope) {
        if (relatedTo == null && kind == null) {
            return;
        }
        if (relatedTo == null || kind == null) {
            throw UserFacingException.badRequest("normative.error.relationIncomplete");
        }
        NormativeDocumentView other = find(relatedTo, scope)
                .orElseThrow(() -> UserFacingException.badRequest("normative.error.relationUnknown"));
        if (other.id() == id || !other.status().issued()) {
            throw UserFacingException.badRequest("normative.error.relationNotIssued");
        }
        jdbc.sql("INSERT INTO normative_relation (from_id, to_id, kind) VALUES (:f, :t, :k)")
                .param("f", id).param("t", relatedTo).param("k", kind.name()).update();
    }

    // ---- lifecycle (each step one call of the kernel: version, transition table, save, timeline, audit, event) -------

    /** Drafting → public comment for the given period. */
    @Transactional
    public NormativeDocumentView openComment(long id, NormativeCommands.CommentPeriod form, Integer version) {
        return step(id, version, "openComment", doc -> {
            if (form == null) {
                throw UserFacingException.badRequest("normative.error.commentPeriod");
            }
            NormativeStatus from = doc.status();
            doc.openComment(form.from(), form.to());
            return StepOutcome.of(changedEvent(doc, from), form.from() + "~" + form.to());
        });
    }

    /** Records a comment received during the comment period. */
    @Transactional
    public NormativeDocumentView addComment(long id, NormativeCommands.Comment form, Integer version) {
        return step(id, version, "addComment", doc -> {
            if (form == null || form.receivedOn() == null || blank(form.source()) || blank(form.content())) {
                throw UserFacingException.badRequest("normative.error.commentIncomplete");
            }
            if (form.receivedOn().isBefore(doc.commentFrom) || form.receivedOn().isAfter(doc.commentTo)) {
                throw UserFacingException.badRequest("normative.error.commentOutsidePeriod", doc.commentFrom, doc.commentTo);
            }
            jdbc.sql("INSERT INTO normative_comment (document_id, received_on, source, content, adopted, response, "
                            + "recorded_at, recorded_by) VALUES (:d, :on, :s, :c, :a, :r, :at, :by)")
                    .param("d", id).param("on", form.receivedOn()).param("s", cut(form.source(), 200))
                    .param("c", cut(form.content(), 4000)).param("a", Boolean.TRUE.equals(form.adopted()))
                    .param("r", form.response() == null ? null : cut(form.response(), 2000))
                    .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update();
            return StepOutcome.of(null, cut(form.source(), 200));
        });
    }

    /**
     * Answers a recorded comment (adopted or not, with the reason), or changes the answer, until the document is
     * signed: the answers are part of the drafting record the review and the decision look at.
     */
    @Transactional
    public NormativeDocumentView answerComment(long id, long commentId, NormativeCommands.Answer form, Integer version) {
        return step(id, version, "answerComment", doc -> {
            if (form == null || blank(form.response())) {
                throw UserFacingException.badRequest("normative.error.answerRequired");
            }
            int n = jdbc.sql("UPDATE normative_comment SET adopted = :a, response = :r WHERE id = :c AND document_id = :d")
                    .param("a", Boolean.TRUE.equals(form.adopted())).param("r", cut(form.response(), 2000))
                    .param("c", commentId).param("d", id).update();
            if (n == 0) {
                throw UserFacingException.notFound("error.notFound");
            }
            return StepOutcome.of(null, commentId + (Boolean.TRUE.equals(form.adopted()) ? " adopted" : " not adopted"));
        });
    }

    /** Public comment → legality review, once the comment period has ended. */
    @Transactional
    public NormativeDocumentView submitForReview(long id, Integer version) {
        return step(id, version, "submitReview", doc -> {
            NormativeStatus from = doc.status();
            doc.submitForReview(today());
            return StepOutcome.of(changedEvent(doc, from), null);
        });
    }

    /**
     * Records the legality review. Passed: the document goes on to collective decision. Failed: it stays in review
     * with the findings and can only go back to drafting (or be reviewed again); it cannot be signed.
     */
    @Transactional
    public NormativeDocumentView recordReview(long id, NormativeCommands.Review form, Integer version) {
        if (form == null || form.reviewBy() == null || form.result() == null || form.reviewedOn() == null
                || blank(form.reviewer()) || blank(form.findings())) {
            throw UserFacingException.badRequest("normative.error.reviewIncomplete");
        }
        boolean passed = form.result() == ReviewResult.PASSED;
        return step(id, version, passed ? "passReview" : "failReview", doc -> {
            if (form.reviewedOn().isAfter(today()) || (doc.commentTo() != null && form.reviewedOn().isBefore(doc.commentTo()))) {
                throw UserFacingException.badRequest("normative.error.reviewDate");
            }
            NormativeStatus from = doc.status();
            doc.review(form.reviewBy(), cut(form.reviewer(), 100), form.result(), cut(form.findings(), 4000),
                    form.reviewedOn());
            return StepOutcome.of(passed ? changedEvent(doc, from) : null,
                    form.reviewBy() + " " + (passed ? "PASSED" : cut(form.findings(), 200)));
        });
    }

    /** Back to drafting (after a failed review, or to rework the text before decision). */
    @Transactional
    public NormativeDocumentView returnToDrafting(long id, Integer version) {
        return step(id, version, "returnToDrafting", doc -> {
            NormativeStatus from = doc.status();
            doc.returnToDrafting();
            return StepOutcome.of(changedEvent(doc, from), null);
        });
    }

    /** Records the collective decision (meeting and date); the document stays ready for signing. */
    @Transactional
    public NormativeDocumentView recordDecision(long id, NormativeCommands.Decision form, Integer version) {
        return step(id, version, "decide", doc -> {
            if (form == null || blank(form.meeting()) || form.decidedOn() == null) {
                throw UserFacingException.badRequest("normative.error.decisionIncomplete");
            }
            if (form.decidedOn().isAfter(today())) {
                throw UserFacingException.badRequest("normative.error.decisionDate");
            }
            doc.decide(cut(form.meeting(), 200), form.decidedOn());
            return StepOutcome.of(null, cut(form.meeting(), 200));
        });
    }

    /**
     * Signs and publishes with the document number (GB/T 9704 §7.2.5) and dates. Refused when the legality review did
     * not pass, or no collective decision is recorded.
     */
    @Transactional
    public NormativeDocumentView sign(long id, NormativeCommands.Sign form, Integer version) {
        NormativeDocument current = steps.load(store, id);
        if (current.status() == NormativeStatus.LEGALITY_REVIEW && current.reviewResult == ReviewResult.FAILED) {
            // The table refuses signing here too; the refusal says why.
            throw UserFacingException.conflict("normative.error.reviewNotPassed");
        }
        return step(id, version, "sign", doc -> {
            if (doc.reviewResult != ReviewResult.PASSED) {
                throw UserFacingException.conflict("normative.error.reviewNotPassed");
            }
            if (doc.decidedOn() == null) {
                throw UserFacingException.conflict("normative.error.noDecision");
            }
            if (form == null || form.signedOn() == null || form.publishedOn() == null || form.effectiveOn() == null) {
                throw UserFacingException.badRequest("normative.error.signIncomplete");
            }
            DocumentNumber number = number(form.number());
            if (form.signedOn().isAfter(today())) {
                throw UserFacingException.badRequest("normative.error.signDates");
            }
            if (jdbc.sql("SELECT COUNT(*) FROM normative_document WHERE doc_number = :n AND id <> :id")
                    .param("n", number.formatted()).param("id", id).query(Long.class).single() > 0) {
                throw UserFacingException.conflict("normative.error.numberTaken", number.formatted());
            }
            NormativeStatus from = doc.status();
            doc.sign(number, form.signedOn(), form.publishedOn(), form.effectiveOn());
            return StepOutcome.of(changedEvent(doc, from), number.formatted());
        });
    }

    /** Files the document with the next level; it enters into force now if its effective date has come. */
    @Transactional
    public NormativeDocumentView file(long id, NormativeCommands.Filing form, Integer version) {
        NormativeDocumentView filed = step(id, version, "file", doc -> {
            if (form == null || blank(form.filedWith()) || form.filedOn() == null) {
                throw UserFacingException.badRequest("normative.error.filingIncomplete");
            }
            if (form.filedOn().isAfter(today())) {
                throw UserFacingException.badRequest("normative.error.filingDate");
            }
            NormativeStatus from = doc.status();
            doc.file(cut(form.filedWith(), 200), form.filedOn());
            return StepOutcome.of(changedEvent(doc, from), cut(form.filedWith(), 200));
        });
        if (!filed.effectiveOn().isAfter(today())) {
            enterIntoForce(id);
            return view(id);
        }
        return filed;
    }

    /** Records the evaluation before expiry of a document in force. */
    @Transactional
    public NormativeDocumentView evaluate(long id, NormativeCommands.Evaluation form, Integer version) {
        return step(id, version, "evaluate", doc -> {
            if (form == null || form.evaluatedOn() == null || blank(form.conclusion()) || form.evaluatedOn().isAfter(today())) {
                throw UserFacingException.badRequest("normative.error.evaluationIncomplete");
            }
            doc.evaluate(form.evaluatedOn(), cut(form.conclusion(), 4000));
            return StepOutcome.of(null, cut(form.conclusion(), 200));
        });
    }

    /**
     * The daily step by dates: filed documents whose effective date has come enter into force; documents in force
     * whose validity ended expire. Returns how many documents changed. Safe to run on several nodes (each change is
     * version-checked; a document another node moved first is skipped).
     */
    @Transactional
    public int applyDates() {
        LocalDate today = today();
        int n = 0;
        for (Long id : store.idsDue(NormativeStatus.FILED, "effective_on", today)) {
            enterIntoForce(id);
            n++;
        }
        for (Long id : store.idsDue(NormativeStatus.IN_FORCE, "expires_on", today)) {
            NormativeDocument doc = store.find(id).orElseThrow();
            end(id, NormativeStatus.EXPIRED, doc.expiresOn.plusDays(1), "expired");
            n++;
        }
        return n;
    }

    /** FILED → IN_FORCE; the documents this one amends, replaces or abolishes stop being in force on its effective date. */
    private void enterIntoForce(long id) {
        NormativeDocument doc = steps.systemStep(store, NormativeDocument.TABLE, id, "enterIntoForce", d -> {
            d.enterIntoForce();
            return StepOutcome.of(changedEvent(d, NormativeStatus.FILED), String.valueOf(d.effectiveOn()));
        });
        searchChanges.changed(TYPE, id);
        for (Map<String, Object> rel : jdbc.sql("SELECT to_id, kind FROM normative_relation WHERE from_id = :id")
                .param("id", id).query().listOfRows()) {
            long older = ((Number) rel.get("to_id")).longValue();
            RelationKind kind = RelationKind.valueOf((String) rel.get("kind"));
            NormativeStatus target = kind == RelationKind.AMENDS ? NormativeStatus.AMENDED : NormativeStatus.ABOLISHED;
            NormativeDocument o = store.find(older).orElseThrow();
            if (NormativeDocument.TABLE.allows(o.status(), target)) {
                end(older, target, doc.effectiveOn(), kind + " by " + doc.caseNumber());
            }
        }
    }

    /**
     * Ends a document (amended, abolished, void, expired) with the date it stopped being in force (kept if it already
     * stopped): a step of the kernel on behalf of the step or job that decided it (a later document, a published
     * cleanup, the daily date job), which checked the permission.
     */
    void end(long id, NormativeStatus to, LocalDate until, String detail) {
        String step = NormativeDocument.endStep(to);
        steps.systemStep(store, NormativeDocument.TABLE, id, step, d -> {
            NormativeStatus from = d.status();
            d.end(step, until);
            return StepOutcome.of(changedEvent(d, from), detail);
        });
        searchChanges.changed(TYPE, id);
    }

    boolean amendmentDue(long id) {
        return store.find(id).map(NormativeDocument::amendmentDue).orElse(false);
    }

    /** Marks (or clears) "to be amended", decided by a published cleanup. */
    void markAmendmentDue(long id, boolean due) {
        steps.systemStep(store, NormativeDocument.TABLE, id, "markAmendmentDue", d -> {
            d.markAmendmentDue(due);
            return StepOutcome.of(null, String.valueOf(due));
        });
        searchChanges.changed(TYPE, id);
    }

    /** Stores the documents of a generated register in one batch (inside the generating transaction). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void storeGenerated(List<NormativeDocument> documents) {
        store.insertAll(documents);
        documents.forEach(d -> searchChanges.changed(TYPE, d.id()));
    }

    /** The kernel's store of this case type. */
    CaseStore<NormativeDocument> store() {
        return store;
    }

    /** The steps the caller may take on the document now (from the transition table). */
    public List<String> actions(NormativeDocumentView doc, cn.fazhi.platform.scope.Caller caller) {
        return NormativeDocument.TABLE.available(doc.status(), caller);
    }

    /** A person's step on a document: the kernel's one step call; the search index follows. */
    private NormativeDocumentView step(long id, Integer version, String stepName,
            java.util.function.Function<NormativeDocument, StepOutcome> body) {
        steps.step(store, NormativeDocument.TABLE, id, version, stepName, body);
        searchChanges.changed(TYPE, id);
        return view(id);
    }

    private DocumentStatusChanged changedEvent(NormativeDocument d, NormativeStatus from) {
        return new DocumentStatusChanged(d.id(), d.number, from == null ? null : from.name(), d.status().name(), today());
    }

    private static DocumentNumber number(String text) {
        Optional<String> problem = DocumentNumber.problem(text);
        if (problem.isPresent()) {
            throw UserFacingException.badRequest(problem.get());
        }
        return DocumentNumber.parse(text);
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<NormativeDocumentView> find(long id, DataScope scope) {
        return row(id).filter(r -> scope.covers(r.unitId, r.regionCode)).map(this::view);
    }

    /** The document if the caller may read it (the kernel's scoped access), else 404. */
    @Transactional(readOnly = true)
    public NormativeDocumentView get(long id) {
        steps.load(store, id);
        return view(id);
    }

    private NormativeDocumentView view(long id) {
        return row(id).map(this::view).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    NormativeDocumentView require(long id, DataScope scope) {
        return find(id, scope).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** An issued document for the public portal (drafts are "not found"). */
    @Transactional(readOnly = true)
    public Optional<NormativeDocumentView> findPublic(long id) {
        return row(id).filter(r -> r.status.issued()).map(this::view);
    }

    /** The register within the caller's scope, newest first. */
    @Transactional(readOnly = true)
    public DocumentPage list(NormativeQuery query, DataScope scope) {
        return page(query, scope.sqlCondition("d.unit_id", "d.region_code"), scope.parameters(), false);
    }

    /** The public register: issued documents only. */
    @Transactional(readOnly = true)
    public DocumentPage listPublic(NormativeQuery query) {
        return page(query, "1 = 1", Map.of(), true);
    }

    private DocumentPage page(NormativeQuery q, String scopeCondition, Map<String, Object> scopeParams, boolean issuedOnly) {
        StringBuilder where = new StringBuilder(" WHERE ").append(scopeCondition);
        Map<String, Object> p = new HashMap<>(scopeParams);
        if (issuedOnly) {
            where.append(" AND d.published_on IS NOT NULL");
        }
        if (q.unitId() != null) {
            where.append(" AND d.unit_id = :unit");
            p.put("unit", q.unitId());
        }
        if (q.status() != null) {
            where.append(" AND d.status = :status");
            p.put("status", q.status().name());
        }
        if (q.year() != null) {
            where.append(" AND d.published_on >= :yFrom AND d.published_on <= :yTo");
            p.put("yFrom", LocalDate.of(q.year(), 1, 1));
            p.put("yTo", LocalDate.of(q.year(), 12, 31));
        }
        if (q.inForceOn() != null) {
            where.append(" AND ").append(inForceCondition("d", ":inForceOn"));
            p.put("inForceOn", q.inForceOn());
        }
        if (!blank(q.title())) {
            where.append(" AND d.title LIKE :title");
            p.put("title", "%" + q.title().strip().replace("%", "").replace("_", "") + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM normative_document d" + where).params(p).query(Long.class).single();
        int size = q.sizeOrDefault();
        Map<Long, String> unitNames = unitNames();
        List<DocumentSummary> items = jdbc.sql("SELECT d.id, d.doc_number, d.title, d.unit_id, d.status, d.published_on, "
                        + "d.effective_on, d.expires_on, d.in_force_until, d.amendment_due, d.demo FROM normative_document d"
                        + where + " ORDER BY d.published_on DESC NULLS FIRST, d.id DESC LIMIT :limit OFFSET :offset")
                .params(p).param("limit", size).param("offset", (long) q.pageOrZero() * size)
                .query((rs, i) -> new DocumentSummary(rs.getLong("id"), rs.getString("doc_number"), rs.getString("title"),
                        rs.getLong("unit_id"), unitNames.get(rs.getLong("unit_id")), NormativeStatus.valueOf(rs.getString("status")),
                        date(rs, "published_on"), date(rs, "effective_on"), date(rs, "expires_on"), date(rs, "in_force_until"),
                        rs.getBoolean("amendment_due"), rs.getBoolean("demo")))
                .list();
        return new DocumentPage(items, total, q.pageOrZero(), size);
    }

    /** SQL: the document (alias {@code a}) was in force on the date bound to {@code param}. */
    static String inForceCondition(String a, String param) {
        return a + ".published_on IS NOT NULL AND " + a + ".effective_on <= " + param + " AND (" + a
                + ".in_force_until IS NULL OR " + a + ".in_force_until > " + param + ")";
    }

    Map<Long, String> unitNames() {
        return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a));
    }

    // ---- deadlines --------------------------------------------------------------------------------------------------

    /**
     * Open deadlines: the evaluation before expiry of a document in force ({@code evaluationMonthsBeforeExpiry} before
     * it expires, unless evaluated since that date) and the filing of a published document ({@code filingDays} after
     * publication). Both periods are settings (not confirmed rules).
     */
    @Override
    @Transactional(readOnly = true)
    public List<DueItem> openDeadlines(DataScope scope, LocalDate until) {
        List<DueItem> items = new ArrayList<>();
        int months = settings.evaluationMonthsBeforeExpiry();
        jdbc.sql("SELECT d.id, d.doc_number, d.title, d.unit_id, d.region_code, d.expires_on, d.evaluated_on "
                        + "FROM normative_document d WHERE d.status = :inForce AND d.expires_on <= :limit AND "
                        + scope.sqlCondition("d.unit_id", "d.region_code"))
                .params(scope.parameters()).param("inForce", NormativeStatus.IN_FORCE.name()).param("limit", until.plusMonths(months))
                .query((rs, i) -> {
                    LocalDate due = date(rs, "expires_on").minusMonths(months);
                    LocalDate evaluated = date(rs, "evaluated_on");
                    if (evaluated == null || evaluated.isBefore(due.minusMonths(months))) {
                        items.add(new DueItem(new CaseRef(TYPE, rs.getLong("id")), rs.getString("doc_number"),
                                rs.getString("title"), "normative.deadline.evaluation", due, rs.getLong("unit_id"),
                                rs.getString("region_code"), "/normative/documents/" + rs.getLong("id")));
                    }
                    return null;
                }).list();
        jdbc.sql("SELECT d.id, d.doc_number, d.title, d.unit_id, d.region_code, d.published_on FROM normative_document d "
                        + "WHERE d.status = :published AND d.published_on <= :limit AND "
                        + scope.sqlCondition("d.unit_id", "d.region_code"))
                .params(scope.parameters()).param("published", NormativeStatus.PUBLISHED.name()).param("limit", until.minusDays(settings.filingDays()))
                .query((rs, i) -> items.add(new DueItem(new CaseRef(TYPE, rs.getLong("id")), rs.getString("doc_number"),
                        rs.getString("title"), "normative.deadline.filing", date(rs, "published_on").plusDays(settings.filingDays()),
                        rs.getLong("unit_id"), rs.getString("region_code"), "/normative/documents/" + rs.getLong("id"))))
                .list();
        return items;
    }

    // ---- rows -------------------------------------------------------------------------------------------------------

    record Row(long id, long unitId, String regionCode, String number, String title, String body, String tags,
            NormativeStatus status, LocalDate commentFrom, LocalDate commentTo, String reviewBy, String reviewer,
            String reviewResult, String reviewFindings, LocalDate reviewedOn, String decisionMeeting, LocalDate decidedOn,
            LocalDate signedOn, LocalDate publishedOn, LocalDate effectiveOn, Integer validityYears, LocalDate expiresOn,
            String filedWith, LocalDate filedOn, LocalDate evaluatedOn, String evaluation, LocalDate inForceUntil,
            boolean amendmentDue, boolean demo, int version) {

        List<String> tagList() {
            return tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
        }
    }

    static Row map(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("region_code"), rs.getString("doc_number"),
                rs.getString("title"), rs.getString("body"), rs.getString("subject_tags"),
                NormativeStatus.valueOf(rs.getString("status")), date(rs, "comment_from"), date(rs, "comment_to"),
                rs.getString("review_by"), rs.getString("reviewer"), rs.getString("review_result"),
                rs.getString("review_findings"), date(rs, "reviewed_on"), rs.getString("decision_meeting"),
                date(rs, "decided_on"), date(rs, "signed_on"), date(rs, "published_on"), date(rs, "effective_on"),
                (Integer) rs.getObject("validity_years", Integer.class), date(rs, "expires_on"), rs.getString("filed_with"),
                date(rs, "filed_on"), date(rs, "evaluated_on"), rs.getString("evaluation"), date(rs, "in_force_until"),
                rs.getBoolean("amendment_due"), rs.getBoolean("demo"), rs.getInt("version"));
    }

    Optional<Row> row(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM normative_document d WHERE d.id = :id").param("id", id)
                .query(NormativeDocuments::map).optional();
    }

    private NormativeDocumentView view(Row r) {
        List<NormativeDocumentView.Comment> comments = jdbc.sql("SELECT id, received_on, source, content, adopted, response "
                        + "FROM normative_comment WHERE document_id = :id ORDER BY received_on, id").param("id", r.id)
                .query((rs, i) -> new NormativeDocumentView.Comment(rs.getLong("id"), date(rs, "received_on"),
                        rs.getString("source"), rs.getString("content"), rs.getBoolean("adopted"), rs.getString("response")))
                .list();
        List<NormativeDocumentView.Relation> relations = new ArrayList<>();
        String relationSql = "SELECT r.kind, o.id, o.doc_number, o.title, o.status, o.effective_on, o.in_force_until "
                + "FROM normative_relation r JOIN normative_document o ON o.id = r.%s WHERE r.%s = :id ORDER BY o.effective_on, o.id";
        for (boolean outgoing : new boolean[] {true, false}) {
            relations.addAll(jdbc.sql(String.format(relationSql, outgoing ? "to_id" : "from_id", outgoing ? "from_id" : "to_id"))
                    .param("id", r.id)
                    .query((rs, i) -> new NormativeDocumentView.Relation(RelationKind.valueOf(rs.getString("kind")), outgoing,
                            rs.getLong("id"), rs.getString("doc_number"), rs.getString("title"),
                            NormativeStatus.valueOf(rs.getString("status")), date(rs, "effective_on"), date(rs, "in_force_until")))
                    .list());
        }
        String unitName = units.find(r.unitId).map(UnitView::name).orElse("");
        Set<NormativeStatus> next = NormativeDocument.TABLE.next(r.status);
        return new NormativeDocumentView(r.id, r.unitId, unitName, r.regionCode, r.number, r.title, r.body, r.tagList(),
                r.status, r.commentFrom, r.commentTo, r.reviewBy == null ? null : ReviewBody.valueOf(r.reviewBy), r.reviewer,
                r.reviewResult == null ? null : ReviewResult.valueOf(r.reviewResult), r.reviewFindings, r.reviewedOn,
                r.decisionMeeting, r.decidedOn, r.signedOn, r.publishedOn, r.effectiveOn, r.validityYears, r.expiresOn,
                r.filedWith, r.filedOn, r.evaluatedOn, r.evaluation, r.inForceUntil, r.amendmentDue, r.demo, comments,
                relations, next, r.version);
    }

    /**
     * The version chain around a document (every document linked through amends / replaces / abolishes, in order of
     * entry into force), and which of them was in force on {@code date}.
     */
    @Transactional(readOnly = true)
    public VersionChain chain(long id, LocalDate date, boolean publicOnly, DataScope scope) {
        Row start = row(id).filter(r -> publicOnly ? r.status.issued() : scope.covers(r.unitId, r.regionCode))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        Map<Long, Row> seen = new LinkedHashMap<>();
        List<Long> frontier = new ArrayList<>(List.of(start.id));
        while (!frontier.isEmpty() && seen.size() < 200) {
            long next = frontier.remove(0);
            if (seen.containsKey(next)) {
                continue;
            }
            row(next).ifPresent(r -> seen.put(r.id, r));
            frontier.addAll(jdbc.sql("SELECT to_id FROM normative_relation WHERE from_id = :id UNION "
                    + "SELECT from_id FROM normative_relation WHERE to_id = :id").param("id", next).query(Long.class).list());
        }
        List<VersionChain.Version> versions = seen.values().stream()
                .filter(r -> !publicOnly || r.status.issued())
                .sorted(java.util.Comparator.comparing((Row r) -> r.effectiveOn == null ? LocalDate.MAX : r.effectiveOn)
                        .thenComparing(Row::id))
                .map(r -> new VersionChain.Version(r.id, r.number, r.title, r.status, r.effectiveOn, r.inForceUntil,
                        date != null && r.publishedOn != null && r.effectiveOn != null && !r.effectiveOn.isAfter(date)
                                && (r.inForceUntil == null || r.inForceUntil.isAfter(date))))
                .toList();
        return new VersionChain(date, versions);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String cut(String s, int max) {
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }
}
