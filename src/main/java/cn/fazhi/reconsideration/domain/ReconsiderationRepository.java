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
import cn.fazhi.platform.web.UserFacingException;

/**
 * Stores reconsideration cases and their parties (the kernel's {@link CaseStore} for the type
 * {@code reconsideration}); updates are optimistic ({@code version}). Status values are bound from the enum.
 */
@Repository
public class ReconsiderationRepository implements CaseStore<ReconsiderationCase> {

    public static final String TYPE = "reconsideration";

    private final JdbcClient jdbc;

    ReconsiderationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A party as stored: personal identifiers already encrypted and masked by the caller. */
    public record PartyRow(long id, long caseId, PartyRole role, PartyKind kind, String name, String idNumberEnc,
            String idNumberIndex, String idNumberMasked, String uscc, String phoneEnc, String phoneMasked,
            String townshipCode, String address) {}

    /** Search criteria; null fields do not filter. */
    public record Criteria(Status status, String townshipCode, Boolean overdueOnly, String text, Long handlerId) {

        public Criteria(Status status, String townshipCode, Boolean overdueOnly, String text) {
            this(status, townshipCode, overdueOnly, text, null);
        }
    }

    public long insert(ReconsiderationCase c, OffsetDateTime now, String by) {
        Map<String, Object> cols = columns(c);
        cols.put("created_at", now);
        cols.put("created_by", by);
        CaseRows.insert(jdbc, "reconsideration_case", cols);
        return jdbc.sql("SELECT id FROM reconsideration_case WHERE case_number = :n").param("n", c.caseNumber)
                .query(Long.class).single();
    }

    @Override
    public String caseType() {
        return TYPE;
    }

    @Override
    public String readPermission() {
        return ReconsiderationCase.VIEW;
    }

    /** The respondent unit for UNIT scope, the applicant's township otherwise. */
    @Override
    public boolean covers(ReconsiderationCase c, DataScope scope) {
        return scope.covers(c.unitId, c.regionCode);
    }

    @Override
    public void update(ReconsiderationCase c) {
        Map<String, Object> cols = columns(c);
        cols.remove("case_number");
        CaseRows.update(jdbc, "reconsideration_case", c.id, c.version, cols);
        c.version++;
    }

    @Override
    public Optional<ReconsiderationCase> find(long id) {
        return jdbc.sql("SELECT * FROM reconsideration_case WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** The case with its row locked until the transaction ends: a step loads it so before touching anything else. */
    public Optional<ReconsiderationCase> lock(long id) {
        return jdbc.sql("SELECT * FROM reconsideration_case WHERE id = :id FOR UPDATE").param("id", id).query(this::map)
                .optional();
    }

    public List<ReconsiderationCase> search(DataScope scope, Criteria criteria, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM reconsideration_case c WHERE ")
                .append(scope.sqlCondition("c.unit_id", "c.region_code"));
        Map<String, Object> params = new HashMap<>(scope.parameters());
        if (criteria.status() != null) {
            sql.append(" AND c.status = :status");
            params.put("status", criteria.status().name());
        }
        if (criteria.townshipCode() != null && !criteria.townshipCode().isBlank()) {
            sql.append(" AND c.region_code LIKE :township");
            params.put("township", criteria.townshipCode().strip() + "%");
        }
        if (criteria.handlerId() != null) {
            sql.append(" AND c.handler_id = :handler");
            params.put("handler", criteria.handlerId());
        }
        if (criteria.text() != null && !criteria.text().isBlank()) {
            sql.append(" AND (c.case_number LIKE :text OR c.applicant_name LIKE :text)");
            params.put("text", "%" + criteria.text().strip() + "%");
        }
        sql.append(" ORDER BY c.received_on DESC, c.id DESC LIMIT ").append(Math.max(1, limit));
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    /** Cases whose status leaves a clock open, within the scope. */
    public List<ReconsiderationCase> open(DataScope scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("openStates", java.util.Arrays.stream(Status.values()).filter(s -> !s.isFinal()).map(Enum::name).toList());
        return jdbc.sql("SELECT * FROM reconsideration_case c WHERE " + scope.sqlCondition("c.unit_id", "c.region_code")
                        + " AND (c.status IN (:openStates)"
                        + " OR (c.opinion_clock_id IS NOT NULL AND c.opinion_replied_on IS NULL))")
                .params(params).query(this::map).list();
    }

    /** Every case under acceptance review, for the daily deemed-acceptance check (no scope: a system job). */
    public List<Long> underReview() {
        return jdbc.sql("SELECT id FROM reconsideration_case WHERE status = :s").param("s", Status.RECEIVED.name())
                .query(Long.class).list();
    }

    public void insertParty(PartyRow p) {
        CaseRows.insert(jdbc, "reconsideration_party", partyColumns(p));
    }

    /** A party's columns, the one mapping of {@link #insertParty} and the bulk path ({@link ReconsiderationBulk}). */
    static Map<String, Object> partyColumns(PartyRow p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case_id", p.caseId());
        m.put("party_role", p.role().name());
        m.put("party_kind", name(p.kind()));
        m.put("name", p.name());
        m.put("id_number_enc", p.idNumberEnc());
        m.put("id_number_index", p.idNumberIndex());
        m.put("id_number_masked", p.idNumberMasked());
        m.put("uscc", p.uscc());
        m.put("phone_enc", p.phoneEnc());
        m.put("phone_masked", p.phoneMasked());
        m.put("township_code", p.townshipCode());
        m.put("address", p.address());
        return m;
    }

    public List<PartyRow> parties(long caseId) {
        return parties(List.of(caseId)).getOrDefault(caseId, List.of());
    }

    /** The parties of many cases in one query (a list or an export), by case id, each case's in entry order. */
    public Map<Long, List<PartyRow>> parties(java.util.Collection<Long> caseIds) {
        Map<Long, List<PartyRow>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        for (List<Long> chunk : chunks(List.copyOf(caseIds))) {
            jdbc.sql("SELECT * FROM reconsideration_party WHERE case_id IN (:c) ORDER BY case_id, id").param("c", chunk)
                    .query((rs, n) -> new PartyRow(rs.getLong("id"), rs.getLong("case_id"),
                            PartyRole.valueOf(rs.getString("party_role")),
                            rs.getString("party_kind") == null ? null : PartyKind.valueOf(rs.getString("party_kind")),
                            rs.getString("name"), rs.getString("id_number_enc"), rs.getString("id_number_index"),
                            rs.getString("id_number_masked"), rs.getString("uscc"), rs.getString("phone_enc"),
                            rs.getString("phone_masked"), rs.getString("township_code"), rs.getString("address")))
                    .list().forEach(p -> byCase.computeIfAbsent(p.caseId(), k -> new java.util.ArrayList<>()).add(p));
        }
        return byCase;
    }

    /** Id lists cut to at most 1,000 bound values per statement. */
    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return chunks;
    }

    /** A case's columns: the one mapping of insert, update and the bulk path ({@link ReconsiderationBulk}). */
    static Map<String, Object> columns(ReconsiderationCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case_number", c.caseNumber);
        m.put("status", c.status.name());
        m.put("channel", c.channel.name());
        m.put("received_on", c.receivedOn);
        m.put("learned_on", c.learnedOn);
        m.put("window_ends_on", c.windowEndsOn);
        m.put("late", c.late);
        m.put("act_description", c.actDescription);
        m.put("act_date", c.actDate);
        m.put("act_document_no", c.actDocumentNo);
        m.put("act_category", c.actCategory.name());
        m.put("act_kind", c.actKind == null ? null : c.actKind.name());
        m.put("act_amount", c.actAmount);
        m.put("requests", c.requests);
        m.put("unit_id", c.unitId);
        m.put("region_code", c.regionCode);
        m.put("applicant_name", c.applicantName);
        m.put("procedure_kind", name(c.procedure));
        m.put("accepted_on", c.acceptedOn);
        m.put("deemed_accepted", c.deemedAccepted);
        m.put("not_accepted_reasons", c.notAcceptedReasons);
        m.put("competent_organ", c.competentOrgan);
        m.put("correction_items", c.correctionItems);
        m.put("correction_notice_on", c.correctionNoticeOn);
        m.put("correction_reply_on", c.correctionReplyOn);
        m.put("copy_served_on", c.copyServedOn);
        m.put("answer_received_on", c.answerReceivedOn);
        m.put("hearing_on", c.hearingOn);
        m.put("hearing_notice_on", c.hearingNoticeOn);
        m.put("hearing_held", c.hearingHeld);
        m.put("hearing_head_attended", c.hearingHeadAttended);
        m.put("hearing_head_name", c.hearingHeadName);
        m.put("decision_type", name(c.decisionType));
        m.put("decided_on", c.decidedOn);
        m.put("decision_summary", c.decisionSummary);
        m.put("termination_ground", name(c.terminationGround));
        m.put("suspension_reason", c.suspensionReason);
        m.put("decision_extended", c.decisionExtended);
        m.put("opinion_issued_on", c.opinionIssuedOn);
        m.put("opinion_content", c.opinionContent);
        m.put("opinion_replied_on", c.opinionRepliedOn);
        m.put("acceptance_clock_id", c.acceptanceClockId);
        m.put("correction_clock_id", c.correctionClockId);
        m.put("decision_clock_id", c.decisionClockId);
        m.put("service_clock_id", c.serviceClockId);
        m.put("answer_clock_id", c.answerClockId);
        m.put("opinion_clock_id", c.opinionClockId);
        m.put("handler_id", c.handlerId);
        m.put("rights_notified", c.rightsNotified);
        m.put("rights_learned_on", c.rightsLearnedOn);
        m.put("immovable_property", c.immovableProperty);
        m.put("decision_served_on", c.decisionServedOn);
        return m;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private ReconsiderationCase map(ResultSet rs, int n) throws SQLException {
        ReconsiderationCase c = new ReconsiderationCase();
        c.id = rs.getLong("id");
        c.caseNumber = rs.getString("case_number");
        c.status = Status.valueOf(rs.getString("status"));
        c.channel = Channel.valueOf(rs.getString("channel"));
        c.receivedOn = date(rs, "received_on");
        c.learnedOn = date(rs, "learned_on");
        c.windowEndsOn = date(rs, "window_ends_on");
        c.late = rs.getBoolean("late");
        c.actDescription = rs.getString("act_description");
        c.actDate = date(rs, "act_date");
        c.actDocumentNo = rs.getString("act_document_no");
        c.actCategory = ActCategory.valueOf(rs.getString("act_category"));
        c.actKind = rs.getString("act_kind") == null ? null : ActKind.valueOf(rs.getString("act_kind"));
        c.actAmount = rs.getBigDecimal("act_amount");
        c.requests = rs.getString("requests");
        c.unitId = rs.getLong("unit_id");
        c.regionCode = rs.getString("region_code");
        c.applicantName = rs.getString("applicant_name");
        c.procedure = rs.getString("procedure_kind") == null ? null : Procedure.valueOf(rs.getString("procedure_kind"));
        c.acceptedOn = date(rs, "accepted_on");
        c.deemedAccepted = rs.getBoolean("deemed_accepted");
        c.notAcceptedReasons = rs.getString("not_accepted_reasons");
        c.competentOrgan = rs.getString("competent_organ");
        c.correctionItems = rs.getString("correction_items");
        c.correctionNoticeOn = date(rs, "correction_notice_on");
        c.correctionReplyOn = date(rs, "correction_reply_on");
        c.copyServedOn = date(rs, "copy_served_on");
        c.answerReceivedOn = date(rs, "answer_received_on");
        c.hearingOn = date(rs, "hearing_on");
        c.hearingNoticeOn = date(rs, "hearing_notice_on");
        c.hearingHeld = rs.getBoolean("hearing_held");
        c.hearingHeadAttended = (Boolean) rs.getObject("hearing_head_attended");
        c.hearingHeadName = rs.getString("hearing_head_name");
        c.decisionType = rs.getString("decision_type") == null ? null : DecisionType.valueOf(rs.getString("decision_type"));
        c.decidedOn = date(rs, "decided_on");
        c.decisionSummary = rs.getString("decision_summary");
        c.terminationGround = rs.getString("termination_ground") == null ? null
                : TerminationGround.valueOf(rs.getString("termination_ground"));
        c.suspensionReason = rs.getString("suspension_reason");
        c.decisionExtended = rs.getBoolean("decision_extended");
        c.opinionIssuedOn = date(rs, "opinion_issued_on");
        c.opinionContent = rs.getString("opinion_content");
        c.opinionRepliedOn = date(rs, "opinion_replied_on");
        c.acceptanceClockId = longOrNull(rs, "acceptance_clock_id");
        c.correctionClockId = longOrNull(rs, "correction_clock_id");
        c.decisionClockId = longOrNull(rs, "decision_clock_id");
        c.serviceClockId = longOrNull(rs, "service_clock_id");
        c.answerClockId = longOrNull(rs, "answer_clock_id");
        c.opinionClockId = longOrNull(rs, "opinion_clock_id");
        c.rightsNotified = rs.getBoolean("rights_notified");
        c.rightsLearnedOn = date(rs, "rights_learned_on");
        c.immovableProperty = rs.getBoolean("immovable_property");
        c.decisionServedOn = date(rs, "decision_served_on");
        c.handlerId = longOrNull(rs, "handler_id");
        c.version = rs.getInt("version");
        return c;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** Consultations registered at the points, per point, in a period. */
    public record PointCount(long pointId, String pointName, String regionCode, long consultations) {}

    public List<PointCount> consultationCounts(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT p.id, p.name, p.region_code, COUNT(c.id) AS n FROM reconsideration_consultation_point p "
                        + "LEFT JOIN reconsideration_consultation c ON c.point_id = p.id AND c.consulted_on >= :f AND c.consulted_on <= :t "
                        + "GROUP BY p.id, p.name, p.region_code ORDER BY p.region_code")
                .param("f", from).param("t", to)
                .query((rs, n) -> new PointCount(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"),
                        rs.getLong("n")))
                .list();
    }

    public void insertConsultation(long pointId, LocalDate on, String topic, OffsetDateTime now, String by) {
        int exists = jdbc.sql("SELECT COUNT(*) FROM reconsideration_consultation_point WHERE id = :p AND active = TRUE")
                .param("p", pointId).query(Integer.class).single();
        if (exists == 0) {
            throw UserFacingException.badRequest("reconsideration.error.point");
        }
        CaseRows.insert(jdbc, "reconsideration_consultation", consultationColumns(pointId, on, topic, now, by));
    }

    /** The ids of the consultation points, in order (the demo year spreads its consultations over them). */
    public List<Long> consultationPoints() {
        return jdbc.sql("SELECT id FROM reconsideration_consultation_point ORDER BY id").query(Long.class).list();
    }

    /** A consultation's columns, the one mapping of {@link #insertConsultation} and the bulk path. */
    static Map<String, Object> consultationColumns(long pointId, LocalDate on, String topic, OffsetDateTime now,
            String by) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("point_id", pointId);
        m.put("consulted_on", on);
        m.put("topic", topic);
        m.put("recorded_at", now);
        m.put("recorded_by", by);
        return m;
    }

}
