package cn.fazhi.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseStore;
import cn.fazhi.platform.scope.Caller;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Where clues are kept (table {@code supervision_clue}, rows inserted by {@link Clues#open}). A supervised unit's staff
 * (holding {@code supervision:respond} but not {@code supervision:manage}) see only the clues of their scope on which
 * an instrument was addressed to them; the office and readers such as leaders see every clue in their scope.
 */
@Repository
class ClueRepository implements CaseStore<Clue> {

    private final JdbcClient jdbc;
    private final Caller caller;

    ClueRepository(JdbcClient jdbc, Caller caller) {
        this.jdbc = jdbc;
        this.caller = caller;
    }

    @Override
    public String caseType() {
        return Clues.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "supervision.clue.";
    }

    @Override
    public String readPermission() {
        return SupervisionPermissions.VIEW;
    }

    @Override
    public Optional<Clue> find(long id) {
        return jdbc.sql("SELECT * FROM supervision_clue WHERE id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public boolean covers(Clue c, DataScope scope) {
        if (!scope.covers(c.unitId, c.regionCode)) {
            return false;
        }
        return !addresseeOnly(caller) || jdbc.sql("SELECT COUNT(*) FROM supervision_letter WHERE clue_id = :id AND unit_id = :u")
                .param("id", c.id).param("u", c.unitId).query(Long.class).single() > 0;
    }

    /** Whether the caller sees only what was addressed to the unit (a supervised unit, not the office). */
    static boolean addresseeOnly(Caller caller) {
        return caller.can(SupervisionPermissions.RESPOND) && !caller.can(SupervisionPermissions.MANAGE);
    }

    @Override
    public void update(Clue c) {
        int n = jdbc.sql("UPDATE supervision_clue SET status = :status, complainant = :complainant, findings = :findings, "
                        + "verified_on = :verifiedOn, transfer_organ = :organ, transferred_on = :transferredOn, "
                        + "transfer_letter_no = :letterNo, transfer_summary = :transferSummary, closed_on = :closedOn, "
                        + "close_note = :closeNote, version = version + 1 WHERE id = :id AND version = :v")
                .param("status", c.status.name()).param("complainant", c.complainant).param("findings", c.findings)
                .param("verifiedOn", c.verifiedOn).param("organ", c.transferOrgan).param("transferredOn", c.transferredOn)
                .param("letterNo", c.transferLetterNo).param("transferSummary", c.transferSummary)
                .param("closedOn", c.closedOn).param("closeNote", c.closeNote).param("id", c.id).param("v", c.version)
                .update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        c.version++;
    }

    private Clue map(ResultSet rs, int n) throws SQLException {
        Clue c = new Clue();
        c.id = rs.getLong("id");
        c.caseNumber = rs.getString("case_number");
        c.status = ClueStatus.valueOf(rs.getString("status"));
        c.source = ClueSource.valueOf(rs.getString("source"));
        c.sourceType = rs.getString("source_type");
        long sid = rs.getLong("source_id");
        c.sourceId = rs.wasNull() ? null : sid;
        c.sourceLabel = rs.getString("source_label");
        c.sourcePath = rs.getString("source_path");
        c.unitId = rs.getLong("unit_id");
        c.regionCode = rs.getString("region_code");
        c.summary = rs.getString("summary");
        c.receivedOn = rs.getObject("received_on", LocalDate.class);
        c.complainant = rs.getString("complainant");
        c.findings = rs.getString("findings");
        c.verifiedOn = rs.getObject("verified_on", LocalDate.class);
        c.transferOrgan = rs.getString("transfer_organ");
        c.transferredOn = rs.getObject("transferred_on", LocalDate.class);
        c.transferLetterNo = rs.getString("transfer_letter_no");
        c.transferSummary = rs.getString("transfer_summary");
        c.closedOn = rs.getObject("closed_on", LocalDate.class);
        c.closeNote = rs.getString("close_note");
        c.version = rs.getInt("version");
        return c;
    }
}
