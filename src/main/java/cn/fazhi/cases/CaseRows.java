package cn.fazhi.cases;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The repositories' one way to write an aggregate's row from its column map (the same map the bulk path copies):
 * an insert of every column, and the version-checked update — {@code version = version + 1} only where the version
 * is still the one read, else the 409 conflict. Table and column names are code, never input.
 */
public final class CaseRows {

    private CaseRows() {}

    /** Inserts one row of {@code columns} into {@code table}. */
    public static void insert(JdbcClient jdbc, String table, Map<String, Object> columns) {
        CaseBulk.requireIdentifier(table);
        columns.keySet().forEach(CaseBulk::requireIdentifier);
        jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns.keySet()) + ") VALUES (:"
                + String.join(", :", columns.keySet()) + ")").params(columns).update();
    }

    /**
     * Updates row {@code id} of {@code table} to {@code columns} if its version is still {@code expectedVersion},
     * bumping the version; otherwise throws the 409 conflict ({@code error.conflict}).
     */
    public static void update(JdbcClient jdbc, String table, long id, int expectedVersion, Map<String, Object> columns) {
        CaseBulk.requireIdentifier(table);
        StringBuilder set = new StringBuilder();
        for (String column : columns.keySet()) {
            CaseBulk.requireIdentifier(column);
            set.append(column).append(" = :").append(column).append(", ");
        }
        Map<String, Object> params = new LinkedHashMap<>(columns);
        params.put("case_rows_id", id);
        params.put("case_rows_version", expectedVersion);
        int updated = jdbc.sql("UPDATE " + table + " SET " + set
                        + "version = version + 1 WHERE id = :case_rows_id AND version = :case_rows_version")
                .params(params).update();
        if (updated != 1) {
            throw UserFacingException.conflict("error.conflict");
        }
    }
}
