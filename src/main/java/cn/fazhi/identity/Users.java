package cn.fazhi.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.domain.PasswordPolicy;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.crypto.PersonalDataCipher;
import cn.fazhi.platform.identifiers.Masking;
import cn.fazhi.platform.identifiers.PhoneNumber;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/**
 * User accounts. Lists and lookups honour the caller's data scope (bound parameters); personal data is stored
 * SM4-encrypted and shown masked unless revealed with {@code system:user:reveal}, each reveal audited. A caller can
 * place users only in units inside their scope and grant only roles whose permissions they hold themselves.
 */
@Service
public class Users {

    private static final String SELECT = "SELECT u.id, u.username, u.display_name, u.unit_id, un.short_name AS unit_name, "
            + "u.region_code, u.enabled, u.must_change_password, u.locked_until, u.id_number_enc, u.phone_enc, u.version "
            + "FROM app_user u JOIN unit un ON un.id = u.unit_id";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final Units units;
    private final Roles roles;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final PersonalDataCipher cipher;
    private final ApiTokens tokens;

    Users(JdbcClient jdbc, Clock clock, AuditTrail audit, Units units, Roles roles, PasswordEncoder passwords,
            PasswordPolicy policy, PersonalDataCipher cipher, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.units = units;
        this.roles = roles;
        this.passwords = passwords;
        this.policy = policy;
        this.cipher = cipher;
        this.tokens = tokens;
    }

    /** Users the scope covers, optionally filtered by a name fragment and a unit. */
    public List<UserView> list(DataScope scope, String text, Long unitId) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE ").append(scope.sqlCondition("u.unit_id", "u.region_code"));
        Map<String, Object> params = new HashMap<>(scope.parameters());
        if (text != null && !text.isBlank()) {
            sql.append(" AND (u.username ILIKE :text OR u.display_name ILIKE :text)");
            params.put("text", "%" + text.trim().replace("%", "").replace("_", "") + "%");
        }
        if (unitId != null) {
            sql.append(" AND u.unit_id = :unitId");
            params.put("unitId", unitId);
        }
        sql.append(" ORDER BY u.id");
        return jdbc.sql(sql.toString()).params(params).query(this::map).list().stream().map(this::withRoles).toList();
    }

    public Optional<UserView> findVisible(long id, DataScope scope) {
        return jdbc.sql(SELECT + " WHERE u.id = :id AND " + scope.sqlCondition("u.unit_id", "u.region_code"))
                .param("id", id).params(scope.parameters()).query(this::map).optional().map(this::withRoles);
    }

    @Transactional
    public UserView create(UserForm form, CurrentUser by) {
        String username = form.username().trim();
        if (cn.fazhi.platform.security.Actors.isReserved(username)) {
            throw UserFacingException.badRequest("identity.user.usernameReserved", username);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u").param("u", username).query(Long.class).single() > 0) {
            throw UserFacingException.conflict("identity.user.usernameTaken", username);
        }
        UnitView unit = unitInScope(form.unitId(), by);
        policy.check(username, form.password());
        List<Long> roleIds = grantableRoles(form.roleIds(), by);
        jdbc.sql("INSERT INTO app_user (username, display_name, unit_id, region_code, password_hash, enabled, "
                        + "must_change_password, id_number_enc, id_number_index, phone_enc, created_at) "
                        + "VALUES (:u, :d, :unit, :region, :hash, :enabled, TRUE, :idEnc, :idIdx, :phoneEnc, :now)")
                .param("u", username).param("d", form.displayName().trim()).param("unit", unit.id())
                .param("region", unit.regionCode()).param("hash", passwords.encode(form.password()))
                .param("enabled", form.isEnabled()).param("idEnc", cipher.encrypt(idNumber(form.idNumber())))
                .param("idIdx", cipher.blindIndex(idNumber(form.idNumber()))).param("phoneEnc", cipher.encrypt(phone(form.phone())))
                .param("now", OffsetDateTime.now(clock)).update();
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
        setRoles(id, roleIds);
        audit.record(AuditEntry.of("identity.user.created", "app_user", id,
                "username=" + username + ",unit=" + unit.id() + ",roles=" + roleIds));
        return findVisible(id, by.scope()).orElseThrow();
    }

    /** Saves an edit made against {@code form.version()}; a stale version is a conflict. */
    @Transactional
    public UserView update(long id, UserForm form, CurrentUser by) {
        UserView before = findVisible(id, by.scope()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        UnitView unit = unitInScope(form.unitId(), by);
        List<Long> roleIds = grantableRoles(form.roleIds(), by);
        String idNumber = idNumber(form.idNumber());
        String phone = phone(form.phone());
        int changed = jdbc.sql("UPDATE app_user SET display_name = :d, unit_id = :unit, region_code = :region, "
                        + "enabled = :enabled, id_number_enc = COALESCE(:idEnc, id_number_enc), "
                        + "id_number_index = COALESCE(:idIdx, id_number_index), phone_enc = COALESCE(:phoneEnc, phone_enc), "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .param("d", form.displayName().trim()).param("unit", unit.id()).param("region", unit.regionCode())
                .param("enabled", form.isEnabled()).param("idEnc", cipher.encrypt(idNumber))
                .param("idIdx", cipher.blindIndex(idNumber)).param("phoneEnc", cipher.encrypt(phone))
                .param("id", id).param("version", form.version() == null ? before.version() : form.version()).update();
        if (changed == 0) {
            throw UserFacingException.conflict("error.conflict");
        }
        boolean rolesChanged = !new java.util.HashSet<>(roleIds).equals(new java.util.HashSet<>(roleIdsOf(id)));
        setRoles(id, roleIds);
        if (!form.isEnabled()) {
            tokens.revokeAll(id);
        }
        audit.record(AuditEntry.of("identity.user.updated", "app_user", id, "unit=" + before.unitId() + "→" + unit.id()
                + ",enabled=" + before.enabled() + "→" + form.isEnabled()
                + (idNumber != null ? ",idNumber changed" : "") + (phone != null ? ",phone changed" : "")));
        if (rolesChanged) {
            audit.record(AuditEntry.of("identity.user.rolesChanged", "app_user", id, before.roleCodes() + "→" + roleIds));
        }
        return findVisible(id, by.scope()).orElseThrow();
    }

    @Transactional
    public void resetPassword(long id, String newPassword, CurrentUser by) {
        UserView user = findVisible(id, by.scope()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        policy.check(user.username(), newPassword);
        jdbc.sql("UPDATE app_user SET password_hash = :h, must_change_password = TRUE, failed_attempts = 0, "
                + "locked_until = NULL WHERE id = :id").param("h", passwords.encode(newPassword)).param("id", id).update();
        tokens.revokeAll(id);
        audit.record(AuditEntry.of("identity.user.passwordReset", "app_user", id, user.username()));
    }

    @Transactional
    public void unlock(long id, CurrentUser by) {
        UserView user = findVisible(id, by.scope()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = :id").param("id", id).update();
        audit.record(AuditEntry.of("identity.user.unlocked", "app_user", id, user.username()));
    }

    /** The whole value of a personal-data field; requires {@code system:user:reveal}; every reveal is audited. */
    @Transactional
    public String reveal(long id, String field, CurrentUser by) {
        if (!by.can(Permissions.USER_REVEAL)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        findVisible(id, by.scope()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        String column = switch (field) {
            case "idNumber" -> "id_number_enc";
            case "phone" -> "phone_enc";
            default -> throw UserFacingException.badRequest("identity.user.revealField");
        };
        String stored = jdbc.sql("SELECT " + column + " FROM app_user WHERE id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
        audit.record(AuditEntry.of("identity.personalData.revealed", "app_user", id, field));
        return stored == null ? "" : cipher.decrypt(stored);
    }

    /** A user changes their own password: the current one must match; clears the forced-change flag. */
    @Transactional
    public void changeOwnPassword(CurrentUser user, String current, String next, String confirm) {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", user.id())
                .query(String.class).single();
        if (current == null || !passwords.matches(current, hash)) {
            throw UserFacingException.badRequest("identity.password.currentWrong");
        }
        if (next == null || !next.equals(confirm)) {
            throw UserFacingException.badRequest("identity.password.mismatch");
        }
        if (passwords.matches(next, hash)) {
            throw UserFacingException.badRequest("identity.password.same");
        }
        policy.check(user.username(), next);
        jdbc.sql("UPDATE app_user SET password_hash = :h, must_change_password = FALSE, password_changed_at = :now "
                + "WHERE id = :id").param("h", passwords.encode(next)).param("now", OffsetDateTime.now(clock))
                .param("id", user.id()).update();
        audit.record(AuditEntry.of("identity.password.changed", "app_user", user.id(), user.username()));
    }

    @Transactional
    public void setLocale(CurrentUser user, String locale) {
        String value = "en".equals(locale) ? "en" : "zh";
        jdbc.sql("UPDATE app_user SET locale = :l WHERE id = :id").param("l", value).param("id", user.id()).update();
        audit.record(AuditEntry.of("identity.user.localeChanged", "app_user", user.id(), value));
    }

    private UnitView unitInScope(Long unitId, CurrentUser by) {
        if (unitId == null) {
            throw UserFacingException.badRequest("identity.user.unit.required");
        }
        return units.findVisible(unitId, by.scope())
                .orElseThrow(() -> UserFacingException.badRequest("identity.user.unitOutOfScope"));
    }

    private List<Long> grantableRoles(List<Long> roleIds, CurrentUser by) {
        List<Long> ids = roleIds == null ? List.of() : roleIds.stream().distinct().toList();
        for (Long roleId : ids) {
            RoleView role = roles.find(roleId).orElseThrow(() -> UserFacingException.badRequest("identity.role.unknown"));
            if (!by.permissions().containsAll(role.permissions())) {
                throw UserFacingException.forbidden("identity.role.escalation", "（" + role.name() + "）");
            }
        }
        return ids;
    }

    private List<Long> roleIdsOf(long userId) {
        return jdbc.sql("SELECT role_id FROM user_role WHERE user_id = :u").param("u", userId).query(Long.class).list();
    }

    private void setRoles(long userId, List<Long> roleIds) {
        jdbc.sql("DELETE FROM user_role WHERE user_id = :u").param("u", userId).update();
        for (Long roleId : roleIds) {
            jdbc.sql("INSERT INTO user_role (user_id, role_id) VALUES (:u, :r)").param("u", userId).param("r", roleId).update();
        }
    }

    private static String idNumber(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = ResidentIdNumber.normalise(value);
        if (!ResidentIdNumber.isValid(v)) {
            throw UserFacingException.badRequest("validation.idNumber");
        }
        return v;
    }

    private static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!PhoneNumber.isValid(value)) {
            throw UserFacingException.badRequest("validation.phone");
        }
        return value.trim();
    }

    private UserView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String idEnc = rs.getString("id_number_enc");
        String phoneEnc = rs.getString("phone_enc");
        return new UserView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("region_code"), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), rs.getObject("locked_until", OffsetDateTime.class),
                idEnc == null ? "" : Masking.idNumber(cipher.decrypt(idEnc)),
                phoneEnc == null ? "" : Masking.phone(cipher.decrypt(phoneEnc)), List.of(), List.of(), rs.getInt("version"));
    }

    private UserView withRoles(UserView u) {
        List<String[]> rows = jdbc.sql("SELECT r.code, r.name FROM app_role r JOIN user_role ur ON ur.role_id = r.id "
                + "WHERE ur.user_id = :u ORDER BY r.id").param("u", u.id())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        rows.forEach(r -> {
            codes.add(r[0]);
            names.add(r[1]);
        });
        return new UserView(u.id(), u.username(), u.displayName(), u.unitId(), u.unitName(), u.regionCode(), u.enabled(),
                u.mustChangePassword(), u.lockedUntil(), u.idNumberMasked(), u.phoneMasked(), codes, names, u.version());
    }
}
