package cn.fazhi.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.fazhi.platform.security.PermissionSet;
import cn.fazhi.platform.web.UserFacingException;

/** Roles bundle permission strings with a data scope; the catalogue of permissions comes from every module. */
@Service
public class Roles {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final List<PermissionSet> catalogue;

    Roles(JdbcClient jdbc, AuditTrail audit, List<PermissionSet> catalogue) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.catalogue = catalogue.stream().sorted(java.util.Comparator.comparing(PermissionSet::module)).toList();
    }

    public List<PermissionSet> catalogue() {
        return catalogue;
    }

    public Set<String> knownPermissions() {
        Set<String> all = new TreeSet<>();
        catalogue.forEach(set -> all.addAll(set.permissions()));
        return all;
    }

    public List<RoleView> all() {
        return jdbc.sql("SELECT id FROM app_role ORDER BY id").query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    public Optional<RoleView> find(long id) {
        return jdbc.sql("SELECT id, code, name, description, data_scope, built_in, version FROM app_role WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new RoleView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("description"), ScopeLevel.valueOf(rs.getString("data_scope")),
                        rs.getBoolean("built_in"), permissionsOf(rs.getLong("id")), rs.getInt("version")))
                .optional();
    }

    private Set<String> permissionsOf(long roleId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT permission FROM role_permission WHERE role_id = :r ORDER BY permission")
                .param("r", roleId).query(String.class).list());
    }

    @Transactional
    public RoleView create(RoleForm form, CurrentUser by) {
        String code = form.code().trim();
        if (jdbc.sql("SELECT COUNT(*) FROM app_role WHERE code = :c OR name = :n").param("c", code)
                .param("n", form.name().trim()).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("identity.role.taken");
        }
        Set<String> permissions = checked(form.permissions(), by);
        jdbc.sql("INSERT INTO app_role (code, name, description, data_scope, built_in) VALUES (:c, :n, :d, :s, FALSE)")
                .param("c", code).param("n", form.name().trim()).param("d", form.description())
                .param("s", form.dataScope().name()).update();
        long id = jdbc.sql("SELECT id FROM app_role WHERE code = :c").param("c", code).query(Long.class).single();
        setPermissions(id, permissions);
        audit.record(AuditEntry.of("identity.role.created", "app_role", id, code + " scope=" + form.dataScope()
                + " permissions=" + permissions));
        return find(id).orElseThrow();
    }

    @Transactional
    public RoleView update(long id, RoleForm form, CurrentUser by) {
        RoleView before = find(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        Set<String> permissions = checked(form.permissions(), by);
        Long sameName = jdbc.sql("SELECT id FROM app_role WHERE name = :n").param("n", form.name().trim())
                .query(Long.class).optional().orElse(null);
        if (sameName != null && sameName != id) {
            throw UserFacingException.conflict("identity.role.taken");
        }
        int changed = jdbc.sql("UPDATE app_role SET name = :n, description = :d, data_scope = :s, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .param("n", form.name().trim()).param("d", form.description()).param("s", form.dataScope().name())
                .param("id", id).param("v", form.version() == null ? before.version() : form.version()).update();
        if (changed == 0) {
            throw UserFacingException.conflict("error.conflict");
        }
        setPermissions(id, permissions);
        audit.record(AuditEntry.of("identity.role.permissionsChanged", "app_role", id, before.code() + ": scope "
                + before.dataScope() + "→" + form.dataScope() + ", permissions " + before.permissions() + "→" + permissions));
        return find(id).orElseThrow();
    }

    /** Only known permissions, and only those the editor holds (no escalation through role editing). */
    private Set<String> checked(List<String> requested, CurrentUser by) {
        Set<String> permissions = new TreeSet<>(requested == null ? List.of() : requested);
        Set<String> known = knownPermissions();
        List<String> unknown = new ArrayList<>(permissions);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw UserFacingException.badRequest("identity.role.unknownPermission", String.join(", ", unknown));
        }
        if (!by.permissions().containsAll(permissions)) {
            throw UserFacingException.forbidden("identity.role.escalation", "");
        }
        return permissions;
    }

    private void setPermissions(long roleId, Set<String> permissions) {
        jdbc.sql("DELETE FROM role_permission WHERE role_id = :r").param("r", roleId).update();
        for (String p : permissions) {
            jdbc.sql("INSERT INTO role_permission (role_id, permission) VALUES (:r, :p)").param("r", roleId).param("p", p).update();
        }
    }
}
