package cn.fazhi.reconsideration.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseStore;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

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
        jdbc.sql("INSERT INTO litigation_case (internal_number, status, court, instance, court_case_number, plaintiff_name, "
                        + "plaintiff_id_enc, plaintiff_id_index, plaintiff_id_masked, unit_id, region_code, subject, filed_on, "
                        + "created_at, created_by) VALUES (:n, :s, :court, :i, :ccn, :pn, :pe, :pi, :pm, :u, :r, :subj, :f, "
                        + ":at, :by)")
                .param("n", c.internalNumber).param("s", c.status.name()).param("court", c.court)
                .param("i", c.instance.name()).param("ccn", c.courtCaseNumber).param("pn", c.plaintiffName)
                .param("pe", c.plaintiffIdEnc).param("pi", c.plaintiffIdIndex).param("pm", c.plaintiffIdMasked)
                .param("u", c.unitId).param("r", c.regionCode).param("subj", c.subject).param("f", c.filedOn).param("at", now).param("by", by)
                .update();
        return jdbc.sql("SELECT id FROM litigation_case WHERE internal_number = :n").param("n", c.internalNumber)
                .query(Long.class).single();
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
        int n = jdbc.sql("UPDATE litigation_case SET status = :s, outcome = :o, outcome_on = :oo, outcome_summary = :os, "
                        + "performance_from = :pf, performance_clock_id = :pc, performance_completed_on = :pd, handler_id = :h, "
                        + "version = version + 1 WHERE id = :id AND version = :v")
                .param("s", c.status.name()).param("o", c.outcome == null ? null : c.outcome.name())
                .param("oo", c.outcomeOn).param("os", c.outcomeSummary).param("pf", c.performanceFrom)
                .param("pc", c.performanceClockId).param("pd", c.performanceCompletedOn).param("h", c.handlerId).param("id", c.id)
                .param("v", c.version).update();
        if (n == 0) {
            throw UserFacingException.conflict("error.conflict");
        }
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
        jdbc.sql("INSERT INTO litigation_hearing (case_id, hearing_on, appearance, head_name, absence_reason, absence_detail, "
                        + "staff_sent, recorded_at, recorded_by) VALUES (:c, :d, :a, :h, :r, :rd, :s, :at, :by)")
                .param("c", h.caseId()).param("d", h.hearingOn()).param("a", h.appearance().name())
                .param("h", h.headName()).param("r", h.absenceReason() == null ? null : h.absenceReason().name())
                .param("rd", h.absenceDetail()).param("s", h.staffSent()).param("at", now).param("by", by).update();
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
