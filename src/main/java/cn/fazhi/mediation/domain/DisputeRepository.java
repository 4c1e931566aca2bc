package cn.fazhi.mediation.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseRows;
import cn.fazhi.cases.CaseStore;
import cn.fazhi.mediation.AgreementForm;
import cn.fazhi.mediation.ConfirmationResult;
import cn.fazhi.mediation.DisputeCategory;
import cn.fazhi.mediation.DisputeStatus;
import cn.fazhi.mediation.IntakeChannel;
import cn.fazhi.platform.scope.DataScope;

/**
 * Disputes in the {@code dispute} table, the kernel's store of the {@code mediation} case type: every update checks
 * and bumps {@code version} (optimistic locking); reading is the kernel's ({@code CaseSteps.load}).
 */
@Repository
public class DisputeRepository implements CaseStore<Dispute> {

    /** The kernel's case type code (numbers, timeline, attachments, tracking, warnings). */
    public static final String CASE_TYPE = "mediation";
    /** Reading disputes at all. */
    public static final String VIEW = "mediation:view";

    private static final String[] COLUMNS = {"case_number", "number_scope", "committee_id", "channel", "category", "status",
            "township_code", "village_code", "unit_id", "handler_id", "received_on", "summary", "amount", "court_name",
            "court_reference", "accepted_on", "declined_on", "decline_reason", "agreement_form", "agreement_terms",
            "agreement_amount", "performance_deadline", "agreement_effective_on", "failed_on", "routes_explained",
            "failure_note", "withdrawn_on", "withdraw_reason", "performance_checked_on", "performed", "performance_note",
            "return_visit_on", "return_visit_note", "closed_on", "confirmation_clock_id", "confirmation_due_on",
            "confirmation_court", "confirmation_applied_on", "confirmation_result", "confirmation_decided_on"};

    /** The scope condition over a dispute's owning unit and township. */
    public static final String SCOPE_UNIT = "d.unit_id";
    public static final String SCOPE_REGION = "d.township_code";

    private final JdbcClient jdbc;

    DisputeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Dispute d, OffsetDateTime now, String actor) {
        Map<String, Object> values = values(d);
        values.put("created_at", now);
        values.put("created_by", actor);
        CaseRows.insert(jdbc, "dispute", values);
        d.id = jdbc.sql("SELECT id FROM dispute WHERE number_scope = :s AND case_number = :n").param("s", d.numberScope)
                .param("n", d.caseNumber).query(Long.class).single();
        d.version = 0;
        return d.id;
    }

    /** Saves the aggregate if nobody changed it since it was read; otherwise a 409 conflict. */
    @Override
    public void update(Dispute d) {
        CaseRows.update(jdbc, "dispute", d.id, d.version, values(d));
        d.version++;
    }

    @Override
    public Optional<Dispute> find(long id) {
        return jdbc.sql("SELECT d.* FROM dispute d WHERE d.id = :id").param("id", id).query(DisputeRepository::map).optional();
    }

    /** The dispute's owning unit and township decide the scope, as the list's scope condition does. */
    @Override
    public boolean covers(Dispute d, DataScope scope) {
        return scope.covers(d.unitId, d.townshipCode);
    }

    @Override
    public String caseType() {
        return CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "mediation.dispute.";
    }

    @Override
    public String readPermission() {
        return VIEW;
    }

    /** The aggregate's column values by column name: the one mapping behind insert, update and {@link DisputeBulk}. */
    static Map<String, Object> values(Dispute d) {
        Object[] v = {d.caseNumber, d.numberScope, d.committeeId, name(d.channel), name(d.category), name(d.status), d.townshipCode,
                d.villageCode, d.unitId, d.handlerId, d.receivedOn, d.summary, d.amount, d.courtName, d.courtReference,
                d.acceptedOn, d.declinedOn, d.declineReason, name(d.agreementForm), d.agreementTerms, d.agreementAmount,
                d.performanceDeadline, d.agreementEffectiveOn, d.failedOn, d.routesExplained, d.failureNote,
                d.withdrawnOn, d.withdrawReason, d.performanceCheckedOn, d.performed, d.performanceNote,
                d.returnVisitOn, d.returnVisitNote, d.closedOn, d.confirmationClockId, d.confirmationDueOn,
                d.confirmationCourt, d.confirmationAppliedOn, name(d.confirmationResult), d.confirmationDecidedOn};
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            values.put(COLUMNS[i], v[i]);
        }
        return values;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static Dispute map(ResultSet rs, int n) throws SQLException {
        Dispute d = new Dispute();
        d.id = rs.getLong("id");
        d.caseNumber = rs.getString("case_number");
        d.numberScope = rs.getString("number_scope");
        d.committeeId = rs.getLong("committee_id");
        d.channel = IntakeChannel.valueOf(rs.getString("channel"));
        d.category = DisputeCategory.valueOf(rs.getString("category"));
        d.status = DisputeStatus.valueOf(rs.getString("status"));
        d.townshipCode = rs.getString("township_code");
        d.villageCode = rs.getString("village_code");
        d.unitId = rs.getLong("unit_id");
        d.handlerId = rs.getObject("handler_id", Long.class);
        d.receivedOn = date(rs, "received_on");
        d.summary = rs.getString("summary");
        d.amount = rs.getBigDecimal("amount");
        d.courtName = rs.getString("court_name");
        d.courtReference = rs.getString("court_reference");
        d.acceptedOn = date(rs, "accepted_on");
        d.declinedOn = date(rs, "declined_on");
        d.declineReason = rs.getString("decline_reason");
        d.agreementForm = rs.getString("agreement_form") == null ? null : AgreementForm.valueOf(rs.getString("agreement_form"));
        d.agreementTerms = rs.getString("agreement_terms");
        d.agreementAmount = rs.getBigDecimal("agreement_amount");
        d.performanceDeadline = date(rs, "performance_deadline");
        d.agreementEffectiveOn = date(rs, "agreement_effective_on");
        d.failedOn = date(rs, "failed_on");
        d.routesExplained = rs.getObject("routes_explained", Boolean.class);
        d.failureNote = rs.getString("failure_note");
        d.withdrawnOn = date(rs, "withdrawn_on");
        d.withdrawReason = rs.getString("withdraw_reason");
        d.performanceCheckedOn = date(rs, "performance_checked_on");
        d.performed = rs.getObject("performed", Boolean.class);
        d.performanceNote = rs.getString("performance_note");
        d.returnVisitOn = date(rs, "return_visit_on");
        d.returnVisitNote = rs.getString("return_visit_note");
        d.closedOn = date(rs, "closed_on");
        d.confirmationClockId = rs.getObject("confirmation_clock_id", Long.class);
        d.confirmationDueOn = date(rs, "confirmation_due_on");
        d.confirmationCourt = rs.getString("confirmation_court");
        d.confirmationAppliedOn = date(rs, "confirmation_applied_on");
        d.confirmationResult = rs.getString("confirmation_result") == null ? null
                : ConfirmationResult.valueOf(rs.getString("confirmation_result"));
        d.confirmationDecidedOn = date(rs, "confirmation_decided_on");
        d.version = rs.getInt("version");
        return d;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

}
