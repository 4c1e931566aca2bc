package cn.fazhi.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.search.SearchSource;
import cn.fazhi.search.SearchText;

/**
 * The guides (办事指南) for the search index, type {@value #TYPE}: one text per item, from its version in force today
 * (its last version once withdrawn): name, unit, basis, conditions and materials. Public while the guide is published
 * and the item not withdrawn. Filter fields: {@code unit}, {@code level}, {@code item_type}, {@code online} and
 * {@code instant} ({@code true}/{@code false}); dates {@code published}, {@code effective} and {@code until}.
 */
@Component
class GuideSearchSource implements SearchSource {

    static final String TYPE = "service_guide";

    private static final String SELECT = "SELECT i.id, i.code, i.unit_id, i.region_code, i.published_on, i.withdrawn_on, "
            + "u.name AS unit_name, v.id AS version_id, v.name, v.item_type, v.level, v.basis, v.conditions, v.online, "
            + "v.promised_days, v.effective_from, v.effective_to FROM service_item i JOIN unit u ON u.id = i.unit_id "
            + "JOIN service_item_version v ON v.item_id = i.id AND v.version_no = (SELECT MAX(x.version_no) FROM "
            + "service_item_version x WHERE x.item_id = i.id AND x.effective_from <= :today) ";

    private final JdbcClient jdbc;
    private final Clock clock;

    GuideSearchSource(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<SearchText> load(Collection<String> ids) {
        List<Long> numeric = new ArrayList<>();
        for (String id : ids) {
            if (id.matches("\\d{1,18}")) {
                numeric.add(Long.parseLong(id));
            }
        }
        if (numeric.isEmpty()) {
            return List.of();
        }
        return texts(jdbc.sql(SELECT + "WHERE i.id IN (:ids)").param("ids", numeric).param("today", LocalDate.now(clock))
                .query(GuideSearchSource::row).list());
    }

    @Override
    public void forEach(Consumer<SearchText> sink) {
        texts(jdbc.sql(SELECT + "ORDER BY i.id").param("today", LocalDate.now(clock)).query(GuideSearchSource::row)
                .list()).forEach(sink);
    }

    /** The texts of these rows, with the materials of their versions read in one query. */
    private List<SearchText> texts(List<Map<String, Object>> rows) {
        Map<Long, StringBuilder> materials = new HashMap<>();
        if (!rows.isEmpty()) {
            jdbc.sql("SELECT m.version_id, m.name FROM service_item_material m JOIN service_item_version v ON v.id = m.version_id "
                            + "JOIN service_item i ON i.id = v.item_id " + (rows.size() < 1000 ? "WHERE i.id IN (:ids) " : "")
                            + "ORDER BY m.version_id, m.position")
                    .params(rows.size() < 1000 ? Map.of("ids", rows.stream().map(r -> r.get("id")).toList()) : Map.of())
                    .query(rs -> {
                        materials.computeIfAbsent(rs.getLong("version_id"), k -> new StringBuilder())
                                .append(rs.getString("name")).append('\n');
                    });
        }
        List<SearchText> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            out.add(text(r, materials.getOrDefault((Long) r.get("version_id"), new StringBuilder()).toString()));
        }
        return out;
    }

    private static Map<String, Object> row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Map<String, Object> r = new HashMap<>();
        for (String c : List.of("code", "region_code", "unit_name", "name", "item_type", "level", "basis", "conditions")) {
            r.put(c, rs.getString(c));
        }
        r.put("id", rs.getLong("id"));
        r.put("unit_id", rs.getLong("unit_id"));
        r.put("version_id", rs.getLong("version_id"));
        r.put("online", rs.getBoolean("online"));
        r.put("promised_days", rs.getInt("promised_days"));
        r.put("published_on", rs.getObject("published_on", LocalDate.class));
        r.put("withdrawn_on", rs.getObject("withdrawn_on", LocalDate.class));
        r.put("effective_from", rs.getObject("effective_from", LocalDate.class));
        return r;
    }

    private static SearchText text(Map<String, Object> rs, String materials) {
        long id = (Long) rs.get("id");
        LocalDate published = (LocalDate) rs.get("published_on");
        LocalDate withdrawn = (LocalDate) rs.get("withdrawn_on");
        boolean open = published != null && withdrawn == null;
        StringBuilder body = new StringBuilder();
        body.append(rs.get("code")).append('\n').append(rs.get("unit_name")).append('\n').append(rs.get("basis"))
                .append('\n');
        if (rs.get("conditions") != null) {
            body.append(rs.get("conditions")).append('\n');
        }
        body.append(materials);
        Map<String, List<String>> keywords = new HashMap<>();
        keywords.put("unit", List.of(rs.get("unit_id").toString()));
        keywords.put("level", List.of((String) rs.get("level")));
        keywords.put("item_type", List.of((String) rs.get("item_type")));
        keywords.put("online", List.of(rs.get("online").toString()));
        keywords.put("instant", List.of(Boolean.toString((Integer) rs.get("promised_days") == 0)));
        Map<String, LocalDate> dates = new HashMap<>();
        dates.put("published", published);
        dates.put("effective", (LocalDate) rs.get("effective_from"));
        dates.put("until", withdrawn);
        return new SearchText(TYPE, Long.toString(id), (String) rs.get("name"), body.toString(), keywords, dates, open,
                (Long) rs.get("unit_id"), (String) rs.get("region_code"),
                open ? "/public/services/guides/" + rs.get("code") : "/services/items/" + id);
    }
}
