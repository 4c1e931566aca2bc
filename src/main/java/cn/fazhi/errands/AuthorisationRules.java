package cn.fazhi.errands;

import java.time.LocalDate;
import java.util.Set;

/**
 * Whether an agent may act for a beneficiary on a day under an authorisation — 民法典 Art. 162 (an agent acts within
 * the authority given), Art. 171 (acts beyond the authority, or after it ended, do not bind the principal) and Art. 173
 * (authority by mandate ends when its period ends or the principal revokes it). So an agent may not act: outside the
 * authorised scopes (a payment only for the utilities listed; 代办 only for the listed item codes when codes are
 * listed), before the period starts or after it ends, or on or after the day the authorisation was revoked (revocation
 * takes effect at once). An agent no longer ACTIVE may not act either. The answer is {@code null} (allowed) or the
 * message key of the refusal.
 */
public final class AuthorisationRules {

    /** What the rules read of an authorisation. */
    public record Grant(Set<Scope> scopes, Set<String> itemCodes, LocalDate validFrom, LocalDate validTo,
            LocalDate revokedOn) {}

    private AuthorisationRules() {}

    public static String refusal(Grant g, AgentStatus agent, ErrandKind kind, Utility utility, String itemCode,
            LocalDate on) {
        if (g == null) {
            return "errands.rule.noAuthorisation";
        }
        if (agent != AgentStatus.ACTIVE) {
            return "errands.rule.agentInactive";
        }
        if (g.revokedOn() != null && !on.isBefore(g.revokedOn())) {
            return "errands.rule.revoked";
        }
        if (on.isBefore(g.validFrom())) {
            return "errands.rule.notYet";
        }
        if (on.isAfter(g.validTo())) {
            return "errands.rule.expired";
        }
        Scope needed = Scope.of(kind, utility);
        if (needed == null || !g.scopes().contains(needed)) {
            return "errands.rule.outOfScope";
        }
        if (kind == ErrandKind.SERVICE && !g.itemCodes().isEmpty()
                && (itemCode == null || !g.itemCodes().contains(itemCode))) {
            return "errands.rule.itemNotListed";
        }
        return null;
    }
}
