package cn.fazhi.reported;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseStore;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/** Where submissions are kept (table {@code reported_figure}). Scope: the submitting unit and any scope covering it. */
@Repository
class ReportedFigureRepository implements CaseStore<ReportedFigure> {

    private final JdbcClient jdbc;

    ReportedFigureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return Reported.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "reported.figure.";
    }

    @Override
    public String readPermission() {
        return Reported.VIEW;
    }

    @Override
    public Optional<ReportedFigure> find(long id) {
        return jdbc.sql("SELECT * FROM reported_figure WHERE id = :id").param("id", id).query((rs, n) -> {
            ReportedFigure f = new ReportedFigure();
            f.id = rs.getLong("id");
            f.caseNumber = rs.getString("case_number");
            f.status = ReportedStatus.valueOf(rs.getString("status"));
            f.definitionId = rs.getLong("definition_id");
            f.periodYear = rs.getInt("period_year");
            f.unitId = rs.getLong("unit_id");
            f.regionCode = rs.getString("region_code");
            f.submittedOn = rs.getObject("submitted_on", LocalDate.class);
            f.submittedBy = rs.getString("submitted_by");
            f.decidedOn = rs.getObject("decided_on", LocalDate.class);
            f.decidedBy = rs.getString("decided_by");
            f.decidedByName = rs.getString("decided_by_name");
            f.decidedUnit = rs.getString("decided_unit");
            f.returnReason = rs.getString("return_reason");
            long s = rs.getLong("superseded_by");
            f.supersededBy = rs.wasNull() ? null : s;
            f.version = rs.getInt("version");
            return f;
        }).optional();
    }

    @Override
    public boolean covers(ReportedFigure f, DataScope scope) {
        return scope.covers(f.unitId, f.regionCode);
    }

    @Override
    public void update(ReportedFigure f) {
        int n = jdbc.sql("UPDATE reported_figure SET status = :status, decided_on = :on, decided_by = :by, "
                        + "decided_by_name = :byName, decided_unit = :byUnit, return_reason = :reason, "
                        + "superseded_by = :sup, version = version + 1 WHERE id = :id AND version = :v")
                .param("status", f.status.name()).param("on", f.decidedOn).param("by", f.decidedBy)
                .param("byName", f.decidedByName).param("byUnit", f.decidedUnit).param("reason", f.returnReason)
                .param("sup", f.supersededBy).param("id", f.id).param("v", f.version).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        f.version++;
    }
}
