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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.CaseTimeline;
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
 * data scope (outside it: "not found") and, for the public, only issued documents. Every method is one transaction:
 * the change, its timeline entry, audit record, search-index change and event commit together or not at all.
 */
@Service
public class NormativeDocuments implements DeadlineSource {

    /** Type code in the case kernel (timeline, deadlines) and in the search index. */
    public static final String TYPE = "normative";

    static final String COLUMNS = "d.id, d.unit_id, d.region_code, d.doc_number, d.title, d.body, d.subject_tags, d.status, "
            + "d.comment_from, d.comment_to, d.review_by, d.reviewer, d.review_result, d.review_findings, d.reviewed_on, "
            + "d.decision_meeting, d.decided_on, d.signed_on, d.published_on, d.effective_on, d.validity_years, "
            + "d.expires_on, d.filed_with, d.filed_on, d.evaluated_on, d.evaluation, d.in_force_until, d.amendment_due, d.demo";

    private final JdbcClient jdbc;
    private final Units units;
    private final CaseTimeline timeline;
    private final AuditTrail audit;
    private final SearchChanges searchChanges;
    private final ApplicationEventPublisher events;
    private final NormativeProperties settings;
    private final Clock clock;

    NormativeDocuments(JdbcClient jdbc, Units units, CaseTimeline timeline, AuditTrail audit, SearchChanges searchChanges,
            ApplicationEventPublisher events, NormativeProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.timeline = timeline;
        this.audit = audit;
        this.searchChanges = searchChanges;
        this.events = events;
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
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO normative_document (unit_id, region_code, title, body, subject_tags, status, validity_years, "
                        + "created_at, created_by) VALUES (:u, :r, :t, :b, :tags, 'DRAFTING', :v, :at, :by)")
                .param("u", unit.id()).param("r", unit.regionCode()).param("t", d.title).param("b", d.body)
                .param("tags", d.tags).param("v", d.validityYears).param("at", OffsetDateTime.now(clock))
                .param("by", Actors.current()).update(keys, "id");
        long id = keys.getKey().longValue();
        relate(id, form.relatedTo(), form.relation(), me.scope());
        changed(id, null, NormativeStatus.DRAFTING, d.title);
        return require(id, me.scope());
    }

    /** Edits a draft (title, text, tags, validity, relation) while it is being drafted. */
    @Transactional
    public NormativeDocumentView edit(long id, NormativeCommands.Draft form, DataScope scope) {
        NormativeDocumentView doc = require(id, scope);
        if (doc.status() != NormativeStatus.DRAFTING) {
            throw UserFacingException.conflict("normative.error.onlyDraftEditable");
        }
        Draft d = checkDraft(form);
        jdbc.sql("UPDATE normative_document SET title = :t, body = :b, subject_tags = :tags, validity_years = :v, "
                        + "version = version + 1 WHERE id = :id")
                .param("t", d.title).param("b", d.body).param("tags", d.tags).param("v", d.validityYears).param("id", id).update();
        jdbc.sql("DELETE FROM normative_relation WHERE from_id = :id").param("id", id).update();
        relate(id, form.relatedTo(), form.relation(), scope);
        record(id, "edited", d.title);
        return require(id, scope);
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

    // ---- lifecycle --------------------------------------------------------------------------------------------------

    /** Drafting → public comment for the given period. */
    @Transactional
    public NormativeDocumentView openComment(long id, NormativeCommands.CommentPeriod form, DataScope scope) {
        NormativeDocumentView doc = require(id, scope);
        if (form == null || form.from() == null || form.to() == null || form.to().isBefore(form.from())) {
            throw UserFacingException.badRequest("normative.error.commentPeriod");
        }
        move(doc, NormativeStatus.PUBLIC_COMMENT);
        jdbc.sql("UPDATE normative_document SET comment_from = :f, comment_to = :t WHERE id = :id")
                .param("f", form.from()).param("t", form.to()).param("id", id).update();
        changed(id, doc.status(), NormativeStatus.PUBLIC_COMMENT, form.from() + "~" + form.to());
        return require(id, scope);
    }

    /** Records a comment received during the comment period. */
    @Transactional
    public NormativeDocumentView addComment(long id, NormativeCommands.Comment form, DataScope scope) {
        NormativeDocumentView doc = require(id, scope);
        if (doc.status() != NormativeStatus.PUBLIC_COMMENT) {
            throw UserFacingException.conflict("normative.error.notInComment");
        }
        if (form == null || form.receivedOn() == null || blank(form.source()) || blank(form.content())) {
            throw UserFacingException.badRequest("normative.error.commentIncomplete");
        }
        if (form.receivedOn().isBefore(doc.commentFrom()) || form.receivedOn().isAfter(doc.commentTo())) {
            throw UserFacingException.badRequest("normative.error.commentOutsidePeriod", doc.commentFrom(), doc.commentTo());
        }
        jdbc.sql("INSERT INTO normative_comment (document_id, received_on, source, content, adopted, response, recorded_at, "
                        + "recorded_by) VALUES (:d, :on, :s, :c, :a, :r, :at, :by)")
                .param("d", id).param("on", form.receivedOn()).param("s", cut(form.source(), 200))
                .param("c", cut(form.content(), 4000)).param("a", Boolean.TRUE.equals(form.adopted()))
                .param("r", form.response() == null ? null : cut(form.response(), 2000))
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update();
        record(id, "commentRecorded", form.source());
        return require(id, scope);
    }

    /**
     * Answers a recorded comment (adopted or not, with the reason), or changes the answer, until the document is
     * signed: the answers are part of the drafting record the review and the decision look at.
     */
    @Transactional
    public NormativeDocumentView answerComment(long id, long commentId, NormativeCommands.Answer form, DataScope scope) {
        NormativeDocumentView doc = require(id, scope);
        if (doc.status().issued()) {
            throw UserFacingException.conflict("normative.error.commentsClosed");
        }
        if (doc.comments().stream().noneMatch(c -> c.id() == commentId)) {
            throw UserFacingException.notFound("error.notFound");
        }
        if (form == null || blank(form.response())) {
            throw UserFacingException.badRequest("normative.error.answerRequired");
        }
        jdbc.sql("UPDATE normative_comment SET adopted = :a, response = :r WHERE id = :c AND document_id = :d")
                .param("a", Boolean.TRUE.equals(form.adopted())).param("r", cut(form.response(), 2000))
                .param("c", commentId).param("d", id).update();
        record(id, "commentAnswered", commentId + (Boolean.TRUE.equals(form.adopted()) ? " adopted" : " not adopted"));
        return require(id, scope);
    }

    /** Public comment → legality review, once the comment period has ended. */
    @Transactional
    public NormativeDocumentView submitForReview(long id, DataScope scope) {
        NormativeDocumentView doc = require(id, scope);
        if (doc.status() == NormativeStatus.PUBLIC_COMMENT && !today().isAfter(doc.commentTo())) {
            throw UserFacingException.conflict("normative.error.commentNotOver", doc.commentTo());
        }
        move(doc, NormativeStatus.LEGALITY_REVIEW);
        jdbc.sql("UPDATE normative_document SET review_by = NULL, reviewer = NULL, review_result = NULL, "
                + "review_findings = NULL, reviewed_on = NULL WHERE id = :id").param("id", id).update();
        changed(id, doc.status(), NormativeStatus.LEGALITY_REVIEW, null);
        return require(id, scope);
    }

    /**
     * Records the legality review. Passed: the document goes on to collective decision. Failed: it stays in review
     * with the findings and can only go back to drafting (or be reviewed again); it cannot be signed.
     */
    @Transactional
    public NormativeDocumentView recordReview(long id, NormativeCommands.Review form, DataScope scope) {
        NormativeDocumentView doc = require(id, scope);
        if (doc.status() != NormativeStatus.LEGALITY_REVIEW) {
            throw UserFacingException.conflict("normative.error.notInReview");
        }
        if (form == null || form.reviewBy() == null || form.result() == null || form.reviewedOn() == null
                || blank(form.reviewer()) || blank(form.findings())) {
            throw UserFacingException.badRequest("normative.error.reviewIncomplete");
        }
        if (form.reviewedOn().isAfter(today()) || (doc.commentTo() != null && form.reviewedOn().isBefore(doc.commentTo()))) {
            throw UserFacingException.badRequest("normative.error.reviewDate");
        }
        jdbc.sql("UPDATE normative_document SET review_by = :b, reviewer = :r, review_result = :res, review_findings = :f, "
                        + "reviewed_on = :on WHERE id = :id")
                .param("b", form.reviewBy().name()).param("r", cut(form.reviewer(), 100)).param("res", form.result().name())
                .param("f", cut(form.findings(), 4000)).param("on", form.reviewedOn()).param("id", id).update();
        if (form.result() == ReviewResult.PASSED) {
            move(doc, NormativeStatus.COLLECTIVE_DECISION);
            changed(id, doc.status(), NormativeStatus.COLLECTIVE_DECISION, "review PASSED " + form.reviewBy());
        } else {
            record(id, "reviewFailed", form.reviewBy() + " " + cut(form.findings(), 200));
        }
        return require(id, scope);
    }

    /** Back to drafting (after a failed review, or to rework the text before decision). */
    @Transactional
    public NormativeDocumentView returnToDrafting(long id, DataScope scope) {
        NormativeDocumentView doc = require(id, scope);
        move(doc, NormativeStatus.DRAFTING);
        jdbc.sql("UPDATE normative_document SET decision_meeting = NULL, decided_on = NULL WHERE id = :id").param("id", id).update();
        changed(id, doc.status(), NormativeStatus.DRAFTING, null);
        return require(id, scope);
    }

    /** Records the collective decision (meeting and date); the document stays ready for signing. */
    @Transactional
    public NormativeDocumentView recordDecision(long id, NormativeCommands.Decision form, DataScope scope) {
        NormativeDocumentView doc = require(id, scope);
        if (doc.status() != NormativeStatus.COLLECTIVE_DECISION) {
            throw UserFacingException.conflict("normative.error.notAwaitingDecision");
        }
        if (form == null || blank(form.meeting()) || form.decidedOn() == null) {
            throw UserFacingException.badRequest("normative.error.decisionIncomplete");
        }
        if (form.decidedOn().isAfter(today()) || form.decidedOn().isBefore(doc.reviewedOn())) {
            throw UserFacingException.badRequest("normative.error.decisionDate");
        }
        jdbc.sql("UPDATE normative_document SET decision_meeting = :m, decided_on = :on WHERE id = :id")
                .param("m", cut(form.meeting(), 200)).param("on", form.decidedOn()).param("id", id).update();
        record(id, "decided", form.meeting());
        return require(id, scope);
    }

    /**
     * Signs and publishes with the document number (GB/T 9704 §7.2.5) and dates. Refused when the legality review did
     * not pass, or no collective decision is recorded.
     */
    @Transactional
    public NormativeDocumentView sign(long id, NormativeCommands.Sign form, DataScope scope) {
        NormativeDocumentView doc = require(id, scope);
        if (doc.reviewResult() != ReviewResult.PASSED) {
            throw UserFacingException.conflict("normative.error.reviewNotPassed");
        }
        if (doc.decidedOn() == null) {
            throw UserFacingException.conflict("normative.error.noDecision");
        }
        if (form == null || form.signedOn() == null || form.publishedOn() == null || form.effectiveOn() == null) {
            throw UserFacingException.badRequest("normative.error.signIncomplete");
        }
        DocumentNumber number = number(form.number());
        if (form.signedOn().isBefore(doc.decidedOn()) || form.publishedOn().isBefore(form.signedOn())
                || form.effectiveOn().isBefore(form.publishedOn()) || form.signedOn().isAfter(today())) {
            throw UserFacingException.badRequest("normative.error.signDates");
        }
        if (number.year() != form.signedOn().getYear()) {
            throw UserFacingException.badRequest("normative.error.numberYear", number.year(), form.signedOn().getYear());
        }
        if (jdbc.sql("SELECT COUNT(*) FROM normative_document WHERE doc_number = :n AND id <> :id")
                .param("n", number.formatted()).param("id", id).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("normative.error.numberTaken", number.formatted());
        }
        move(doc, NormativeStatus.PUBLISHED);
        LocalDate expires = form.effectiveOn().plusYears(doc.validityYears()).minusDays(1);
        jdbc.sql("UPDATE normative_document SET agency_code = :a, doc_year = :y, doc_seq = :s, doc_number = :n, signed_on = :si, "
                        + "published_on = :p, effective_on = :e, expires_on = :x WHERE id = :id")
                .param("a", number.agencyCode()).param("y", number.year()).param("s", number.sequence())
                .param("n", number.formatted()).param("si", form.signedOn()).param("p", form.publishedOn())
                .param("e", form.effectiveOn()).param("x", expires).param("id", id).update();
        changed(id, doc.status(), NormativeStatus.PUBLISHED, number.formatted());
        return require(id, scope);
    }

    /** Files the document with the next level; it enters into force now if its effective date has come. */
    @Transactional
    public NormativeDocumentView file(long id, NormativeCommands.Filing form, DataScope scope) {
        NormativeDocumentView doc = require(id, scope);
        if (form == null || blank(form.filedWith()) || form.filedOn() == null) {
            throw UserFacingException.badRequest("normative.error.filingIncomplete");
        }
        if (doc.publishedOn() != null && (form.filedOn().isBefore(doc.publishedOn()) || form.filedOn().isAfter(today()))) {
            throw UserFacingException.badRequest("normative.error.filingDate");
        }
        move(doc, NormativeStatus.FILED);
        jdbc.sql("UPDATE normative_document SET filed_with = :w, filed_on = :on WHERE id = :id")
                .param("w", cut(form.filedWith(), 200)).param("on", form.filedOn()).param("id", id).update();
        changed(id, doc.status(), NormativeStatus.FILED, form.filedWith());
        if (!doc.effectiveOn().isAfter(today())) {
            enterIntoForce(id);
        }
        return require(id, scope);
    }

    /** Records the evaluation before expiry of a document in force. */
    @Transactional
    public NormativeDocumentView evaluate(long id, NormativeCommands.Evaluation form, DataScope scope) {
        NormativeDocumentView doc = require(id, scope);
        if (doc.status() != NormativeStatus.IN_FORCE) {
            throw UserFacingException.conflict("normative.error.notInForce");
        }
        if (form == null || form.evaluatedOn() == null || blank(form.conclusion()) || form.evaluatedOn().isAfter(today())) {
            throw UserFacingException.badRequest("normative.error.evaluationIncomplete");
        }
        jdbc.sql("UPDATE normative_document SET evaluated_on = :on, evaluation = :c WHERE id = :id")
                .param("on", form.evaluatedOn()).param("c", cut(form.conclusion(), 4000)).param("id", id).update();
        record(id, "evaluated", cut(form.conclusion(), 200));
        return require(id, scope);
    }

    /**
     * The daily step by dates: filed documents whose effective date has come enter into force; documents in force
     * whose validity ended expire. Returns how many documents changed. Safe to run on several nodes (each change is
     * guarded by the status it expects).
     */
    @Transactional
    public int applyDates() {
        LocalDate today = today();
        int n = 0;
        for (Long id : jdbc.sql("SELECT id FROM normative_document WHERE status = 'FILED' AND effective_on <= :d")
                .param("d", today).query(Long.class).list()) {
            enterIntoForce(id);
            n++;
        }
        for (Long id : jdbc.sql("SELECT id FROM normative_document WHERE status = 'IN_FORCE' AND expires_on < :d")
                .param("d", today).query(Long.class).list()) {
            LocalDate end = jdbc.sql("SELECT expires_on FROM normative_document WHERE id = :id").param("id", id)
                    .query(LocalDate.class).single().plusDays(1);
            end(id, NormativeStatus.IN_FORCE, NormativeStatus.EXPIRED, end, "expired");
            n++;
        }
        return n;
    }

    /** FILED → IN_FORCE; the documents this one amends, replaces or abolishes stop being in force on its effective date. */
    private void enterIntoForce(long id) {
        Row row = row(id).orElseThrow();
        if (jdbc.sql("UPDATE normative_document SET status = 'IN_FORCE', version = version + 1 WHERE id = :id AND status = 'FILED'")
                .param("id", id).update() == 0) {
            return;
        }
        changed(id, NormativeStatus.FILED, NormativeStatus.IN_FORCE, String.valueOf(row.effectiveOn));
        for (Map<String, Object> rel : jdbc.sql("SELECT to_id, kind FROM normative_relation WHERE from_id = :id")
                .param("id", id).query().listOfRows()) {
            long older = ((Number) rel.get("to_id")).longValue();
            RelationKind kind = RelationKind.valueOf((String) rel.get("kind"));
            NormativeStatus target = kind == RelationKind.AMENDS ? NormativeStatus.AMENDED : NormativeStatus.ABOLISHED;
            Row o = row(older).orElseThrow();
            if (o.status.canMoveTo(target)) {
                end(older, o.status, target, row.effectiveOn, kind + " by " + row.number);
            }
        }
    }

    /** Ends a document: a status change with the date it stopped being in force (kept if it already stopped). */
    void end(long id, NormativeStatus from, NormativeStatus to, LocalDate until, String detail) {
        if (!from.canMoveTo(to)) {
            throw UserFacingException.conflict("normative.error.transition", from, to);
        }
        int updated = jdbc.sql("UPDATE normative_document SET status = :to, in_force_until = COALESCE(in_force_until, :u), "
                        + "version = version + 1 WHERE id = :id AND status = :from")
                .param("to", to.name()).param("u", until).param("id", id).param("from", from.name()).update();
        if (updated == 0) {
            throw UserFacingException.conflict("normative.error.concurrentChange");
        }
        changed(id, from, to, detail);
    }

    /** Marks (or clears) "to be amended", decided by a published cleanup. */
    void markAmendmentDue(long id, boolean due) {
        jdbc.sql("UPDATE normative_document SET amendment_due = :d, version = version + 1 WHERE id = :id")
                .param("d", due).param("id", id).update();
        record(id, "amendmentDue", String.valueOf(due));
        searchChanges.changed(TYPE, id);
    }

    private void move(NormativeDocumentView doc, NormativeStatus to) {
        if (!doc.status().canMoveTo(to)) {
            throw UserFacingException.conflict("normative.error.transition", doc.status(), to);
        }
        int updated = jdbc.sql("UPDATE normative_document SET status = :to, version = version + 1 WHERE id = :id AND status = :from")
                .param("to", to.name()).param("id", doc.id()).param("from", doc.status().name()).update();
        if (updated == 0) {
            throw UserFacingException.conflict("normative.error.concurrentChange");
        }
    }

    private void changed(long id, NormativeStatus from, NormativeStatus to, String detail) {
        String number = jdbc.sql("SELECT doc_number FROM normative_document WHERE id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
        timeline.record(new CaseRef(TYPE, id), "status." + to.name(), detail);
        audit.record(AuditEntry.of("normative.document." + (from == null ? "drafted" : "status"), TYPE, id,
                (from == null ? "" : from + " -> ") + to + (detail == null ? "" : " " + cut(detail, 300))));
        searchChanges.changed(TYPE, id);
        events.publishEvent(new DocumentStatusChanged(id, number, from == null ? null : from.name(), to.name(), today()));
    }

    private void record(long id, String action, String detail) {
        timeline.record(new CaseRef(TYPE, id), action, detail);
        audit.record(AuditEntry.of("normative.document." + action, TYPE, id, detail == null ? null : cut(detail, 300)));
        searchChanges.changed(TYPE, id);
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
                        + "FROM normative_document d WHERE d.status = 'IN_FORCE' AND d.expires_on <= :limit AND "
                        + scope.sqlCondition("d.unit_id", "d.region_code"))
                .params(scope.parameters()).param("limit", until.plusMonths(months))
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
                        + "WHERE d.status = 'PUBLISHED' AND d.published_on <= :limit AND "
                        + scope.sqlCondition("d.unit_id", "d.region_code"))
                .params(scope.parameters()).param("limit", until.minusDays(settings.filingDays()))
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
            boolean amendmentDue, boolean demo) {

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
                rs.getBoolean("amendment_due"), rs.getBoolean("demo"));
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
        Set<NormativeStatus> next = r.status.next();
        return new NormativeDocumentView(r.id, r.unitId, unitName, r.regionCode, r.number, r.title, r.body, r.tagList(),
                r.status, r.commentFrom, r.commentTo, r.reviewBy == null ? null : ReviewBody.valueOf(r.reviewBy), r.reviewer,
                r.reviewResult == null ? null : ReviewResult.valueOf(r.reviewResult), r.reviewFindings, r.reviewedOn,
                r.decisionMeeting, r.decidedOn, r.signedOn, r.publishedOn, r.effectiveOn, r.validityYears, r.expiresOn,
                r.filedWith, r.filedOn, r.evaluatedOn, r.evaluation, r.inForceUntil, r.amendmentDue, r.demo, comments,
                relations, next);
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
