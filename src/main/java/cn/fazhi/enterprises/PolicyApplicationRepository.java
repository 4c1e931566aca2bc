package cn.fazhi.enterprises;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.fazhi.cases.CaseStore;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Where policy applications are kept (table {@code policy_application}). Scope: the deciding unit of the policy (its
 * unit and region) — a unit sees the applications of the policies it decides, a township those of its region, the
 * district's roles all.
 */
@Repository
class PolicyApplicationRepository implements CaseStore<PolicyApplication> {

    private final JdbcClient jdbc;

    PolicyApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String scopeCondition(DataScope scope) {
        return scope.sqlCondition("a.unit_id", "a.region_code");
    }

    @Override
    public String caseType() {
        return PolicyApplications.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "enterprises.policyApplication.";
    }

    @Override
    public String readPermission() {
        return Enterprises.VIEW;
    }

    @Override
    public Optional<PolicyApplication> find(long id) {
        return jdbc.sql("SELECT * FROM policy_application WHERE id = :id").param("id", id).query((rs, n) -> {
            PolicyApplication a = new PolicyApplication();
            a.id = rs.getLong("id");
            a.caseNumber = rs.getString("case_number");
            a.status = PolicyApplicationStatus.valueOf(rs.getString("status"));
            a.policyId = rs.getLong("policy_id");
            a.enterpriseId = rs.getLong("enterprise_id");
            a.unitId = rs.getLong("unit_id");
            a.regionCode = rs.getString("region_code");
            a.statement = rs.getString("statement");
            a.submittedOn = rs.getObject("submitted_on", LocalDate.class);
            a.lastSubmittedOn = rs.getObject("last_submitted_on", LocalDate.class);
            a.eligible = rs.getBoolean("eligible");
            a.explanation = rs.getString("explanation");
            a.reviewDue = rs.getObject("review_due", LocalDate.class);
            a.acceptedOn = rs.getObject("accepted_on", LocalDate.class);
            a.returnedOn = rs.getObject("returned_on", LocalDate.class);
            a.returnReason = rs.getString("return_reason");
            a.returnCount = rs.getInt("return_count");
            a.decidedOn = rs.getObject("decided_on", LocalDate.class);
            a.decidedOnTime = rs.getObject("decided_on_time", Boolean.class);
            a.grantedAmount = rs.getBigDecimal("granted_amount");
            a.decisionReason = rs.getString("decision_reason");
            a.paymentDue = rs.getObject("payment_due", LocalDate.class);
            a.paidOn = rs.getObject("paid_on", LocalDate.class);
            a.paidOnTime = rs.getObject("paid_on_time", Boolean.class);
            a.version = rs.getInt("version");
            return a;
        }).optional();
    }

    @Override
    public boolean covers(PolicyApplication a, DataScope scope) {
        return scope.covers(a.unitId, a.regionCode);
    }

    @Override
    public void update(PolicyApplication a) {
        Map<String, Object> v = new HashMap<>();
        v.put("status", a.status.name());
        v.put("statement", a.statement);
        v.put("last", a.lastSubmittedOn);
        v.put("eligible", a.eligible);
        v.put("explanation", a.explanation);
        v.put("reviewDue", a.reviewDue);
        v.put("acceptedOn", a.acceptedOn);
        v.put("returnedOn", a.returnedOn);
        v.put("returnReason", a.returnReason);
        v.put("returns", a.returnCount);
        v.put("decidedOn", a.decidedOn);
        v.put("decidedOnTime", a.decidedOnTime);
        v.put("granted", a.grantedAmount);
        v.put("reason", a.decisionReason);
        v.put("paymentDue", a.paymentDue);
        v.put("paidOn", a.paidOn);
        v.put("paidOnTime", a.paidOnTime);
        v.put("id", a.id);
        v.put("v", a.version);
        int n = jdbc.sql("UPDATE policy_application SET status = :status, statement = :statement, "
                        + "last_submitted_on = :last, eligible = :eligible, explanation = :explanation, review_due = :reviewDue, "
                        + "accepted_on = :acceptedOn, returned_on = :returnedOn, return_reason = :returnReason, "
                        + "return_count = :returns, decided_on = :decidedOn, decided_on_time = :decidedOnTime, "
                        + "granted_amount = :granted, decision_reason = :reason, payment_due = :paymentDue, paid_on = :paidOn, "
                        + "paid_on_time = :paidOnTime, version = version + 1 WHERE id = :id AND version = :v")
                .params(v).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        a.version++;
    }
}
