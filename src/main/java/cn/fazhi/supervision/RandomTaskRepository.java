package cn.fazhi.supervision;

import java.math.BigDecimal;
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

/** Where random-inspection tasks are kept (table {@code random_task}), in the kernel's repository style. */
@Repository
class RandomTaskRepository implements CaseStore<RandomTask> {

    private final JdbcClient jdbc;

    RandomTaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return RandomTasks.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "supervision.random.";
    }

    @Override
    public String readPermission() {
        return SupervisionPermissions.VIEW;
    }

    @Override
    public Optional<RandomTask> find(long id) {
        return jdbc.sql("SELECT * FROM random_task WHERE id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public boolean covers(RandomTask t, DataScope scope) {
        return scope.covers(t.leadUnitId, t.regionCode);
    }

    void insert(RandomTask t) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Map<String, Object> v = values(t);
        jdbc.sql("INSERT INTO random_task (case_number, status, title, joint, lead_unit_id, region_code, period_from, "
                        + "period_to, ratio_percent, committed_on, drawn_on, results_recorded_on, publish_due_on, published_on, "
                        + "closed_reason, merged_into, created_at, created_by) VALUES (:caseNumber, :status, :title, :joint, "
                        + ":leadUnitId, :regionCode, :periodFrom, :periodTo, :ratioPercent, :committedOn, :drawnOn, "
                        + ":resultsRecordedOn, :publishDueOn, :publishedOn, :closedReason, :mergedInto, :createdAt, :createdBy)")
                .params(v).update(keys, "id");
        t.id = keys.getKeyAs(Long.class);
    }

    @Override
    public void update(RandomTask t) {
        Map<String, Object> v = values(t);
        v.put("id", t.id);
        v.put("v", t.version);
        int n = jdbc.sql("UPDATE random_task SET status = :status, title = :title, joint = :joint, period_from = :periodFrom, "
                        + "period_to = :periodTo, ratio_percent = :ratioPercent, committed_on = :committedOn, drawn_on = :drawnOn, "
                        + "results_recorded_on = :resultsRecordedOn, publish_due_on = :publishDueOn, published_on = :publishedOn, "
                        + "closed_reason = :closedReason, merged_into = :mergedInto, version = version + 1 "
                        + "WHERE id = :id AND version = :v")
                .params(v).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        t.version++;
    }

    private static Map<String, Object> values(RandomTask t) {
        Map<String, Object> v = new HashMap<>();
        v.put("caseNumber", t.caseNumber);
        v.put("status", t.status.name());
        v.put("title", t.title);
        v.put("joint", t.joint);
        v.put("leadUnitId", t.leadUnitId);
        v.put("regionCode", t.regionCode);
        v.put("periodFrom", t.periodFrom);
        v.put("periodTo", t.periodTo);
        v.put("ratioPercent", t.ratioPercent);
        v.put("committedOn", t.committedOn);
        v.put("drawnOn", t.drawnOn);
        v.put("resultsRecordedOn", t.resultsRecordedOn);
        v.put("publishDueOn", t.publishDueOn);
        v.put("publishedOn", t.publishedOn);
        v.put("closedReason", t.closedReason);
        v.put("mergedInto", t.mergedInto);
        v.put("createdAt", t.createdAt);
        v.put("createdBy", t.createdBy);
        return v;
    }

    private RandomTask map(ResultSet rs, int n) throws SQLException {
        RandomTask t = new RandomTask();
        t.id = rs.getLong("id");
        t.caseNumber = rs.getString("case_number");
        t.status = RandomTaskStatus.valueOf(rs.getString("status"));
        t.title = rs.getString("title");
        t.joint = rs.getBoolean("joint");
        t.leadUnitId = rs.getLong("lead_unit_id");
        t.regionCode = rs.getString("region_code");
        t.periodFrom = rs.getObject("period_from", LocalDate.class);
        t.periodTo = rs.getObject("period_to", LocalDate.class);
        t.ratioPercent = rs.getObject("ratio_percent", BigDecimal.class);
        t.committedOn = rs.getObject("committed_on", LocalDate.class);
        t.drawnOn = rs.getObject("drawn_on", LocalDate.class);
        t.resultsRecordedOn = rs.getObject("results_recorded_on", LocalDate.class);
        t.publishDueOn = rs.getObject("publish_due_on", LocalDate.class);
        t.publishedOn = rs.getObject("published_on", LocalDate.class);
        t.closedReason = rs.getString("closed_reason");
        long merged = rs.getLong("merged_into");
        t.mergedInto = rs.wasNull() ? null : merged;
        t.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        t.createdBy = rs.getString("created_by");
        t.version = rs.getInt("version");
        return t;
    }
}
