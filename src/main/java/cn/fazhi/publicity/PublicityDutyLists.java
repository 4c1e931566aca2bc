package cn.fazhi.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * 普法责任清单 (中办发〔2017〕31号): a unit drafts its year's list with items (laws and content, audience, form, timing,
 * planned count) and submits it; the office publishes it (or returns it). A unit sees and edits only its own list;
 * published lists are public.
 */
@Service
public class PublicityDutyLists {

    /** A list as the pages show it. */
    public record View(long id, long unitId, String unitName, String regionCode, int year, DutyListStatus status,
            LocalDate submittedOn, LocalDate publishedOn, int items, int planned, int version) {}

    /** One item of a list. */
    public record Item(long id, String content, String audience, String form, String timing, int plannedCount) {}

    /** A new item. */
    public record ItemForm(String content, String audience, String form, String timing, Integer plannedCount) {}

    /** A published list with its items, for the portal. */
    public record Published(View list, List<Item> items) {}

    private static final String SELECT = "SELECT l.id, l.unit_id, u.name AS unit_name, l.region_code, l.list_year, "
            + "l.status, l.submitted_on, l.published_on, l.version, (SELECT COUNT(*) FROM pub_duty_item i WHERE i.list_id = l.id) AS items, "
            + "(SELECT COALESCE(SUM(i.planned_count), 0) FROM pub_duty_item i WHERE i.list_id = l.id) AS planned "
            + "FROM pub_duty_list l JOIN unit u ON u.id = l.unit_id";

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    PublicityDutyLists(JdbcClient jdbc, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    private static View view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new View(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("region_code"),
                rs.getInt("list_year"), DutyListStatus.valueOf(rs.getString("status")),
                rs.getObject("submitted_on", LocalDate.class), rs.getObject("published_on", LocalDate.class),
                rs.getInt("items"), rs.getInt("planned"), rs.getInt("version"));
    }

    /** Lists in the caller's scope; {@code q} matches the unit's name. */
    public Paged<View> search(String q, Integer year, DutyListStatus status, int page, int size) {
        DataScope scope = users.scope();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE " + scope.sqlCondition("l.unit_id", "l.region_code"));
        filters(where, params, q, year, status);
        return page(where.toString(), params, page, size);
    }

    /** Published lists of everyone, for the portal. */
    public Paged<Published> published(String q, Integer year, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        filters(where, params, q, year, DutyListStatus.PUBLISHED);
        Paged<View> lists = page(where.toString(), params, page, size);
        return new Paged<>(lists.items().stream().map(v -> new Published(v, items(v.id()))).toList(), lists.total(),
                lists.page(), lists.size());
    }

    private static void filters(StringBuilder where, Map<String, Object> params, String q, Integer year,
            DutyListStatus status) {
        if (q != null && !q.isBlank()) {
            where.append(" AND (u.name LIKE :q OR u.short_name LIKE :q)");
            params.put("q", "%" + q.trim() + "%");
        }
        if (year != null) {
            where.append(" AND l.list_year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" AND l.status = :status");
            params.put("status", status.name());
        }
    }

    private Paged<View> page(String where, Map<String, Object> params, int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM pub_duty_list l JOIN unit u ON u.id = l.unit_id" + where)
                .params(params).query(Long.class).single();
        Map<String, Object> p = new HashMap<>(params);
        p.put("limit", size);
        p.put("offset", (long) Math.max(page, 0) * size);
        List<View> items = jdbc.sql(SELECT + where + " ORDER BY l.list_year DESC, u.sort_order, l.id LIMIT :limit OFFSET :offset")
                .params(p).query((rs, n) -> view(rs)).list();
        return new Paged<>(items, total, page, size);
    }

    /** One list in the caller's scope (a published one is visible to every staff user). */
    public View get(long id) {
        View v = jdbc.sql(SELECT + " WHERE l.id = :id").param("id", id).query((rs, n) -> view(rs)).optional()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (v.status() != DutyListStatus.PUBLISHED && !users.scope().covers(v.unitId(), v.regionCode())) {
            throw UserFacingException.notFound("error.notFound");
        }
        return v;
    }

    public List<Item> items(long listId) {
        return jdbc.sql("SELECT id, content, audience, form, timing, planned_count FROM pub_duty_item WHERE list_id = :id "
                        + "ORDER BY sort_order, id").param("id", listId)
                .query((rs, n) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .list();
    }

    /** The caller's unit starts its list of {@code year}. */
    @Transactional
    public long create(Integer year) {
        CurrentUser user = requireSubmitter();
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null || year < 2000 || year > thisYear + 1) {
            throw UserFacingException.badRequest("publicity.error.year", thisYear + 1);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM pub_duty_list WHERE unit_id = :u AND list_year = :y").param("u", user.unitId())
                .param("y", year).query(Long.class).single() > 0) {
            throw UserFacingException.badRequest("publicity.error.listExists", year);
        }
        String region = jdbc.sql("SELECT region_code FROM unit WHERE id = :u").param("u", user.unitId())
                .query(String.class).single();
        jdbc.sql("INSERT INTO pub_duty_list (unit_id, region_code, list_year, status, created_at, created_by) "
                        + "VALUES (:u, :r, :y, 'DRAFT', :now, :by)")
                .param("u", user.unitId()).param("r", region).param("y", year).param("now", OffsetDateTime.now(clock))
                .param("by", user.username()).update();
        long id = jdbc.sql("SELECT id FROM pub_duty_list WHERE unit_id = :u AND list_year = :y").param("u", user.unitId())
                .param("y", year).query(Long.class).single();
        audit.record(AuditEntry.of("publicity.list.created", "pub_duty_list", id, String.valueOf(year)));
        return id;
    }

    /** Adds an item to the caller's own draft list. */
    @Transactional
    public long addItem(long listId, ItemForm form) {
        View v = own(listId);
        if (!v.status().editable()) {
            throw UserFacingException.conflict("publicity.error.notDraft");
        }
        String content = required(form.content(), "publicity.field.content", 500);
        String audience = required(form.audience(), "publicity.field.audience", 200);
        String kind = required(form.form(), "publicity.field.form", 200);
        String timing = required(form.timing(), "publicity.field.timing", 100);
        if (form.plannedCount() == null || form.plannedCount() < 1 || form.plannedCount() > 1000) {
            throw UserFacingException.badRequest("publicity.error.plannedCount");
        }
        jdbc.sql("INSERT INTO pub_duty_item (list_id, content, audience, form, timing, planned_count, sort_order) "
                        + "VALUES (:l, :c, :a, :f, :t, :p, :s)")
                .param("l", listId).param("c", content).param("a", audience).param("f", kind).param("t", timing)
                .param("p", form.plannedCount()).param("s", v.items() + 1).update();
        long id = jdbc.sql("SELECT MAX(id) FROM pub_duty_item WHERE list_id = :l").param("l", listId).query(Long.class)
                .single();
        audit.record(AuditEntry.of("publicity.list.itemAdded", "pub_duty_list", listId, content));
        return id;
    }

    /** The unit submits its own draft (at least one item). */
    @Transactional
    public void submit(long listId) {
        View v = own(listId);
        if (v.items() == 0) {
            throw UserFacingException.badRequest("publicity.error.noItems");
        }
        move(v, v.status().submit(), "submitted_on", "publicity.list.submitted");
    }

    /** The office publishes a submitted list. */
    @Transactional
    public void publish(long listId) {
        requireManager();
        View v = get(listId);
        move(v, v.status().publish(), "published_on", "publicity.list.published");
    }

    /** The office returns a submitted list to the unit. */
    @Transactional
    public void returnToUnit(long listId) {
        requireManager();
        View v = get(listId);
        move(v, v.status().returnToUnit(), "submitted_on", "publicity.list.returned");
    }

    private void move(View v, DutyListStatus to, String dateColumn, String action) {
        LocalDate today = LocalDate.now(clock);
        int n = jdbc.sql("UPDATE pub_duty_list SET status = :s, " + dateColumn + " = :d, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .param("s", to.name()).param("d", to == DutyListStatus.DRAFT ? null : today).param("id", v.id())
                .param("v", v.version()).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        audit.record(AuditEntry.of(action, "pub_duty_list", v.id(), v.unitName() + " " + v.year()));
    }

    /** A list of the caller's own unit (others get 404 for drafts, 403 otherwise). */
    private View own(long listId) {
        CurrentUser user = requireSubmitter();
        View v = get(listId);
        if (v.unitId() != user.unitId()) {
            throw UserFacingException.forbidden("publicity.error.notOwnUnit");
        }
        return v;
    }

    private CurrentUser requireSubmitter() {
        CurrentUser user = users.require();
        if (!user.can(PublicityPermissions.SUBMIT)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        return user;
    }

    private void requireManager() {
        if (!users.can(PublicityPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
    }

    static String required(String value, String fieldKey, int max) {
        if (value == null || value.isBlank()) {
            throw UserFacingException.badRequest("publicity.error.required", new FieldName(fieldKey));
        }
        String v = value.strip();
        if (v.length() > max) {
            throw UserFacingException.badRequest("publicity.error.tooLong", new FieldName(fieldKey), max);
        }
        return v;
    }

    /** A message argument that is a field's label key (resolved by the message source). */
    record FieldName(String key) implements org.springframework.context.MessageSourceResolvable {
        @Override
        public String[] getCodes() {
            return new String[] {key};
        }
    }
}
