package cn.fazhi.duties;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The first-responsibility duty lists (党政主要负责人履行推进法治建设第一责任人职责规定 Art. 4: 亲自部署、亲自过问、亲自协调、
 * 亲自督办; Art. 5): for each roster unit's head and the district's 区委书记 (unit 1) and 区长 (unit 3), a yearly list of
 * items copied from the office's template, each item's evidence (date, what was done, file) and its completion; the
 * district overview of lists and evidence coverage.
 */
@Service
public class DutyLists {

    public static final String EVIDENCE_TYPE = "duty_evidence";
    /** The units of the district's 区委书记 and 区长. */
    public static final long PARTY_COMMITTEE = 1L;
    public static final long GOVERNMENT = 3L;

    public enum Role { SECRETARY, MAYOR, UNIT_HEAD }

    public record DutyList(long id, int listYear, long unitId, String unitName, Role role, String headPost,
            String headName, LocalDate issuedOn, long items, long evidenced, String regionCode) {}

    public record Item(long id, String kind, String title, LocalDate completedOn, long evidence) {}

    public record Evidence(long id, long itemId, LocalDate doneOn, String description, Long attachmentId) {}

    public record NewList(Integer listYear, Long unitId, Role role, String headPost, String headName,
            LocalDate issuedOn) {}

    public record NewEvidence(LocalDate doneOn, String description, Boolean completed) {}

    public record TemplateItem(long id, String kind, String title, int sortOrder) {}

    private final JdbcClient jdbc;
    private final Roster roster;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final CaseAttachments attachments;
    private final Clock clock;

    DutyLists(JdbcClient jdbc, Roster roster, CurrentUsers users, AuditTrail audit, CaseAttachments attachments,
            Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.users = users;
        this.audit = audit;
        this.attachments = attachments;
        this.clock = clock;
    }

    private void require(String permission) {
        if (!users.can(permission)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
    }

    public List<TemplateItem> template() {
        require(DutiesPermissions.VIEW);
        return jdbc.sql("SELECT id, kind, title, sort_order FROM duty_template_item WHERE active ORDER BY sort_order, id")
                .query((rs, n) -> new TemplateItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
    }

    /** The office adds an item to the template (used by lists drawn up afterwards). */
    @Transactional
    public TemplateItem addTemplateItem(String kind, String title) {
        require(DutiesPermissions.MANAGE);
        if (kind == null || !List.of("DEPLOY", "INQUIRE", "COORDINATE", "SUPERVISE", "ART5").contains(kind)) {
            throw UserFacingException.badRequest("duties.error.itemKind");
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            throw UserFacingException.badRequest("duties.error.title");
        }
        int order = jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 10 FROM duty_template_item").query(Integer.class)
                .single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO duty_template_item (kind, title, sort_order) VALUES (:k, :t, :o)").param("k", kind)
                .param("t", title.strip()).param("o", order).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        audit.record(AuditEntry.of("duties.template.added", "duty_template_item", id, title.strip()));
        return new TemplateItem(id, kind, title.strip(), order);
    }

    /** The office draws up a head's list for the year from the template; one list per unit, role and year. */
    @Transactional
    public DutyList create(NewList c) {
        require(DutiesPermissions.MANAGE);
        if (c == null || c.listYear() == null || c.unitId() == null || c.role() == null || c.issuedOn() == null) {
            throw UserFacingException.badRequest("duties.error.listIncomplete");
        }
        if (c.headPost() == null || c.headPost().isBlank() || c.headPost().length() > 100 || c.headName() == null
                || c.headName().isBlank() || c.headName().length() > 50) {
            throw UserFacingException.badRequest("duties.error.head");
        }
        boolean district = (c.role() == Role.SECRETARY && c.unitId() == PARTY_COMMITTEE)
                || (c.role() == Role.MAYOR && c.unitId() == GOVERNMENT);
        if (!district && !(c.role() == Role.UNIT_HEAD && roster.contains(c.listYear(), c.unitId()))) {
            throw UserFacingException.badRequest("duties.error.unitNotOnRoster", c.listYear());
        }
        if (jdbc.sql("SELECT COUNT(*) FROM duty_list WHERE list_year = :y AND unit_id = :u AND head_role = :r")
                .param("y", c.listYear()).param("u", c.unitId()).param("r", c.role().name()).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("duties.error.listExists");
        }
        long id = insertList(c, false, Actors.current());
        audit.record(AuditEntry.of("duties.list.created", "duty_list", id, c.listYear() + " " + c.headPost()));
        return list(id);
    }

    long insertList(NewList c, boolean demo, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO duty_list (list_year, unit_id, region_code, head_role, head_post, head_name, issued_on, demo, "
                        + "created_at, created_by) SELECT :y, u.id, u.region_code, :r, :post, :name, :on, :demo, :at, :by "
                        + "FROM unit u WHERE u.id = :u")
                .param("y", c.listYear()).param("u", c.unitId()).param("r", c.role().name())
                .param("post", c.headPost().strip()).param("name", c.headName().strip()).param("on", c.issuedOn())
                .param("demo", demo).param("at", OffsetDateTime.now(clock)).param("by", by).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        jdbc.sql("INSERT INTO duty_item (list_id, kind, title, sort_order) SELECT :l, kind, title, sort_order "
                + "FROM duty_template_item WHERE active").param("l", id).update();
        return id;
    }

    private static final String LIST_SELECT = "SELECT l.id, l.list_year, l.unit_id, u.name AS unit_name, l.head_role, "
            + "l.head_post, l.head_name, l.issued_on, l.region_code, "
            + "(SELECT COUNT(*) FROM duty_item i WHERE i.list_id = l.id) AS items, "
            + "(SELECT COUNT(*) FROM duty_item i WHERE i.list_id = l.id AND EXISTS (SELECT 1 FROM duty_evidence e "
            + "WHERE e.item_id = i.id)) AS evidenced FROM duty_list l JOIN unit u ON u.id = l.unit_id";

    private static DutyList mapList(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DutyList(rs.getLong("id"), rs.getInt("list_year"), rs.getLong("unit_id"), rs.getString("unit_name"),
                Role.valueOf(rs.getString("head_role")), rs.getString("head_post"), rs.getString("head_name"),
                rs.getObject("issued_on", LocalDate.class), rs.getLong("items"), rs.getLong("evidenced"),
                rs.getString("region_code"));
    }

    public DutyList list(long id) {
        require(DutiesPermissions.VIEW);
        DutyList l = jdbc.sql(LIST_SELECT + " WHERE l.id = :id").param("id", id).query((rs, n) -> mapList(rs)).optional()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (!users.scope().covers(l.unitId(), l.regionCode())) {
            throw UserFacingException.notFound("error.notFound");
        }
        return l;
    }

    /** The lists of a year within the caller's scope, by unit name or head. */
    public Paged<DutyList> lists(Integer year, String q, int page, int size) {
        require(DutiesPermissions.VIEW);
        DataScope scope = users.scope();
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String where = " WHERE " + scope.sqlCondition("l.unit_id", "l.region_code");
        if (year != null) {
            where += " AND l.list_year = :y";
            params.put("y", year);
        }
        if (q != null && !q.isBlank()) {
            where += " AND (u.name LIKE :q OR l.head_post LIKE :q OR l.head_name LIKE :q)";
            params.put("q", "%" + q.strip() + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM duty_list l JOIN unit u ON u.id = l.unit_id" + where).params(params)
                .query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<DutyList> items = jdbc.sql(LIST_SELECT + where + " ORDER BY l.list_year DESC, CASE l.head_role WHEN 'SECRETARY' "
                        + "THEN 0 WHEN 'MAYOR' THEN 1 ELSE 2 END, u.sort_order, u.id LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> mapList(rs)).list();
        return new Paged<>(items, total, page, size);
    }

    public List<Item> items(long listId) {
        list(listId);
        return jdbc.sql("SELECT i.id, i.kind, i.title, i.completed_on, (SELECT COUNT(*) FROM duty_evidence e "
                        + "WHERE e.item_id = i.id) AS ev FROM duty_item i WHERE i.list_id = :l ORDER BY i.sort_order, i.id")
                .param("l", listId).query((rs, n) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5))).list();
    }

    public List<Evidence> evidence(long listId) {
        list(listId);
        return jdbc.sql("SELECT e.id, e.item_id, e.done_on, e.description, e.attachment_id FROM duty_evidence e "
                        + "JOIN duty_item i ON i.id = e.item_id WHERE i.list_id = :l ORDER BY e.done_on, e.id")
                .param("l", listId).query((rs, n) -> {
                    long a = rs.getLong(5);
                    return new Evidence(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                            rs.wasNull() ? null : a);
                }).list();
    }

    /**
     * Records evidence of an item (the head's unit with {@code duties:submit}, or the office): date within the list's
     * year and not in the future, what was done, optionally a file; {@code completed} marks the item done.
     */
    @Transactional
    public Evidence addEvidence(long itemId, NewEvidence c, String fileName, InputStream file) {
        Long listId = jdbc.sql("SELECT list_id FROM duty_item WHERE id = :i").param("i", itemId).query(Long.class)
                .optional().orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        DutyList l = list(listId);
        boolean office = users.can(DutiesPermissions.MANAGE);
        if (!office && !(users.can(DutiesPermissions.SUBMIT) && users.require().unitId() == l.unitId())) {
            throw UserFacingException.forbidden("duties.error.notYourUnit");
        }
        if (c == null || c.doneOn() == null || c.doneOn().getYear() != l.listYear()
                || c.doneOn().isAfter(LocalDate.now(clock))) {
            throw UserFacingException.badRequest("duties.error.evidenceDate", l.listYear());
        }
        if (c.description() == null || c.description().isBlank() || c.description().length() > 2000) {
            throw UserFacingException.badRequest("duties.error.evidenceText");
        }
        long id = insertEvidence(itemId, c.doneOn(), c.description().strip(), Actors.current());
        if (file != null && fileName != null && !fileName.isBlank()) {
            long a = attachments.store(new CaseRef(EVIDENCE_TYPE, id), fileName, file, "evidence").id();
            jdbc.sql("UPDATE duty_evidence SET attachment_id = :a WHERE id = :id").param("a", a).param("id", id).update();
        }
        if (Boolean.TRUE.equals(c.completed())) {
            jdbc.sql("UPDATE duty_item SET completed_on = :d WHERE id = :i AND completed_on IS NULL").param("d", c.doneOn())
                    .param("i", itemId).update();
        }
        audit.record(AuditEntry.of("duties.evidence.added", "duty_list", listId, itemId + " " + c.doneOn()));
        return evidence(listId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    long insertEvidence(long itemId, LocalDate doneOn, String description, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO duty_evidence (item_id, done_on, description, created_at, created_by) "
                        + "VALUES (:i, :d, :t, :at, :by)")
                .param("i", itemId).param("d", doneOn).param("t", description).param("at", OffsetDateTime.now(clock))
                .param("by", by).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The evidenced share of each roster unit head's list items of {@code year} (assessment source duties.first_duty). */
    public Map<Long, BigDecimal> attainment(int year) {
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        jdbc.sql("SELECT l.unit_id, COUNT(*) AS items, SUM(CASE WHEN EXISTS (SELECT 1 FROM duty_evidence e "
                        + "WHERE e.item_id = i.id) THEN 1 ELSE 0 END) AS ev FROM duty_list l JOIN duty_item i "
                        + "ON i.list_id = l.id WHERE l.list_year = :y AND l.head_role = 'UNIT_HEAD' GROUP BY l.unit_id")
                .param("y", year).query(rs -> {
                    long items = rs.getLong("items");
                    out.put(rs.getLong("unit_id"), items == 0 ? BigDecimal.ZERO
                            : BigDecimal.valueOf(rs.getLong("ev")).divide(BigDecimal.valueOf(items), 4, RoundingMode.HALF_UP));
                });
        return out;
    }
}
