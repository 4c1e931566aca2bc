package cn.fazhi.normative;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.normative.events.CleanupPublished;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Cleanup campaigns (清理): the documents in scope (issued in a period, optionally by one unit, not already amended,
 * abolished or void) each get a reviewed outcome with its reason; publishing the campaign applies the outcomes —
 * abolish → 废止, void → 宣布失效 (both stop being in force on the publication date), amend → marked "to be amended",
 * continue → unchanged. Before publication no document's status changes.
 */
@Service
public class CleanupCampaigns {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named;
    private final NormativeDocuments documents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CleanupCampaigns(JdbcClient jdbc, org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named,
            NormativeDocuments documents, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a campaign over the caller's scope and puts every document in its scope on the list. */
    @Transactional
    public CleanupView create(CleanupView.Create form, CurrentUser me) {
        return create(form, me.unitId(), me.scope(), null, false);
    }

    /**
     * A campaign over the documents in {@code scope} matching the form, owned by {@code unitId}; {@code only} (if not
     * null) narrows it to those documents — a generated year's campaign covers its own documents and no others.
     */
    CleanupView create(CleanupView.Create form, long unitId, DataScope scope, List<Long> only, boolean demo) {
        if (form == null || NormativeDocuments.blank(form.title()) || form.issuedFrom() == null || form.issuedTo() == null
                || form.issuedTo().isBefore(form.issuedFrom())) {
            throw UserFacingException.badRequest("normative.cleanup.error.form");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO normative_cleanup (title, issued_from, issued_to, issuer_unit_id, unit_id, region_code, status, "
                        + "demo, created_at, created_by) VALUES (:t, :f, :to, :iu, :u, :r, :draft, :demo, :at, :by)")
                .param("t", NormativeDocuments.cut(form.title(), 200)).param("f", form.issuedFrom()).param("to", form.issuedTo())
                .param("iu", form.issuerUnitId()).param("u", unitId).param("r", scope.regionCode())
                .param("draft", CleanupStatus.DRAFT.name()).param("demo", demo).param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update(keys, "id");
        long id = keys.getKey().longValue();
        List<String> statuses = NormativeStatus.cleanable().stream().map(Enum::name).toList();
        int n = jdbc.sql("INSERT INTO normative_cleanup_item (cleanup_id, document_id) SELECT :c, d.id FROM normative_document d "
                        + "WHERE d.status IN (:statuses) AND d.published_on >= :f AND d.published_on <= :to "
                        + "AND (CAST(:iu AS BIGINT) IS NULL OR d.unit_id = :iu) AND " + scope.sqlCondition("d.unit_id", "d.region_code")
                        + (only == null ? "" : " AND d.id IN (:only)"))
                .params(scope.parameters()).param("c", id).param("f", form.issuedFrom()).param("to", form.issuedTo())
                .param("iu", form.issuerUnitId()).param("statuses", statuses)
                .param("only", only == null ? List.of(-1L) : only).update();
        if (n == 0) {
            throw UserFacingException.badRequest("normative.cleanup.error.empty");
        }
        audit.record(AuditEntry.of("normative.cleanup.created", "normative_cleanup", id, form.title() + ": " + n + " documents"));
        return require(id, scope);
    }

    /** Records (or changes) one document's outcome while the campaign is a draft. */
    @Transactional
    public CleanupView review(long cleanupId, long documentId, CleanupView.Review form, DataScope scope) {
        CleanupView campaign = require(cleanupId, scope);
        if (campaign.status() != CleanupStatus.DRAFT) {
            throw UserFacingException.conflict("normative.cleanup.error.published");
        }
        if (form == null || form.outcome() == null || NormativeDocuments.blank(form.reason())) {
            throw UserFacingException.badRequest("normative.cleanup.error.review");
        }
        int updated = jdbc.sql("UPDATE normative_cleanup_item SET outcome = :o, reason = :r, reviewed_by = :by, reviewed_at = :at "
                        + "WHERE cleanup_id = :c AND document_id = :d")
                .param("o", form.outcome().name()).param("r", NormativeDocuments.cut(form.reason(), 1000))
                .param("by", Actors.current()).param("at", OffsetDateTime.now(clock)).param("c", cleanupId)
                .param("d", documentId).update();
        if (updated == 0) {
            throw UserFacingException.notFound("normative.cleanup.error.notInCampaign");
        }
        audit.record(AuditEntry.of("normative.cleanup.reviewed", "normative_cleanup", cleanupId,
                "document " + documentId + " " + form.outcome()));
        return require(cleanupId, scope);
    }

    /** Records the outcomes of a generated campaign in one batch (document id → outcome and reason). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void reviewGenerated(long cleanupId, Map<Long, CleanupView.Review> outcomes) {
        named.batchUpdate("UPDATE normative_cleanup_item SET outcome = :o, reason = :r, reviewed_by = :by, reviewed_at = :at "
                + "WHERE cleanup_id = :c AND document_id = :d", outcomes.entrySet().stream()
                .map(e -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("o", e.getValue().outcome().name())
                        .addValue("r", e.getValue().reason()).addValue("by", Actors.current())
                        .addValue("at", OffsetDateTime.now(clock)).addValue("c", cleanupId).addValue("d", e.getKey()))
                .toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new));
    }

    /** Publishes the campaign once every document has an outcome, and applies the outcomes to the documents. */
    @Transactional
    public CleanupView publish(long cleanupId, DataScope scope) {
        return publish(cleanupId, scope, LocalDate.now(clock));
    }

    /** {@link #publish(long, DataScope)} on {@code today} (a generated year publishes on a day of that year). */
    CleanupView publish(long cleanupId, DataScope scope, LocalDate today) {
        CleanupView campaign = require(cleanupId, scope);
        if (campaign.status() != CleanupStatus.DRAFT) {
            throw UserFacingException.conflict("normative.cleanup.error.published");
        }
        long open = campaign.items().size() - campaign.reviewed();
        if (open > 0) {
            throw UserFacingException.conflict("normative.cleanup.error.incomplete", open);
        }
        if (jdbc.sql("UPDATE normative_cleanup SET status = :published, published_on = :d WHERE id = :id AND status = :draft")
                .param("published", CleanupStatus.PUBLISHED.name()).param("draft", CleanupStatus.DRAFT.name())
                .param("d", today).param("id", cleanupId).update() == 0) {
            throw UserFacingException.conflict("normative.error.concurrentChange");
        }
        for (CleanupView.Item item : campaign.items()) {
            String why = "cleanup " + cleanupId + ": " + item.outcome();
            switch (item.outcome()) {
                case ABOLISH -> endIfPossible(item, NormativeStatus.ABOLISHED, today, why);
                case VOID -> endIfPossible(item, NormativeStatus.VOID, today, why);
                case AMEND -> documents.markAmendmentDue(item.documentId(), true);
                case CONTINUE -> {
                    if (documents.amendmentDue(item.documentId())) {
                        documents.markAmendmentDue(item.documentId(), false);
                    }
                }
            }
        }
        audit.record(AuditEntry.of("normative.cleanup.published", "normative_cleanup", cleanupId,
                campaign.items().size() + " documents " + campaign.counts()));
        events.publishEvent(new CleanupPublished(cleanupId, today, campaign.items().size()));
        return require(cleanupId, scope);
    }

    private void endIfPossible(CleanupView.Item item, NormativeStatus target, LocalDate today, String why) {
        if (!NormativeDocument.TABLE.allows(item.status(), target)) {
            throw UserFacingException.conflict("normative.cleanup.error.documentChanged", item.number());
        }
        documents.end(item.documentId(), target, today, why);
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<CleanupView> find(long id, DataScope scope) {
        return load(id).filter(c -> scope.covers(c.unitId, c.regionCode)).map(c -> view(c, false));
    }

    CleanupView require(long id, DataScope scope) {
        return find(id, scope).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** A published campaign for the portal (drafts are "not found"). */
    @Transactional(readOnly = true)
    public Optional<CleanupView> findPublished(long id) {
        return load(id).filter(c -> c.status == CleanupStatus.PUBLISHED).map(c -> view(c, true));
    }

    @Transactional(readOnly = true)
    public List<CleanupView.Summary> list(DataScope scope) {
        return summaries(" WHERE " + scope.sqlCondition("c.unit_id", "c.region_code"), scope.parameters());
    }

    @Transactional(readOnly = true)
    public List<CleanupView.Summary> listPublished() {
        return summaries(" WHERE c.status = :published", Map.of("published", CleanupStatus.PUBLISHED.name()));
    }

    private List<CleanupView.Summary> summaries(String where, Map<String, Object> params) {
        return jdbc.sql("SELECT c.id, c.title, c.status, c.published_on, c.demo, "
                        + "(SELECT COUNT(*) FROM normative_cleanup_item i WHERE i.cleanup_id = c.id) AS documents, "
                        + "(SELECT COUNT(*) FROM normative_cleanup_item i WHERE i.cleanup_id = c.id AND i.outcome IS NOT NULL) AS reviewed "
                        + "FROM normative_cleanup c" + where + " ORDER BY c.id DESC LIMIT 200")
                .params(params)
                .query((rs, i) -> new CleanupView.Summary(rs.getLong("id"), rs.getString("title"),
                        CleanupStatus.valueOf(rs.getString("status")), NormativeDocuments.date(rs, "published_on"),
                        rs.getLong("documents"), rs.getLong("reviewed"), rs.getBoolean("demo")))
                .list();
    }

    private record Campaign(long id, String title, LocalDate issuedFrom, LocalDate issuedTo, Long issuerUnitId, long unitId,
            String regionCode, CleanupStatus status, LocalDate publishedOn, boolean demo) {}

    private Optional<Campaign> load(long id) {
        return jdbc.sql("SELECT * FROM normative_cleanup WHERE id = :id").param("id", id)
                .query((rs, i) -> new Campaign(rs.getLong("id"), rs.getString("title"), NormativeDocuments.date(rs, "issued_from"),
                        NormativeDocuments.date(rs, "issued_to"), rs.getObject("issuer_unit_id", Long.class), rs.getLong("unit_id"),
                        rs.getString("region_code"), CleanupStatus.valueOf(rs.getString("status")),
                        NormativeDocuments.date(rs, "published_on"), rs.getBoolean("demo")))
                .optional();
    }

    private CleanupView view(Campaign c, boolean publicView) {
        Map<Long, String> unitNames = documents.unitNames();
        List<CleanupView.Item> items = jdbc.sql("SELECT i.id, i.document_id, i.outcome, i.reason, d.doc_number, d.title, d.unit_id, "
                        + "d.published_on, d.status FROM normative_cleanup_item i JOIN normative_document d ON d.id = i.document_id "
                        + "WHERE i.cleanup_id = :c ORDER BY d.published_on, d.id")
                .param("c", c.id)
                .query((rs, i) -> new CleanupView.Item(rs.getLong("id"), rs.getLong("document_id"), rs.getString("doc_number"),
                        rs.getString("title"), unitNames.get(rs.getLong("unit_id")), NormativeDocuments.date(rs, "published_on"),
                        NormativeStatus.valueOf(rs.getString("status")),
                        rs.getString("outcome") == null ? null : CleanupOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("reason")))
                .list();
        Map<CleanupOutcome, Long> counts = new EnumMap<>(CleanupOutcome.class);
        for (CleanupOutcome o : CleanupOutcome.values()) {
            counts.put(o, items.stream().filter(i -> i.outcome() == o).count());
        }
        return new CleanupView(c.id, c.title, c.issuedFrom, c.issuedTo, c.issuerUnitId, c.status, c.publishedOn, c.demo,
                items, counts);
    }
}
