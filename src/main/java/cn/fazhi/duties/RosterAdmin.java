package cn.fazhi.duties;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.security.Actors;
import cn.fazhi.platform.web.UserFacingException;

/** The office keeps the year's roster ({@code duties:manage}): add and remove a unit, copy last year's; audited. */
@Service
public class RosterAdmin {

    private final JdbcClient jdbc;
    private final Roster roster;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    RosterAdmin(JdbcClient jdbc, Roster roster, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    private static void checkYear(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw UserFacingException.badRequest("duties.error.year");
        }
    }

    @Transactional
    public void add(Integer year, Long unitId) {
        require();
        checkYear(year);
        String type = unitId == null ? null : jdbc.sql("SELECT type FROM unit WHERE id = :u AND active").param("u", unitId)
                .query(String.class).optional().orElse(null);
        if (type == null || !java.util.List.of("DEPARTMENT", "PARTY_BODY", "OTHER", "TOWNSHIP_GOVERNMENT").contains(type)) {
            throw UserFacingException.badRequest("duties.error.unit");
        }
        if (roster.contains(year, unitId)) {
            throw UserFacingException.conflict("duties.error.onRoster");
        }
        jdbc.sql("INSERT INTO rol_roster (roster_year, unit_id, category, created_at, created_by) VALUES (:y, :u, :c, :at, :by)")
                .param("y", year).param("u", unitId)
                .param("c", "TOWNSHIP_GOVERNMENT".equals(type) ? "TOWNSHIP" : "DEPARTMENT")
                .param("at", OffsetDateTime.now(clock)).param("by", Actors.current()).update();
        audit.record(AuditEntry.of("duties.roster.added", "rol_roster", unitId, String.valueOf(year)));
    }

    @Transactional
    public void remove(Integer year, Long unitId) {
        require();
        checkYear(year);
        int n = jdbc.sql("DELETE FROM rol_roster WHERE roster_year = :y AND unit_id = :u").param("y", year)
                .param("u", unitId).update();
        if (n == 0) {
            throw UserFacingException.notFound("error.notFound");
        }
        audit.record(AuditEntry.of("duties.roster.removed", "rol_roster", unitId, String.valueOf(year)));
    }

    /** Copies the roster of {@code year - 1} into {@code year} (units already there are kept); returns units added. */
    @Transactional
    public int copyFromPreviousYear(Integer year) {
        require();
        checkYear(year);
        int n = jdbc.sql("INSERT INTO rol_roster (roster_year, unit_id, category, created_at, created_by) "
                        + "SELECT :y, r.unit_id, r.category, :at, :by FROM rol_roster r WHERE r.roster_year = :p "
                        + "AND NOT EXISTS (SELECT 1 FROM rol_roster x WHERE x.roster_year = :y AND x.unit_id = r.unit_id)")
                .param("y", year).param("p", year - 1).param("at", OffsetDateTime.now(clock))
                .param("by", Actors.current()).update();
        if (n == 0 && roster.unitIds(year - 1).isEmpty()) {
            throw UserFacingException.badRequest("duties.error.rosterEmpty", year - 1);
        }
        audit.record(AuditEntry.of("duties.roster.copied", "rol_roster", year, String.valueOf(n)));
        return n;
    }

    private void require() {
        if (!users.can(DutiesPermissions.MANAGE)) {
            throw UserFacingException.forbidden("error.forbidden");
        }
    }
}
