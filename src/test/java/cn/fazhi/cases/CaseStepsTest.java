package cn.fazhi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.mediation.DisputeCategory;
import cn.fazhi.mediation.DisputeCommands;
import cn.fazhi.mediation.DisputeStatus;
import cn.fazhi.mediation.Disputes;
import cn.fazhi.mediation.IntakeChannel;
import cn.fazhi.mediation.PartyKind;
import cn.fazhi.mediation.PartyRole;
import cn.fazhi.mediation.PublicApplication;
import cn.fazhi.mediation.TrackingReceipt;
import cn.fazhi.mediation.domain.Dispute;
import cn.fazhi.mediation.domain.DisputeRepository;
import cn.fazhi.mediation.domain.DisputeSteps;
import cn.fazhi.mediation.events.DisputeAccepted;
import cn.fazhi.platform.crypto.Sm3;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The kernel's step call, scoped access and tracking receipts, proven once with mediation as the sample case type:
 * the step's refusals (stale version 409, missing version 400, out of scope 404, not allowed now 409, no permission
 * 403), one step = one timeline entry + one audit record + its event, and the receipts (the right answer opens; a
 * wrong secret and a wrong code get the same 404, each audited; too many failures 429; salted hashes).
 */
@IntegrationTest
@RecordApplicationEvents
@TestPropertySource(properties = "fazhi.cases.tracking-failures=3")
class CaseStepsTest {

    static final String WENQUAN = "421202001";

    @Autowired
    CaseSteps steps;

    @Autowired
    DisputeRepository store;

    @Autowired
    Disputes disputes;

    @Autowired
    TrackingReceipts receipts;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signIn(String prefix, long unitId, String role) {
        var details = userAccounts.loadDetails(accounts.create(prefix, unitId, role)).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
    }

    /** A dispute in Wenquan registered by a Wenquan mediator (who stays signed in). */
    long registered() {
        signIn("kswq", 18, "MEDIATOR");
        var command = new DisputeCommands.Register(IntakeChannel.WALK_IN, DisputeCategory.NEIGHBOUR, WENQUAN, null, null,
                null, LocalDate.now().minusDays(5), "相邻通行纠纷", new BigDecimal("300"), null, null, List.of(
                        new DisputeCommands.Party(PartyRole.APPLICANT, PartyKind.PERSON, "甲某", null, null),
                        new DisputeCommands.Party(PartyRole.RESPONDENT, PartyKind.PERSON, "乙某", null, null)));
        return disputes.register(command, currentUsers.require()).id();
    }

    Dispute accept(long id, Integer version) {
        return steps.step(store, DisputeSteps.TABLE, id, version, DisputeSteps.ACCEPT,
                d -> StepOutcome.of(d.accept(LocalDate.now(), null, LocalDate.now()), "kernel test"));
    }

    static void refused(Supplier<?> call, HttpStatus status, String key) {
        assertThatThrownBy(call::get).isInstanceOf(UserFacingException.class).satisfies(e -> {
            assertThat(((UserFacingException) e).status()).isEqualTo(status);
            assertThat(((UserFacingException) e).messageKey()).isEqualTo(key);
        });
    }

    long timeline(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_type = 'mediation' AND case_id = :id")
                .param("id", id).query(Long.class).single();
    }

    long audit(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE target_type = 'mediation' AND target_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single();
    }

    long audited(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a").param("a", action).query(Long.class).single();
    }

    @Test
    void oneStepWritesOneTimelineEntryOneAuditRecordAndPublishesItsEvent() {
        long id = registered();
        long entries = timeline(id);
        long records = audit(id);
        events.clear();
        Dispute accepted = accept(id, 0);
        assertThat(accepted.status()).isEqualTo(DisputeStatus.ACCEPTED);
        assertThat(accepted.version()).isEqualTo(1);
        assertThat(timeline(id)).isEqualTo(entries + 1);
        assertThat(audit(id)).isEqualTo(records + 1);
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE target_type = 'mediation' AND target_id = :id "
                        + "ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .param("id", Long.toString(id)).query(String.class).single()).isEqualTo("mediation.dispute.accepted");
        assertThat(events.stream(DisputeAccepted.class).filter(e -> e.disputeId() == id)).hasSize(1);
    }

    @Test
    void aStaleVersionIsAConflictAndAMissingOneIsRefused() {
        long id = registered();
        accept(id, 0);
        refused(() -> steps.step(store, DisputeSteps.TABLE, id, 0, DisputeSteps.WITHDRAW,
                d -> StepOutcome.of(d.withdraw(LocalDate.now(), null, LocalDate.now()))), HttpStatus.CONFLICT,
                "error.conflict");
        refused(() -> steps.step(store, DisputeSteps.TABLE, id, null, DisputeSteps.WITHDRAW,
                d -> StepOutcome.of(d.withdraw(LocalDate.now(), null, LocalDate.now()))), HttpStatus.BAD_REQUEST,
                "cases.step.versionRequired");
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(DisputeStatus.ACCEPTED);
    }

    @Test
    void aStepTheStatusDoesNotAllowNowIsAConflict() {
        long id = registered();
        long entries = timeline(id);
        refused(() -> steps.step(store, DisputeSteps.TABLE, id, 0, DisputeSteps.CLOSE,
                d -> StepOutcome.of(d.close(LocalDate.now(), LocalDate.now()))), HttpStatus.CONFLICT, "cases.step.notNow");
        assertThat(timeline(id)).isEqualTo(entries);
        assertThat(store.find(id).orElseThrow().version()).isZero();
    }

    @Test
    void anotherTownshipsMediatorFindsNothingAndSomeoneWithoutThePermissionIsForbidden() {
        long id = registered();
        signIn("ksmq", 36, "MEDIATOR");
        refused(() -> steps.load(store, id), HttpStatus.NOT_FOUND, "error.notFound");
        assertThat(steps.canRead(store, id)).isFalse();
        refused(() -> accept(id, 0), HttpStatus.NOT_FOUND, "error.notFound");

        signIn("ksld", 3, "LEADER");
        assertThat(steps.load(store, id).id()).isEqualTo(id);
        refused(() -> accept(id, 0), HttpStatus.FORBIDDEN, "error.forbidden");
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(DisputeStatus.REGISTERED);
    }

    TrackingReceipt apply(String name) {
        String first = "42120219850505012";
        return disputes.apply(new PublicApplication(name, first + cn.fazhi.platform.identifiers.ResidentIdNumber
                .checkCharacter(first), "13907150000", "被申请人", null, WENQUAN, null, DisputeCategory.NEIGHBOUR,
                "噪音纠纷", BigDecimal.ZERO));
    }

    @Test
    void aReceiptOpensWithItsSecretOnlyAnsweringEveryWrongTryAlikeAuditedAndThrottled() {
        TrackingReceipt a = apply("申请人甲");
        TrackingReceipt b = apply("申请人乙");
        long idA = receipts.open("mediation", a.trackingCode(), a.secret());
        assertThat(store.find(idA).orElseThrow().caseNumber()).isEqualTo(a.caseNumber());
        assertThat(audited("cases.tracking.opened")).isPositive();
        assertThat(disputes.track(a.trackingCode(), a.secret()).caseNumber()).isEqualTo(a.caseNumber());

        // salted: the same secret stored for two receipts gives two different hashes, and each opens its own case
        var rowA = jdbc.sql("SELECT salt, secret_hash, scheme FROM case_tracking WHERE case_type = 'mediation' AND code = :c")
                .param("c", a.trackingCode()).query().singleRow();
        var rowB = jdbc.sql("SELECT salt, secret_hash FROM case_tracking WHERE case_type = 'mediation' AND code = :c")
                .param("c", b.trackingCode()).query().singleRow();
        assertThat(rowA.get("scheme")).isEqualTo("SM3_SALTED");
        assertThat(rowA.get("secret_hash")).isEqualTo(Sm3.hex(rowA.get("salt") + ":" + a.secret()));
        String sameSecretForB = Sm3.hex(rowB.get("salt") + ":" + a.secret());
        jdbc.sql("UPDATE case_tracking SET secret_hash = :h WHERE case_type = 'mediation' AND code = :c")
                .param("h", sameSecretForB).param("c", b.trackingCode()).update();
        assertThat(rowA.get("salt")).isNotEqualTo(rowB.get("salt"));
        assertThat(sameSecretForB).isNotEqualTo(rowA.get("secret_hash"));
        long idB = receipts.open("mediation", b.trackingCode(), a.secret());
        assertThat(idB).isNotEqualTo(idA);

        // a wrong secret and a wrong code: the same 404, one audit record each
        long refusedBefore = audited("cases.tracking.refused");
        refused(() -> receipts.open("mediation", a.trackingCode(), "WRONG234"), HttpStatus.NOT_FOUND,
                "cases.tracking.unknown");
        assertThat(audited("cases.tracking.refused")).isEqualTo(refusedBefore + 1);
        refused(() -> receipts.open("mediation", "NOSUCHCODE22", a.secret()), HttpStatus.NOT_FOUND,
                "cases.tracking.unknown");
        assertThat(audited("cases.tracking.refused")).isEqualTo(refusedBefore + 2);
        // a mediation receipt does not open a case of another type (the third failure)
        refused(() -> receipts.open("reconsideration", a.trackingCode(), a.secret()), HttpStatus.NOT_FOUND,
                "cases.tracking.unknown");

        // three failures used up the allowance (fazhi.cases.tracking-failures=3): then 429, even for the right answer
        refused(() -> disputes.track(a.trackingCode(), a.secret()), HttpStatus.TOO_MANY_REQUESTS,
                "cases.tracking.tooMany");
        refused(() -> receipts.open("mediation", "NOSUCHCODE22", "WRONG345"), HttpStatus.TOO_MANY_REQUESTS,
                "cases.tracking.tooMany");
        assertThat(audited("cases.tracking.throttled")).isPositive();
    }
}
