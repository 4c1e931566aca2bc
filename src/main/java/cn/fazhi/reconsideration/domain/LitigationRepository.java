package cn.fazhi.reconsideration.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseRows;
import cn.fazhi.cases.CaseStore;
import cn.fazhi.platform.scope.DataScope;

/** Stores suits and their hearings: the kernel's {@link CaseStore} for the type {@code litigation}. */
@Repository
public class LitigationRepository implements CaseStore<LitigationCase> {

    public static final String TYPE = "litigation";

    private final JdbcClient jdbc;

    LitigationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record HearingRow(long id, long caseId, LocalDate hearingOn, Appearance appearance, String headName,
            AbsenceReason absenceReason, String absenceDetail, String staffSent) {}

    public long insert(LitigationCase c, OffsetDateTime now, String by) {
        Map<String, Object> cols = columns(c);
        cols.put("created_at", now);
        cols.put("created_by", by);
        CaseRows.insert(jdbc, "litigation_case", cols);
        return jdbc.sql("SELECT id FROM litigation_case WHERE internal_number = :n").param("n", c.internalNumber)
                .query(Long.class).single();
    }

    /** A suit's columns: the one mapping of insert, update and the bulk path ({@link ReconsiderationBulk}). */
    static Map<String, Object> columns(LitigationCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("internal_number", c.internalNumber);
        m.put("status", c.status.name());
        m.put("court", c.court);
        m.put("instance", c.instance.name());
        m.put("court_case_number", c.courtCaseNumber);
        m.put("plaintiff_name", c.plaintiffName);
        m.put("plaintiff_id_enc", c.plaintiffIdEnc);
        m.put("plaintiff_id_index", c.plaintiffIdIndex);
        m.put("plaintiff_id_masked", c.plaintiffIdMasked);
        m.put("unit_id", c.unitId);
        m.put("region_code", c.regionCode);
        m.put("subject", c.subject);
        m.put("filed_on", c.filedOn);
        m.put("outcome", c.outcome == null ? null : c.outcome.name());
        m.put("outcome_on", c.outcomeOn);
        m.put("outcome_summary", c.outcomeSummary);
        m.put("performance_from", c.performanceFrom);
        m.put("performance_clock_id", c.performanceClockId);
        m.put("performance_completed_on", c.performanceCompletedOn);
        m.put("handler_id", c.handlerId);
        return m;
    }

    @Override
    public String caseType() {
        return TYPE;
    }

    @Override
    public String readPermission() {
        return LitigationCase.VIEW;
    }

    /** The defendant unit (UNIT scope) or its region. */
    @Override
    public boolean covers(LitigationCase c, DataScope scope) {
        return scope.covers(c.unitId, c.regionCode);
    }

    @Override
    public void update(LitigationCase c) {
        Map<String, Object> cols = columns(c);
        cols.remove("internal_number");
        CaseRows.update(jdbc, "litigation_case", c.id, c.version, cols);
        c.version++;
    }

    @Override
    public Optional<LitigationCase> find(long id) {
        return jdbc.sql("SELECT * FROM litigation_case WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** The suit with its row locked until the transaction ends: a step loads it so before touching anything else. */
    public Optional<LitigationCase> lock(long id) {
        return jdbc.sql("SELECT * FROM litigation_case WHERE id = :id FOR UPDATE").param("id", id).query(this::map)
                .optional();
    }

    public List<LitigationCase> search(DataScope scope, LitigationStatus status, String text) {
        return search(scope, status, text, null);
    }

    /** Suits in scope, optionally by status, text and assigned handler (a user id). */
    public List<LitigationCase> search(DataScope scope, LitigationStatus status, String text, Long handlerId) {
        StringBuilder sql = new StringBuilder("SELECT * FROM litigation_case c WHERE ")
                .append(scope.sqlCondition("c.unit_id", "c.region_code"));
        Map<String, Object> params = new HashMap<>(scope.parameters());
        if (handlerId != null) {
            sql.append(" AND c.handler_id = :handler");
            params.put("handler", handlerId);
        }
        if (status != null) {
            sql.append(" AND c.status = :status");
            params.put("status", status.name());
        }
        if (text != null && !text.isBlank()) {
            sql.append(" AND (c.internal_number LIKE :text OR c.court_case_number LIKE :text OR c.subject LIKE :text)");
            params.put("text", "%" + text.strip() + "%");
        }
        sql.append(" ORDER BY c.id DESC LIMIT 300");
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    public List<LitigationCase> performing(DataScope scope) {
        return jdbc.sql("SELECT * FROM litigation_case c WHERE " + scope.sqlCondition("c.unit_id", "c.region_code")
                        + " AND c.status = :s")
                .params(scope.parameters()).param("s", LitigationStatus.PERFORMING.name()).query(this::map).list();
    }

    public void insertHearing(HearingRow h, OffsetDateTime now, String by) {
        CaseRows.insert(jdbc, "litigation_hearing", hearingColumns(h, now, by));
    }

    /** A hearing's columns, the one mapping of {@link #insertHearing} and the bulk path. */
    static Map<String, Object> hearingColumns(HearingRow h, OffsetDateTime now, String by) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case_id", h.caseId());
        m.put("hearing_on", h.hearingOn());
        m.put("appearance", h.appearance().name());
        m.put("head_name", h.headName());
        m.put("absence_reason", h.absenceReason() == null ? null : h.absenceReason().name());
        m.put("absence_detail", h.absenceDetail());
        m.put("staff_sent", h.staffSent());
        m.put("recorded_at", now);
        m.put("recorded_by", by);
        return m;
    }

    public List<HearingRow> hearings(long caseId) {
        return hearings(List.of(caseId)).getOrDefault(caseId, List.of());
    }

    /** The hearings of many suits in one query per 1,000, by suit id, each in hearing order. */
    public Map<Long, List<HearingRow>> hearings(java.util.Collection<Long> caseIds) {
        Map<Long, List<HearingRow>> byCase = new HashMap<>();
        for (List<Long> chunk : ReconsiderationRepository.chunks(List.copyOf(caseIds))) {
            jdbc.sql("SELECT * FROM litigation_hearing WHERE case_id IN (:c) ORDER BY case_id, hearing_on, id")
                    .param("c", chunk)
                    .query((rs, n) -> new HearingRow(rs.getLong("id"), rs.getLong("case_id"),
                            rs.getObject("hearing_on", LocalDate.class), Appearance.valueOf(rs.getString("appearance")),
                            rs.getString("head_name"),
                            rs.getString("absence_reason") == null ? null : AbsenceReason.valueOf(rs.getString("absence_reason")),
                            rs.getString("absence_detail"), rs.getString("staff_sent")))
                    .list().forEach(h -> byCase.computeIfAbsent(h.caseId(), k -> new java.util.ArrayList<>()).add(h));
        }
        return byCase;
    }

    private LitigationCase map(ResultSet rs, int n) throws SQLException {
        LitigationCase c = new LitigationCase();
        c.id = rs.getLong("id");
        c.internalNumber = rs.getString("internal_number");
        c.status = LitigationStatus.valueOf(rs.getString("status"));
        c.court = rs.getString("court");
        c.instance = Instance.valueOf(rs.getString("instance"));
        c.courtCaseNumber = rs.getString("court_case_number");
        c.plaintiffName = rs.getString("plaintiff_name");
        c.plaintiffIdEnc = rs.getString("plaintiff_id_enc");
        c.plaintiffIdIndex = rs.getString("plaintiff_id_index");
        c.plaintiffIdMasked = rs.getString("plaintiff_id_masked");
        c.unitId = rs.getLong("unit_id");
        c.regionCode = rs.getString("region_code");
        c.subject = rs.getString("subject");
        c.filedOn = rs.getObject("filed_on", LocalDate.class);
        c.outcome = rs.getString("outcome") == null ? null : LitigationOutcome.valueOf(rs.getString("outcome"));
        c.outcomeOn = rs.getObject("outcome_on", LocalDate.class);
        c.outcomeSummary = rs.getString("outcome_summary");
        c.performanceFrom = rs.getObject("performance_from", LocalDate.class);
        long pc = rs.getLong("performance_clock_id");
        c.performanceClockId = rs.wasNull() ? null : pc;
        c.performanceCompletedOn = rs.getObject("performance_completed_on", LocalDate.class);
        c.version = rs.getInt("version");
        long handler = rs.getLong("handler_id");
        c.handlerId = rs.wasNull() ? null : handler;
        return c;
    }
}
