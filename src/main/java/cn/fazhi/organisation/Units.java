package cn.fazhi.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/** The district's bodies as a tree; reads honour the caller's data scope, changes are audited. */
@Service
public class Units {

    private static final String COLUMNS = "id, code, name, short_name, type, parent_id, region_code, uscc, active, version";

    private final JdbcClient jdbc;
    private final Regions regions;
    private final AuditTrail audit;

    Units(JdbcClient jdbc, Regions regions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
    }

    /** Any unit by id, regardless of scope: for resolving references, never for showing to a user. */
    public Optional<UnitView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id = :id").param("id", id).query(Units::map).optional();
    }

    /** A unit the scope covers, or empty: callers answer 404 so nothing about other scopes leaks. */
    public Optional<UnitView> findVisible(long id, DataScope scope) {
        return find(id).filter(u -> scope.covers(u.id(), u.regionCode()));
    }

    public List<UnitView> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit ORDER BY sort_order, id").query(Units::map).list();
    }

    public List<UnitView> visible(DataScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE " + scope.sqlCondition("id", "region_code")
                + " ORDER BY sort_order, id").params(scope.parameters()).query(Units::map).list();
    }

    /** Units in tree order with their depth, for indented lists. */
    public List<TreeEntry> tree(List<UnitView> units) {
        Map<Long, List<UnitView>> children = new LinkedHashMap<>();
        List<UnitView> roots = new ArrayList<>();
        java.util.Set<Long> present = new java.util.HashSet<>();
        units.forEach(u -> present.add(u.id()));
        for (UnitView u : units) {
            if (u.parentId() == null || !present.contains(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<TreeEntry> out = new ArrayList<>();
        roots.forEach(r -> walk(r, 0, children, out));
        return out;
    }

    private void walk(UnitView unit, int depth, Map<Long, List<UnitView>> children, List<TreeEntry> out) {
        out.add(new TreeEntry(unit, depth));
        children.getOrDefault(unit.id(), List.of()).forEach(c -> walk(c, depth + 1, children, out));
    }

    /** A unit with its depth in the tree. */
    public record TreeEntry(UnitView unit, int depth) {}

    @Transactional
    public UnitView create(UnitForm form) {
        check(form, null);
        Long id = jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM unit").query(Long.class).single();
        jdbc.sql("INSERT INTO unit (code, name, short_name, type, parent_id, region_code, uscc, active, sort_order) "
                        + "VALUES (:code, :name, :short, :type, :parent, :region, :uscc, :active, :sort)")
                .param("uscc", form.normalisedUscc())
                .param("code", form.code().trim()).param("name", form.name().trim()).param("short", form.shortName().trim())
                .param("type", form.type().name()).param("parent", form.parentId()).param("region", form.regionCode())
                .param("active", form.isActive()).param("sort", id).update();
        UnitView created = jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE code = :code").param("code", form.code().trim())
                .query(Units::map).single();
        audit.record(AuditEntry.of("organisation.unit.created", "unit", created.id(), describe(created)));
        return created;
    }

    /** Saves an edit made against {@code form.version()}; a stale version is a conflict, never a lost update. */
    @Transactional
    public UnitView update(long id, UnitForm form) {
        UnitView before = find(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        check(form, id);
        if (form.parentId() != null && createsCycle(id, form.parentId())) {
            throw UserFacingException.badRequest("organisation.unit.cycle");
        }
        int changed = jdbc.sql("UPDATE unit SET code = :code, name = :name, short_name = :short, type = :type, "
                        + "parent_id = :parent, region_code = :region, uscc = :uscc, active = :active, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .param("code", form.code().trim()).param("name", form.name().trim()).param("short", form.shortName().trim())
                .param("type", form.type().name()).param("parent", form.parentId()).param("region", form.regionCode())
                .param("active", form.isActive()).param("uscc", form.normalisedUscc()).param("id", id)
                .param("version", form.version() == null ? before.version() : form.version()).update();
        if (changed == 0) {
            throw UserFacingException.conflict("error.conflict");
        }
        UnitView after = find(id).orElseThrow();
        audit.record(AuditEntry.of("organisation.unit.updated", "unit", id, describe(before) + " → " + describe(after)));
        return after;
    }

    private void check(UnitForm form, Long id) {
        if (form.normalisedUscc() != null && !Uscc.isValid(form.normalisedUscc())) {
            throw UserFacingException.badRequest("validation.uscc");
        }
        if (regions.find(form.regionCode()).isEmpty()) {
            throw UserFacingException.badRequest("organisation.region.unknown", form.regionCode());
        }
        if (form.parentId() != null && find(form.parentId()).isEmpty()) {
            throw UserFacingException.badRequest("organisation.unit.parentUnknown");
        }
        Long sameCode = jdbc.sql("SELECT id FROM unit WHERE code = :code").param("code", form.code().trim())
                .query(Long.class).optional().orElse(null);
        if (sameCode != null && !sameCode.equals(id)) {
            throw UserFacingException.conflict("organisation.unit.codeTaken", form.code().trim());
        }
        Long sameName = jdbc.sql("SELECT id FROM unit WHERE name = :name").param("name", form.name().trim())
                .query(Long.class).optional().orElse(null);
        if (sameName != null && !sameName.equals(id)) {
            throw UserFacingException.conflict("organisation.unit.nameTaken", form.name().trim());
        }
    }

    private boolean createsCycle(long id, long newParent) {
        Long cursor = newParent;
        for (int guard = 0; cursor != null && guard < 64; guard++) {
            if (cursor == id) {
                return true;
            }
            cursor = find(cursor).map(UnitView::parentId).orElse(null);
        }
        return false;
    }

    private static String describe(UnitView u) {
        return u.name() + "[" + u.code() + "," + u.type() + ",parent=" + u.parentId() + ",region=" + u.regionCode() + ",uscc=" + u.uscc()
                + ",active=" + u.active() + "]";
    }

    private static UnitView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                UnitType.valueOf(rs.getString("type")), rs.getObject("parent_id", Long.class), rs.getString("region_code"), rs.getString("uscc"),
                rs.getBoolean("active"), rs.getInt("version"));
    }
}
