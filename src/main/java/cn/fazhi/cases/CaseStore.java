package cn.fazhi.cases;

import java.util.Optional;

import cn.fazhi.platform.scope.DataScope;

/**
 * Where a case type keeps its aggregates, as the kernel needs it: find one, say whether a data scope covers it, and
 * save it version-checked. Implemented by each case type's repository; the kernel's {@link CaseSteps} is the only
 * caller that decides access and writes the step's epilogue.
 */
public interface CaseStore<C extends CaseAggregate<?>> {

    /** The kernel's case type code, e.g. {@code mediation}. */
    String caseType();

    /** The prefix of this type's audit actions, e.g. {@code mediation.dispute.}. */
    default String auditPrefix() {
        return caseType() + ".";
    }

    /** The permission needed to read a case of this type at all (pages, API, exports, downloads). */
    String readPermission();

    Optional<C> find(long id);

    /** Whether {@code scope} covers the case (its owning unit and region). */
    boolean covers(C aggregate, DataScope scope);

    /**
     * Saves the aggregate if its version is still the one read, bumping it; otherwise throws the 409 conflict
     * ({@code UserFacingException.conflict("error.conflict")}).
     */
    void update(C aggregate);
}
