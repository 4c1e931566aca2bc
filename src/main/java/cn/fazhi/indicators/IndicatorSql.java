package cn.fazhi.indicators;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes the common kinds of indicator for a module: a count or a sum of one table's rows by a date of their own
 * ({@link SqlIndicator}), and a rate of two counts ({@link RateIndicator}). A module declares the results as beans.
 */
@Component
public class IndicatorSql {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    IndicatorSql(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The rows of {@code source} whose {@code dateColumn} is in the period and that meet {@code condition}. */
    public SqlIndicator count(String id, SqlIndicator.Source source, String dateColumn, String condition) {
        return new SqlIndicator(id, IndicatorUnit.COUNT, source, dateColumn, condition, jdbc, messages);
    }

    /** The sum of {@code source.amountColumn} (yuan) over the same rows as {@link #count}. */
    public SqlIndicator sum(String id, SqlIndicator.Source source, String dateColumn, String condition) {
        return new SqlIndicator(id, IndicatorUnit.YUAN, source, dateColumn, condition, jdbc, messages);
    }

    /** {@code numerator / denominator} in percent with one decimal; its records are the denominator's. */
    public RateIndicator rate(String id, Indicator numerator, Indicator denominator) {
        return new RateIndicator(id, numerator, denominator);
    }
}
