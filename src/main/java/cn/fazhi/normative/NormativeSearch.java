package cn.fazhi.normative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.search.Search;
import cn.fazhi.search.SearchQuery;
import cn.fazhi.search.SearchResult;

/** Full-text search over the register with its filters (issuing body, year, status, in force on a date). */
@Service
public class NormativeSearch {

    private final Search search;

    NormativeSearch(Search search) {
        this.search = search;
    }

    /** The filters a register search takes; every one optional. */
    public record Filters(String q, Long unitId, Integer year, NormativeStatus status, LocalDate inForceOn, String tag,
            Integer page, Integer size) {}

    public SearchResult searchPublic(Filters f) {
        return search.searchPublic(query(f, true));
    }

    public SearchResult searchStaff(Filters f, DataScope scope) {
        return search.searchStaff(query(f, false), scope);
    }

    private static SearchQuery query(Filters f, boolean publicOnly) {
        if (f == null) {
            throw UserFacingException.badRequest("search.error.queryRequired");
        }
        if (f.year() != null && (f.year() < 1949 || f.year() > 2999)) {
            throw UserFacingException.badRequest("normative.error.year");
        }
        Map<String, String> keywords = new HashMap<>();
        if (f.unitId() != null) {
            keywords.put("unit", f.unitId().toString());
        }
        if (f.year() != null) {
            keywords.put("year", f.year().toString());
        }
        if (f.status() != null) {
            keywords.put("status", f.status().name());
        }
        if (f.tag() != null && !f.tag().isBlank()) {
            keywords.put("tag", f.tag().strip());
        }
        List<SearchQuery.DateCondition> dates = new ArrayList<>();
        if (f.inForceOn() != null) {
            dates.add(new SearchQuery.DateCondition("effective", null, f.inForceOn(), false));
            dates.add(new SearchQuery.DateCondition("until", f.inForceOn().plusDays(1), null, true));
        }
        return new SearchQuery(f.q(), List.of(NormativeDocuments.TYPE), keywords, dates, publicOnly,
                f.page() == null ? 0 : f.page(), f.size() == null ? 10 : f.size());
    }
}
