package cn.fazhi.services;

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
 * Where applications are kept (table {@code service_application}). Scope: the responsible department's staff see its
 * applications, the receiving window's staff those it received, a township or district scope every application of
 * its region.
 */
@Repository
class ApplicationRepository implements CaseStore<Application> {

    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope condition over an application aliased {@code a}. */
    static String scopeCondition(DataScope scope) {
        return "(" + scope.sqlCondition("a.unit_id", "a.region_code") + " OR "
                + scope.sqlCondition("a.received_unit_id", "a.region_code") + ")";
    }

    @Override
    public String caseType() {
        return Applications.CASE_TYPE;
    }

    @Override
    public String auditPrefix() {
        return "services.application.";
    }

    @Override
    public String readPermission() {
        return ApplicationPermissions.VIEW;
    }

    @Override
    public Optional<Application> find(long id) {
        return jdbc.sql("SELECT * FROM service_application WHERE id = :id").param("id", id).query((rs, n) -> {
            Application a = new Application();
            a.id = rs.getLong("id");
            a.caseNumber = rs.getString("case_number");
            a.status = ApplicationStatus.valueOf(rs.getString("status"));
            a.unitId = rs.getLong("unit_id");
            a.receivedUnitId = rs.getLong("received_unit_id");
            a.regionCode = rs.getString("region_code");
            a.licence = rs.getBoolean("licence");
            a.joint = rs.getBoolean("joint");
            a.instantItem = rs.getBoolean("instant_item");
            a.receivedOn = date(rs, "received_on");
            a.correctionOn = date(rs, "correction_on");
            a.correctionItems = rs.getString("correction_items");
            a.acceptedOn = date(rs, "accepted_on");
            a.deemedAccepted = rs.getBoolean("deemed_accepted");
            a.notAcceptedGround = rs.getString("not_accepted_ground");
            a.notAcceptedNote = rs.getString("not_accepted_note");
            a.legalDue = date(rs, "legal_due");
            a.promisedDue = date(rs, "promised_due");
            a.extended = rs.getBoolean("extended");
            a.extensionReason = rs.getString("extension_reason");
            a.excludedDays = rs.getInt("excluded_days");
            a.decidedOn = date(rs, "decided_on");
            a.onTheSpot = rs.getBoolean("on_the_spot");
            a.outcome = rs.getString("outcome");
            a.refusalReason = rs.getString("refusal_reason");
            a.remedyNotice = rs.getString("remedy_notice");
            a.certificateDue = date(rs, "certificate_due");
            a.servedOn = date(rs, "served_on");
            a.renewal = rs.getBoolean("renewal");
            a.licenceExpiresOn = date(rs, "licence_expires_on");
            a.deemedRenewed = rs.getBoolean("deemed_renewed");
            a.overdueReason = rs.getString("overdue_reason");
            a.overduePublishedOn = date(rs, "overdue_published_on");
            a.version = rs.getInt("version");
            a.promisedDays = jdbc.sql("SELECT promised_days FROM service_item_version WHERE id = :v")
                    .param("v", rs.getLong("item_version_id")).query(Integer.class).single();
            return a;
        }).optional();
    }

    private static LocalDate date(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    @Override
    public boolean covers(Application a, DataScope scope) {
        return scope.covers(a.unitId, a.regionCode) || scope.covers(a.receivedUnitId, a.regionCode);
    }

    @Override
    public void update(Application a) {
        Map<String, Object> v = new HashMap<>();
        v.put("status", a.status.name());
        v.put("correctionOn", a.correctionOn);
        v.put("correctionItems", a.correctionItems);
        v.put("acceptedOn", a.acceptedOn);
        v.put("deemed", a.deemedAccepted);
        v.put("ground", a.notAcceptedGround);
        v.put("groundNote", a.notAcceptedNote);
        v.put("legalDue", a.legalDue);
        v.put("promisedDue", a.promisedDue);
        v.put("extended", a.extended);
        v.put("extensionReason", a.extensionReason);
        v.put("excluded", a.excludedDays);
        v.put("decidedOn", a.decidedOn);
        v.put("spot", a.onTheSpot);
        v.put("outcome", a.outcome);
        v.put("refusal", a.refusalReason);
        v.put("remedy", a.remedyNotice);
        v.put("certDue", a.certificateDue);
        v.put("servedOn", a.servedOn);
        v.put("renewed", a.deemedRenewed);
        v.put("overdueReason", a.overdueReason);
        v.put("overduePublished", a.overduePublishedOn);
        v.put("id", a.id);
        v.put("v", a.version);
        int n = jdbc.sql("UPDATE service_application SET status = :status, correction_on = :correctionOn, "
                        + "correction_items = :correctionItems, accepted_on = :acceptedOn, deemed_accepted = :deemed, "
                        + "not_accepted_ground = :ground, not_accepted_note = :groundNote, legal_due = :legalDue, "
                        + "promised_due = :promisedDue, extended = :extended, extension_reason = :extensionReason, "
                        + "excluded_days = :excluded, decided_on = :decidedOn, on_the_spot = :spot, outcome = :outcome, "
                        + "refusal_reason = :refusal, remedy_notice = :remedy, certificate_due = :certDue, "
                        + "served_on = :servedOn, deemed_renewed = :renewed, overdue_reason = :overdueReason, "
                        + "overdue_published_on = :overduePublished, version = version + 1 WHERE id = :id AND version = :v")
                .params(v).update();
        if (n != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
        a.version++;
    }
}
