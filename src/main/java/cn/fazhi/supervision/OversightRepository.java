package cn.fazhi.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseStore;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Where missions are kept (table {@code oversight_mission} with its targets). A mission is in a data scope when the
 * scope covers the organising office or one of its target units — so a unit sees only the missions that target it.
 */
@Repository
class OversightRepository implements CaseStore<OversightMission> {

    private final JdbcClient jdbc;

    OversightRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return OversightMissions.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "supervision.oversight.";
    }

    @Override
    public String readPermission() {
        return SupervisionPermissions.VIEW;
    }

    @Override
    public Optional<OversightMission> find(long id) {
        Optional<OversightMission> m = jdbc.sql("SELECT * FROM oversight_mission WHERE id = :id").param("id", id)
                .query(this::map).optional();
        m.ifPresent(x -> x.targets = jdbc.sql("SELECT unit_id, region_code FROM oversight_mission_target WHERE mission_id = :id "
                        + "ORDER BY unit_id").param("id", id)
                .query((rs, n) -> new OversightMission.Target(rs.getLong("unit_id"), rs.getString("region_code"))).list());
        return m;
    }

    @Override
    public boolean covers(OversightMission m, DataScope scope) {
        return scope.covers(m.unitId, m.regionCode) || m.targets.stream().anyMatch(t -> scope.covers(t.unitId(), t.regionCode()));
    }

    /** The SQL condition of {@link #covers} over a mission aliased {@code m}. */
    static String scopeCondition(DataScope scope) {
        return "(" + scope.sqlCondition("m.unit_id", "m.region_code") + " OR EXISTS (SELECT 1 FROM oversight_mission_target st "
                + "WHERE st.mission_id = m.id AND " + scope.sqlCondition("st.unit_id", "st.region_code") + "))";
    }

    void insert(OversightMission m) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO oversight_mission (case_number, status, kind, topic, unit_id, region_code, started_on, ends_on, "
                        + "created_at, created_by) VALUES (:n, :s, :k, :topic, :u, :r, :from, :to, :at, :by)")
                .param("n", m.caseNumber).param("s", m.status.name()).param("k", m.kind.name()).param("topic", m.topic)
                .param("u", m.unitId).param("r", m.regionCode).param("from", m.startedOn).param("to", m.endsOn)
                .param("at", m.createdAt).param("by", m.createdBy).update(keys, "id");
        m.id = keys.getKeyAs(Long.class);
    }

    @Override
    public void update(OversightMission m) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", m.id);
        v.put("v", m.version);
        v.put("status", m.status.name());
        v.put("notified", m.notifiedOn);
        v.put("selfDue", m.selfReportDueOn);
        v.put("underWay", m.underWayOn);
        v.put("findingsDone", m.findingsDoneOn);
        v.put("progress", m.reportProgress);
        v.put("results", m.reportResults);
        v.put("responsibility", m.reportResponsibility);
        v.put("problems", m.reportProblems);
        v.put("causes", m.reportCauses);
        v.put("recommendations", m.reportRecommendations);
        v.put("issued", m.reportIssuedOn);
        v.put("closed", m.closedOn);
        int n = jdbc.sql("UPDATE oversight_mission SET status = :status, notified_on = :notified, self_report_due_on = :selfDue, "
                        + "under_way_on = :underWay, findings_done_on = :findingsDone, report_progress = :progress, "
                        + "report_results = :results, report_responsibility = :responsibility, report_problems = :problems, "
                        + "report_causes = :causes, report_recommendations = :recommendations, report_issued_on = :issued, "
                        + "closed_on = :closed, version = version + 1 WHERE id = :id AND version = :v")
                .params(v).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        m.version++;
    }

    private OversightMission map(ResultSet rs, int n) throws SQLException {
        OversightMission m = new OversightMission();
        m.id = rs.getLong("id");
        m.caseNumber = rs.getString("case_number");
        m.status = OversightStatus.valueOf(rs.getString("status"));
        m.kind = OversightKind.valueOf(rs.getString("kind"));
        m.topic = rs.getString("topic");
        m.unitId = rs.getLong("unit_id");
        m.regionCode = rs.getString("region_code");
        m.startedOn = rs.getObject("started_on", LocalDate.class);
        m.endsOn = rs.getObject("ends_on", LocalDate.class);
        m.notifiedOn = rs.getObject("notified_on", LocalDate.class);
        m.selfReportDueOn = rs.getObject("self_report_due_on", LocalDate.class);
        m.underWayOn = rs.getObject("under_way_on", LocalDate.class);
        m.findingsDoneOn = rs.getObject("findings_done_on", LocalDate.class);
        m.reportProgress = rs.getString("report_progress");
        m.reportResults = rs.getString("report_results");
        m.reportResponsibility = rs.getString("report_responsibility");
        m.reportProblems = rs.getString("report_problems");
        m.reportCauses = rs.getString("report_causes");
        m.reportRecommendations = rs.getString("report_recommendations");
        m.reportIssuedOn = rs.getObject("report_issued_on", LocalDate.class);
        m.closedOn = rs.getObject("closed_on", LocalDate.class);
        m.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        m.createdBy = rs.getString("created_by");
        m.version = rs.getInt("version");
        return m;
    }
}
