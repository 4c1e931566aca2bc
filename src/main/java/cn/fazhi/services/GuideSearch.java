package cn.fazhi.services;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.fazhi.platform.web.Paged;
import cn.fazhi.search.Search;
import cn.fazhi.search.SearchHit;
import cn.fazhi.search.SearchQuery;
import cn.fazhi.search.SearchResult;

/**
 * The portal's guide search. With words, the Chinese full-text index ranks the published guides (type
 * {@value GuideSearchSource#TYPE}, public texts only: name, unit, basis, conditions, materials), the filters applied as
 * its keyword fields; without words, the published items are listed in order from the database.
 */
@Service
public class GuideSearch {

    private final Search search;
    private final ServiceItems items;

    GuideSearch(Search search, ServiceItems items) {
        this.search = search;
        this.items = items;
    }

    public Paged<ItemRow> find(ItemQuery q, LocalDate on, int page, int size) {
        if (q.q() == null || q.q().isBlank()) {
            return items.search(q, null, on, page, size);
        }
        Map<String, String> keywords = new HashMap<>();
        if (q.unitId() != null) {
            keywords.put("unit", q.unitId().toString());
        }
        if (q.type() != null) {
            keywords.put("item_type", q.type().name());
        }
        if (q.level() != null) {
            keywords.put("level", q.level().name());
        }
        if (Boolean.TRUE.equals(q.online())) {
            keywords.put("online", "true");
        }
        if (Boolean.TRUE.equals(q.instant())) {
            keywords.put("instant", "true");
        }
        int s = Math.min(size, SearchQuery.MAX_SIZE);
        SearchResult r = search.searchPublic(new SearchQuery(q.q(), List.of(GuideSearchSource.TYPE), keywords, List.of(),
                true, page, s));
        List<Long> ids = r.hits().stream().map(SearchHit::id).filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf).toList();
        return new Paged<>(items.publishedRows(ids, on), r.total(), r.page(), s);
    }
}
