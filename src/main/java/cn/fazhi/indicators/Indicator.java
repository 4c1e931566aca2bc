package cn.fazhi.indicators;

import java.math.BigDecimal;

/**
 * One figure a module contributes, declared as a bean in that module's package. Implementations compute
 * {@link #value} and {@link #records} from the same condition, so the value of a count is always the total of its
 * records (a rate lists the records of its denominator and says in its definition which of them count).
 */
public interface Indicator {

    /** Stable id, {@code <module>.<subject>[.<measure>]}, e.g. {@code mediation.disputes.accepted}. */
    String id();

    IndicatorUnit unit();

    /** The figure for the query's period and region, within the caller's data scope. */
    BigDecimal value(IndicatorQuery query);

    /** The records behind the figure, newest first, one page ({@code page} from 0). */
    RecordPage records(IndicatorQuery query, int page, int size);
}
