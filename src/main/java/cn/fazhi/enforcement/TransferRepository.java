package cn.fazhi.enforcement;

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

/** Where transfers are kept (table {@code enforcement_transfer}), in the kernel's repository style. */
@Repository
class TransferRepository implements CaseStore<Transfer> {

    private static final String[] COLUMNS = {"case_number:caseNumber", "penalty_case_id:penaltyCaseId", "unit_id:unitId",
        "region_code:regionCode", "suspected_crime:suspectedCrime", "facts:facts", "reported_on:reportedOn",
        "head_due_on:headDueOn", "status:status", "approved_at:approvedAt", "head_decided_on:headDecidedOn",
        "approved_by:approvedBy", "head_opinion:headOpinion", "transfer_due_at:transferDueAt",
        "transferred_at:transferredAt", "transferred_on:transferredOn", "police_organ:policeOrgan",
        "attachments:attachments", "received_on:receivedOn", "receipt_number:receiptNumber", "police_due_on:policeDueOn",
        "police_decided_on:policeDecidedOn", "police_reason:policeReason", "reconsider_due_on:reconsiderDueOn",
        "reconsider_requested_on:reconsiderRequestedOn", "reconsider_reason:reconsiderReason",
        "reconsider_decided_on:reconsiderDecidedOn", "created_at:createdAt", "created_by:createdBy"};
    private static final int FIRST_UPDATED = 8; // from status on; the earlier columns never change

    private final JdbcClient jdbc;

    TransferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return Transfers.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "enforcement.transfer.";
    }

    @Override
    public String readPermission() {
        return EnforcementPermissions.VIEW;
    }

    @Override
    public Optional<Transfer> find(long id) {
        return jdbc.sql("SELECT * FROM enforcement_transfer WHERE id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public boolean covers(Transfer t, DataScope scope) {
        return scope.covers(t.unitId, t.regionCode);
    }

    void insert(Transfer t) {
        StringBuilder cols = new StringBuilder();
        StringBuilder vals = new StringBuilder();
        for (String c : COLUMNS) {
            String[] p = c.split(":");
            cols.append(cols.isEmpty() ? "" : ", ").append(p[0]);
            vals.append(vals.isEmpty() ? ":" : ", :").append(p[1]);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enforcement_transfer (" + cols + ") VALUES (" + vals + ")").params(values(t))
                .update(keys, "id");
        t.id = keys.getKeyAs(Long.class);
    }

    @Override
    public void update(Transfer t) {
        StringBuilder set = new StringBuilder();
        for (int i = FIRST_UPDATED; i < COLUMNS.length - 2; i++) {
            String[] p = COLUMNS[i].split(":");
            set.append(p[0]).append(" = :").append(p[1]).append(", ");
        }
        Map<String, Object> v = values(t);
        v.put("id", t.id);
        v.put("v", t.version);
        int n = jdbc.sql("UPDATE enforcement_transfer SET " + set + "version = version + 1 WHERE id = :id AND version = :v")
                .params(v).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        t.version++;
    }

    private static Map<String, Object> values(Transfer t) {
        Map<String, Object> v = new HashMap<>();
        v.put("caseNumber", t.caseNumber);
        v.put("penaltyCaseId", t.penaltyCaseId);
        v.put("unitId", t.unitId);
        v.put("regionCode", t.regionCode);
        v.put("suspectedCrime", t.suspectedCrime);
        v.put("facts", t.facts);
        v.put("reportedOn", t.reportedOn);
        v.put("headDueOn", t.headDueOn);
        v.put("status", t.status.name());
        v.put("approvedAt", t.approvedAt);
        v.put("headDecidedOn", t.headDecidedOn);
        v.put("approvedBy", t.approvedBy);
        v.put("headOpinion", t.headOpinion);
        v.put("transferDueAt", t.transferDueAt);
        v.put("transferredAt", t.transferredAt);
        v.put("transferredOn", t.transferredOn);
        v.put("policeOrgan", t.policeOrgan);
        v.put("attachments", t.attachments);
        v.put("receivedOn", t.receivedOn);
        v.put("receiptNumber", t.receiptNumber);
        v.put("policeDueOn", t.policeDueOn);
        v.put("policeDecidedOn", t.policeDecidedOn);
        v.put("policeReason", t.policeReason);
        v.put("reconsiderDueOn", t.reconsiderDueOn);
        v.put("reconsiderRequestedOn", t.reconsiderRequestedOn);
        v.put("reconsiderReason", t.reconsiderReason);
        v.put("reconsiderDecidedOn", t.reconsiderDecidedOn);
        v.put("createdAt", t.createdAt);
        v.put("createdBy", t.createdBy);
        return v;
    }

    private Transfer map(ResultSet rs, int n) throws SQLException {
        Transfer t = new Transfer();
        t.id = rs.getLong("id");
        t.caseNumber = rs.getString("case_number");
        t.penaltyCaseId = rs.getLong("penalty_case_id");
        t.unitId = rs.getLong("unit_id");
        t.regionCode = rs.getString("region_code");
        t.suspectedCrime = rs.getString("suspected_crime");
        t.facts = rs.getString("facts");
        t.reportedOn = rs.getObject("reported_on", LocalDate.class);
        t.headDueOn = rs.getObject("head_due_on", LocalDate.class);
        t.status = TransferStatus.valueOf(rs.getString("status"));
        t.approvedAt = rs.getObject("approved_at", OffsetDateTime.class);
        t.headDecidedOn = rs.getObject("head_decided_on", LocalDate.class);
        t.approvedBy = rs.getString("approved_by");
        t.headOpinion = rs.getString("head_opinion");
        t.transferDueAt = rs.getObject("transfer_due_at", OffsetDateTime.class);
        t.transferredAt = rs.getObject("transferred_at", OffsetDateTime.class);
        t.transferredOn = rs.getObject("transferred_on", LocalDate.class);
        t.policeOrgan = rs.getString("police_organ");
        t.attachments = rs.getString("attachments");
        t.receivedOn = rs.getObject("received_on", LocalDate.class);
        t.receiptNumber = rs.getString("receipt_number");
        t.policeDueOn = rs.getObject("police_due_on", LocalDate.class);
        t.policeDecidedOn = rs.getObject("police_decided_on", LocalDate.class);
        t.policeReason = rs.getString("police_reason");
        t.reconsiderDueOn = rs.getObject("reconsider_due_on", LocalDate.class);
        t.reconsiderRequestedOn = rs.getObject("reconsider_requested_on", LocalDate.class);
        t.reconsiderReason = rs.getString("reconsider_reason");
        t.reconsiderDecidedOn = rs.getObject("reconsider_decided_on", LocalDate.class);
        t.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        t.createdBy = rs.getString("created_by");
        t.version = rs.getInt("version");
        return t;
    }
}
