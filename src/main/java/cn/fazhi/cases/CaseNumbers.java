package cn.fazhi.cases;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.platform.validation.BusinessDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case numbers such as {@code 咸安调〔2024〕123号}: one gap-free sequence per case type, scope key (e.g. a township
 * code or "district") and year. The number is drawn inside the transaction that creates the case: the sequence row
 * stays locked until it commits, so concurrent creations queue, and a rolled-back creation gives its number back.
 * The pattern is configured per type in {@code case_number_format} with the placeholders {@code {year}},
 * {@code {seq}}, {@code {scope}} (the scope key) and {@code {scopeName}} (a printable name of the scope the caller
 * gives, e.g. a township's short name, so that numbers of different scopes never print alike). A bulk import reserves
 * its block with {@link #reserveBlock} in a transaction of its own instead, so that it does not hold the sequence for
 * its whole run. A year outside {@link BusinessDates} is refused (400), never printed as "〔0〕".
 */
@Service
public class CaseNumbers {

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    CaseNumbers(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String caseType, String scopeKey, int year) {
        return next(caseType, scopeKey, null, year);
    }

    /** {@link #next(String, String, int)} with the printable {@code scopeName} for the {@code {scopeName}} placeholder. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String caseType, String scopeKey, String scopeName, int year) {
        BusinessDates.checkYear(year, clock);
        String pattern = pattern(caseType);
        long seq = increment(caseType, scopeKey, year);
        return prefix(pattern, scopeKey, scopeName, year).replace("{seq}", Long.toString(seq));
    }

    /**
     * The latest year from {@code from} to {@code to} in which a case of any type was numbered, or empty: one small
     * query over the sequences (a row per type, scope and year), e.g. for a page's default period.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> latestYear(int from, int to) {
        return jdbc.sql("SELECT MAX(seq_year) FROM case_number_sequence WHERE seq_year BETWEEN :from AND :to "
                        + "AND last_value > 0")
                .param("from", from).param("to", to).query((rs, n) -> rs.getObject(1, Integer.class)).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    private String pattern(String caseType) {
        return jdbc.sql("SELECT pattern FROM case_number_format WHERE case_type = :t").param("t", caseType)
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("no case_number_format for " + caseType));
    }

    /** A pattern with {@code {scopeName}} needs the caller's printable name; printing the key instead is refused. */
    private static String prefix(String pattern, String scopeKey, String scopeName, int year) {
        if (scopeName == null && pattern.contains("{scopeName}")) {
            throw new IllegalStateException("the case-number pattern " + pattern + " needs a scope name");
        }
        return pattern.replace("{year}", Integer.toString(year)).replace("{scopeName}", scopeName == null ? "" : scopeName)
                .replace("{scope}", scopeKey);
    }

    /**
     * {@code count} consecutive numbers of one sequence at once, drawn like {@link #next}: inside the creating
     * transaction, the sequence row locked until it commits, given back on rollback (e.g. the generated demo year).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.List<String> nextBlock(String caseType, String scopeKey, int year, int count) {
        return block(caseType, scopeKey, null, year, count);
    }

    /** {@link #nextBlock(String, String, int, int)} with the printable {@code scopeName}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.List<String> nextBlock(String caseType, String scopeKey, String scopeName, int year, int count) {
        return block(caseType, scopeKey, scopeName, year, count);
    }

    /**
     * {@code count} consecutive numbers reserved for a bulk import <b>in a short transaction of their own</b>, committed
     * before this method returns: the sequence row is locked for milliseconds, not for the whole import, so a single
     * registration of the same scope meanwhile gets the next number at once instead of waiting (and timing out) behind
     * the import. The price, documented in docs/ARCHITECTURE.md ("Case numbers"): an import that fails after its
     * numbers were reserved leaves those numbers unused, a gap in the sequence. Imports check every row before
     * reserving, so only a failure of the database or the server leaves one. The caller must hold no lock a
     * registration needs (call it before writing anything).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public java.util.List<String> reserveBlock(String caseType, String scopeKey, String scopeName, int year, int count) {
        return block(caseType, scopeKey, scopeName, year, count);
    }

    private java.util.List<String> block(String caseType, String scopeKey, String scopeName, int year, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
        BusinessDates.checkYear(year, clock);
        String pattern = pattern(caseType);
        long last = -1;
        for (int attempt = 0; attempt < 2 && last < 0; attempt++) {
            int updated = jdbc.sql("UPDATE case_number_sequence SET last_value = last_value + :n "
                            + "WHERE case_type = :t AND scope_key = :s AND seq_year = :y")
                    .param("n", count).param("t", caseType).param("s", scopeKey).param("y", year).update();
            if (updated == 1) {
                last = jdbc.sql("SELECT last_value FROM case_number_sequence WHERE case_type = :t AND scope_key = :s AND seq_year = :y")
                        .param("t", caseType).param("s", scopeKey).param("y", year).query(Long.class).single();
            } else {
                jdbc.sql("INSERT INTO case_number_sequence (case_type, scope_key, seq_year, last_value) "
                                + "VALUES (:t, :s, :y, 0) ON CONFLICT DO NOTHING")
                        .param("t", caseType).param("s", scopeKey).param("y", year).update();
            }
        }
        if (last < 0) {
            throw new IllegalStateException("could not draw case numbers");
        }
        String prefix = prefix(pattern, scopeKey, scopeName, year);
        java.util.List<String> numbers = new java.util.ArrayList<>(count);
        for (long seq = last - count + 1; seq <= last; seq++) {
            numbers.add(prefix.replace("{seq}", Long.toString(seq)));
        }
        return numbers;
    }

    private long increment(String caseType, String scopeKey, int year) {
        for (int attempt = 0; attempt < 2; attempt++) {
            int updated = jdbc.sql("UPDATE case_number_sequence SET last_value = last_value + 1 "
                            + "WHERE case_type = :t AND scope_key = :s AND seq_year = :y")
                    .param("t", caseType).param("s", scopeKey).param("y", year).update();
            if (updated == 1) {
                return jdbc.sql("SELECT last_value FROM case_number_sequence WHERE case_type = :t AND scope_key = :s AND seq_year = :y")
                        .param("t", caseType).param("s", scopeKey).param("y", year).query(Long.class).single();
            }
            jdbc.sql("INSERT INTO case_number_sequence (case_type, scope_key, seq_year, last_value) "
                            + "VALUES (:t, :s, :y, 0) ON CONFLICT DO NOTHING")
                    .param("t", caseType).param("s", scopeKey).param("y", year).update();
        }
        throw new IllegalStateException("could not draw a case number");
    }
}
