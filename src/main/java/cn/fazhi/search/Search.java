package cn.fazhi.search;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.search.internal.SearchIndex;

/**
 * The search facade: public search (public texts only), staff search (within the caller's data scope), this node's
 * index status, and rebuild requests, which every node carries out from the database.
 */
@Service
public class Search {

    /** Longest accepted query text, in characters. */
    public static final int MAX_QUERY_LENGTH = 100;

    private final SearchIndex index;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Search(SearchIndex index, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.index = index;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Searches public texts only (the portal and the public API). */
    public SearchResult searchPublic(SearchQuery query) {
        check(query);
        return index.search(new SearchQuery(query.text(), query.types(), query.keywords(), query.dates(), true,
                query.page(), query.size()), null);
    }

    /** Searches every text the caller's data scope covers (public texts of other units included). */
    public SearchResult searchStaff(SearchQuery query, DataScope scope) {
        check(query);
        return index.search(query, scope);
    }

    public SearchStatus status() {
        return index.status();
    }

    /** Asks every node to rebuild its index from the database; returns the request's id. Audited. */
    @Transactional
    public long requestRebuild() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = Actors.current();
        jdbc.sql("INSERT INTO search_rebuild (requested_at, requested_by) VALUES (:at, :by)")
                .param("at", now).param("by", actor).update();
        long id = jdbc.sql("SELECT MAX(id) FROM search_rebuild").query(Long.class).single();
        audit.record(AuditEntry.of("search.index.rebuildRequested", "search_rebuild", id, "requested by " + actor));
        return id;
    }

    private static void check(SearchQuery query) {
        if (query == null) {
            throw UserFacingException.badRequest("search.error.queryRequired");
        }
        if (query.text().length() > MAX_QUERY_LENGTH) {
            throw UserFacingException.badRequest("search.error.queryTooLong", MAX_QUERY_LENGTH);
        }
        if (query.page() > 1000) {
            throw UserFacingException.badRequest("search.error.pageTooFar");
        }
    }
}
