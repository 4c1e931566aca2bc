package cn.fazhi.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * 普法 activities: the day held, the organising unit(s), the kind (the year's dates kept as data in
 * {@code pub_activity_kind}: 3·15, 4·15, 4·26, 6·26, 12·4 and the months), place, participants reached, materials
 * distributed and the duty-list item it fulfils. A unit records its own; the office any.
 */
@Service
public class Activities {

    /** An activity as the pages show it. */
    public record View(long id, long unitId, String unitName, String regionCode, LocalDate heldOn, String kind,
            String title, String place, int participants, int materials, Long dutyItemId, String coUnits) {}

    /** A kind with its day ("MM-DD", null for a month or an occasion). */
    public record Kind(String code, String monthDay) {}

    /** A new activity. */
    public record ActivityForm(LocalDate heldOn, String kind, String title, String place, Integer participants,
            Integer materials, Long dutyItemId, List<Long> coUnitIds) {}

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    Activities(JdbcClient jdbc, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Kind> kinds() {
        return jdbc.sql("SELECT code, month_day FROM pub_activity_kind ORDER BY sort_order")
                .query((rs, n) -> new Kind(rs.getString(1), rs.getString(2))).list();
    }

    /** Activities in scope (a unit: those it organised), newest first; {@code q} matches title, place or unit. */
    public Paged<View> search(String q, Integer year, String kind, int page, int size) {
        DataScope scope = users.scope();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(" WHERE (" + scope.sqlCondition("a.unit_id", "a.region_code")
                + (scope.level() == cn.fazhi.platform.scope.ScopeLevel.UNIT
                        ? " OR EXISTS (SELECT 1 FROM pub_activity_unit x WHERE x.activity_id = a.id AND x.unit_id = :scopeUnitId)"
                        : "") + ")");
        if (q != null && !q.isBlank()) {
            where.append(" AND (a.title LIKE :q OR a.place LIKE :q OR u.name LIKE :q OR u.short_name LIKE :q)");
            params.put("q", "%" + q.trim() + "%");
        }
        if (year != null) {
            where.append(" AND a.held_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(year, 1, 1));
            params.put("to", LocalDate.of(year, 12, 31));
        }
        if (kind != null && !kind.isBlank()) {
            where.append(" AND a.kind = :kind");
            params.put("kind", kind);
        }
        String from = " FROM pub_activity a JOIN unit u ON u.id = a.unit_id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) Math.max(page, 0) * size);
        List<View> items = jdbc.sql("SELECT a.id, a.unit_id, u.short_name, a.region_code, a.held_on, a.kind, a.title, a.place, "
                        + "a.participants, a.materials, a.duty_item_id, (SELECT string_agg(v.short_name, '、') FROM pub_activity_unit x "
                        + "JOIN unit v ON v.id = x.unit_id WHERE x.activity_id = a.id AND x.unit_id <> a.unit_id) AS co"
                        + from + where + " ORDER BY a.held_on DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new View(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                        rs.getInt(10), rs.getObject(11) == null ? null : rs.getLong(11), rs.getString(12)))
                .list();
        return new Paged<>(items, total, page, size);
    }

    /** The caller's unit records an activity it led; every check before anything is written. */
    @Transactional
    public long record(ActivityForm form) {
        CurrentUser user = users.require();
        if (!user.can(PublicityPermissions.SUBMIT) && !user.can(PublicityPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.heldOn() == null) {
            throw UserFacingException.badRequest("publicity.error.required", new PublicityDutyLists.FieldName("publicity.field.heldOn"));
        }
        if (form.heldOn().isAfter(today)) {
            throw UserFacingException.badRequest("publicity.error.future");
        }
        if (form.kind() == null || kinds().stream().noneMatch(k -> k.code().equals(form.kind()))) {
            throw UserFacingException.badRequest("publicity.error.kind");
        }
        String title = PublicityDutyLists.required(form.title(), "publicity.field.title", 200);
        String place = PublicityDutyLists.required(form.place(), "publicity.field.place", 200);
        if (form.participants() == null || form.participants() < 0 || form.participants() > 1_000_000
                || form.materials() == null || form.materials() < 0 || form.materials() > 1_000_000) {
            throw UserFacingException.badRequest("publicity.error.count");
        }
        if (form.dutyItemId() != null && jdbc.sql("SELECT COUNT(*) FROM pub_duty_item i JOIN pub_duty_list l ON l.id = i.list_id "
                        + "WHERE i.id = :i AND l.unit_id = :u").param("i", form.dutyItemId()).param("u", user.unitId())
                .query(Long.class).single() == 0) {
            throw UserFacingException.badRequest("publicity.error.dutyItem");
        }
        Set<Long> units = new LinkedHashSet<>();
        units.add(user.unitId());
        if (form.coUnitIds() != null) {
            for (Long u : form.coUnitIds()) {
                if (u != null && jdbc.sql("SELECT COUNT(*) FROM unit WHERE id = :u").param("u", u).query(Long.class)
                        .single() == 0) {
                    throw UserFacingException.badRequest("publicity.error.unit");
                }
                if (u != null) {
                    units.add(u);
                }
            }
        }
        String region = jdbc.sql("SELECT region_code FROM unit WHERE id = :u").param("u", user.unitId()).query(String.class)
                .single();
        long id = insert(user.unitId(), region, form.heldOn(), form.kind(), title, place, form.participants(),
                form.materials(), form.dutyItemId(), false, false, user.username(), units);
        audit.record(AuditEntry.of("publicity.activity.recorded", "pub_activity", id, title));
        return id;
    }

    long insert(long unitId, String region, LocalDate heldOn, String kind, String title, String place, int participants,
            int materials, Long dutyItemId, boolean launch, boolean demo, String by, Set<Long> units) {
        jdbc.sql("INSERT INTO pub_activity (unit_id, region_code, held_on, kind, title, place, participants, materials, "
                        + "duty_item_id, launch, demo, created_at, created_by) VALUES (:u, :r, :d, :k, :t, :p, :n, :m, :i, :l, "
                        + ":demo, :now, :by)")
                .param("u", unitId).param("r", region).param("d", heldOn).param("k", kind).param("t", title)
                .param("p", place).param("n", participants).param("m", materials).param("i", dutyItemId)
                .param("l", launch).param("demo", demo).param("now", OffsetDateTime.now(clock)).param("by", by).update();
        long id = jdbc.sql("SELECT MAX(id) FROM pub_activity WHERE unit_id = :u AND held_on = :d").param("u", unitId)
                .param("d", heldOn).query(Long.class).single();
        for (Long u : units) {
            jdbc.sql("INSERT INTO pub_activity_unit (activity_id, unit_id) VALUES (:a, :u)").param("a", id).param("u", u)
                    .update();
        }
        return id;
    }
}
