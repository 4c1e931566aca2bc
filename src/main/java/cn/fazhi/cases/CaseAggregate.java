package cn.fazhi.cases;

/**
 * A case as the kernel's step call sees it: every case type's aggregate implements this. {@code version} is the
 * optimistic-lock version its store checks and bumps on every update.
 *
 * @param <S> the case type's status enum, whose allowed moves are its {@link Transitions} table
 */
public interface CaseAggregate<S extends Enum<S>> {

    long id();

    String caseNumber();

    S status();

    int version();
}
