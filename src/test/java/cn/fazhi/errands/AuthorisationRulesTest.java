package cn.fazhi.errands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 民法典 Arts. 162, 171, 173 as {@link AuthorisationRules} applies them: an agent may not act beyond the authorised
 * scopes or listed items, before or after the period, on or after the day of revocation, nor when not active.
 */
class AuthorisationRulesTest {

    static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    static final LocalDate TO = LocalDate.of(2025, 8, 31);
    static final AuthorisationRules.Grant WATER_AND_SERVICE = new AuthorisationRules.Grant(
            Set.of(Scope.PURCHASE, Scope.PAY_WATER, Scope.SERVICE), Set.of(), FROM, TO, null);
    static final AuthorisationRules.Grant LISTED = new AuthorisationRules.Grant(Set.of(Scope.SERVICE),
            Set.of("ITEM-1", "ITEM-2"), FROM, TO, null);
    static final AuthorisationRules.Grant REVOKED = new AuthorisationRules.Grant(Set.of(Scope.PURCHASE), Set.of(), FROM,
            TO, LocalDate.of(2025, 5, 10));

    static Stream<Arguments> cases() {
        LocalDate mid = LocalDate.of(2025, 4, 15);
        return Stream.of(
                Arguments.of("purchase within scope and period", WATER_AND_SERVICE, AgentStatus.ACTIVE, ErrandKind.PURCHASE, null, null, mid, null),
                Arguments.of("water bill within scope", WATER_AND_SERVICE, AgentStatus.ACTIVE, ErrandKind.PAYMENT, Utility.WATER, null, mid, null),
                Arguments.of("gas bill not authorised", WATER_AND_SERVICE, AgentStatus.ACTIVE, ErrandKind.PAYMENT, Utility.GAS, null, mid, "errands.rule.outOfScope"),
                Arguments.of("payment without a utility", WATER_AND_SERVICE, AgentStatus.ACTIVE, ErrandKind.PAYMENT, null, null, mid, "errands.rule.outOfScope"),
                Arguments.of("any item when none listed", WATER_AND_SERVICE, AgentStatus.ACTIVE, ErrandKind.SERVICE, null, "ANY", mid, null),
                Arguments.of("listed item", LISTED, AgentStatus.ACTIVE, ErrandKind.SERVICE, null, "ITEM-2", mid, null),
                Arguments.of("item not listed", LISTED, AgentStatus.ACTIVE, ErrandKind.SERVICE, null, "ITEM-3", mid, "errands.rule.itemNotListed"),
                Arguments.of("purchase beyond a service-only grant", LISTED, AgentStatus.ACTIVE, ErrandKind.PURCHASE, null, null, mid, "errands.rule.outOfScope"),
                Arguments.of("first day of the period", WATER_AND_SERVICE, AgentStatus.ACTIVE, ErrandKind.PURCHASE, null, null, FROM, null),
                Arguments.of("last day of the period", WATER_AND_SERVICE, AgentStatus.ACTIVE, ErrandKind.PURCHASE, null, null, TO, null),
                Arguments.of("the day before the period", WATER_AND_SERVICE, AgentStatus.ACTIVE, ErrandKind.PURCHASE, null, null, FROM.minusDays(1), "errands.rule.notYet"),
                Arguments.of("the day after the period", WATER_AND_SERVICE, AgentStatus.ACTIVE, ErrandKind.PURCHASE, null, null, TO.plusDays(1), "errands.rule.expired"),
                Arguments.of("the day before revocation", REVOKED, AgentStatus.ACTIVE, ErrandKind.PURCHASE, null, null, LocalDate.of(2025, 5, 9), null),
                Arguments.of("the day of revocation", REVOKED, AgentStatus.ACTIVE, ErrandKind.PURCHASE, null, null, LocalDate.of(2025, 5, 10), "errands.rule.revoked"),
                Arguments.of("after revocation", REVOKED, AgentStatus.ACTIVE, ErrandKind.PURCHASE, null, null, LocalDate.of(2025, 6, 1), "errands.rule.revoked"),
                Arguments.of("suspended agent", WATER_AND_SERVICE, AgentStatus.SUSPENDED, ErrandKind.PURCHASE, null, null, mid, "errands.rule.agentInactive"),
                Arguments.of("agent who left", WATER_AND_SERVICE, AgentStatus.LEFT, ErrandKind.PURCHASE, null, null, mid, "errands.rule.agentInactive"),
                Arguments.of("no authorisation at all", null, AgentStatus.ACTIVE, ErrandKind.PURCHASE, null, null, mid, "errands.rule.noAuthorisation"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theAgentMayActOnlyWithinTheAuthorisation(String name, AuthorisationRules.Grant grant, AgentStatus agent,
            ErrandKind kind, Utility utility, String item, LocalDate on, String refusal) {
        assertThat(AuthorisationRules.refusal(grant, agent, kind, utility, item, on)).isEqualTo(refusal);
    }
}
