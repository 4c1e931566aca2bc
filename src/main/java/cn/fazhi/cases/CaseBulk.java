package cn.fazhi.cases;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.platform.security.Actors;

/**
 * The bulk path for imports and generated data: many new cases of one type with their child rows, one timeline entry
 * per case and <b>one</b> audit record for the whole batch, all inside the caller's transaction. The rows come from
 * the case type's own aggregates through its repository's column mapping (the same mapping that serves insert and
 * update), so there is no second hand-written {@code INSERT} per table.
 * <p>
 * On PostgreSQL the rows go in with {@code COPY … FROM STDIN} (text format) over the transaction's own connection
 * ({@link DataSourceUtils#getConnection}, unwrapped to the driver's {@link PGConnection}); the ids of new cases are
 * drawn beforehand from the table's identity sequence in one query ({@code nextval} over {@code generate_series}),
 * so child rows can name their parent without reading anything back. On H2 (development, tests) the same calls are
 * JDBC batch inserts, the case ids read back as generated keys. Either way the caller gets the ids in row order.
 * <p>
 * Case numbers are reserved by the caller in blocks ({@link CaseNumbers#reserveBlock} / {@link CaseNumbers#nextBlock})
 * before the rows are written. Tables and columns are the caller's constants (checked to be plain identifiers).
 */
@Service
public class CaseBulk {

    /** Rows per COPY buffer flush or per JDBC batch. */
    static final int CHUNK = 2000;
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final DataSource dataSource;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile Boolean postgres;

    CaseBulk(DataSource dataSource, AuditTrail audit, Clock clock) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.clock = clock;
    }

    /** Rows of one table: the column names and, per row, the values in the same order. */
    public record Rows(String table, List<String> columns, List<Object[]> values) {
        public Rows {
            requireIdentifier(table);
            columns.forEach(CaseBulk::requireIdentifier);
        }

        public int size() {
            return values.size();
        }
    }

    /**
     * Inserts new cases (or any rows whose ids the caller needs, e.g. to write child rows) into {@code rows.table()},
     * whose {@code id} column is an identity; returns the new ids in row order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long[] insertReturningIds(Rows rows) {
        if (rows.size() == 0) {
            return new long[0];
        }
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            if (isPostgres(con)) {
                long[] ids = reserveIds(con, rows.table(), rows.size());
                List<String> columns = new ArrayList<>(rows.columns().size() + 1);
                columns.add("id");
                columns.addAll(rows.columns());
                copy(con, rows.table(), columns, rows.values(), ids);
                return ids;
            }
            return batchReturningIds(con, rows);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("bulk insert into " + rows.table() + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    /** Inserts rows whose ids nobody needs (child rows: parties, sessions …). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(Rows rows) {
        if (rows.size() == 0) {
            return;
        }
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            if (isPostgres(con)) {
                copy(con, rows.table(), rows.columns(), rows.values(), null);
            } else {
                batch(con, rows);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("bulk insert into " + rows.table() + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    /**
     * One timeline entry per case ({@code case_event}, as {@link CaseTimeline#record} writes it), all with the same
     * action, detail, actor and time, written in bulk.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void timeline(String caseType, long[] caseIds, String action, String detail) {
        new CaseRef(caseType, 0); // checks the type code
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = Actors.current();
        String cut = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
        List<Object[]> values = new ArrayList<>(caseIds.length);
        for (long id : caseIds) {
            values.add(new Object[] {caseType, id, now, actor, action, cut});
        }
        insert(new Rows("case_event", List.of("case_type", "case_id", "occurred_at", "actor", "action", "detail"), values));
    }

    /** The one audit record of a whole bulk write (not one per row), in the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void audited(AuditEntry entry) {
        audit.record(entry);
    }

    /** Whether the bulk path runs on PostgreSQL (COPY) rather than JDBC batches. */
    public boolean copies() {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            return isPostgres(con);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    // ---- PostgreSQL -------------------------------------------------------------------------------------------------

    private boolean isPostgres(Connection con) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = con.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            postgres = known;
        }
        return known;
    }

    private static long[] reserveIds(Connection con, String table, int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement ps = con.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
            ps.setString(1, table);
            ps.setInt(2, count);
            ps.setFetchSize(0);
            try (ResultSet rs = ps.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    ids[i++] = rs.getLong(1);
                }
                if (i != count) {
                    throw new IllegalStateException("expected " + count + " ids, got " + i);
                }
            }
        }
        return ids;
    }

    /** COPY in text format; {@code ids}, when given, is written as the first column. */
    private static void copy(Connection con, String table, List<String> columns, List<Object[]> rows, long[] ids)
            throws SQLException, IOException {
        CopyIn in = con.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
        try {
            StringBuilder sb = new StringBuilder(1 << 16);
            for (int r = 0; r < rows.size(); r++) {
                if (ids != null) {
                    sb.append(ids[r]).append('\t');
                }
                Object[] row = rows.get(r);
                for (int c = 0; c < row.length; c++) {
                    if (c > 0) {
                        sb.append('\t');
                    }
                    text(sb, row[c]);
                }
                sb.append('\n');
                if (sb.length() > (1 << 16) || r == rows.size() - 1) {
                    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    sb.setLength(0);
                }
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** One value in COPY's text format: \N for null, backslash escapes for the separators. */
    static void text(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("\\N");
        } else if (value instanceof Boolean b) {
            sb.append(b ? 't' : 'f');
        } else if (value instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        } else if (value instanceof Number || value instanceof java.time.temporal.Temporal) {
            sb.append(value);
        } else if (value instanceof Enum<?> e) {
            sb.append(e.name());
        } else {
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch);
                }
            }
        }
    }

    // ---- H2 and others: JDBC batches ---------------------------------------------------------------------------------

    private static String insertSql(Rows rows) {
        return "INSERT INTO " + rows.table() + " (" + String.join(", ", rows.columns()) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(rows.columns().size(), "?")) + ")";
    }

    private static long[] batchReturningIds(Connection con, Rows rows) throws SQLException {
        long[] ids = new long[rows.size()];
        int next = 0;
        try (PreparedStatement ps = con.prepareStatement(insertSql(rows), new String[] {"id"})) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                int to = Math.min(rows.size(), from + CHUNK);
                for (int r = from; r < to; r++) {
                    bind(ps, rows.values().get(r));
                    ps.addBatch();
                }
                ps.executeBatch();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids[next++] = keys.getLong(1);
                    }
                }
                if (next != to) {
                    throw new IllegalStateException("expected " + to + " keys, got " + next);
                }
            }
        }
        return ids;
    }

    private static void batch(Connection con, Rows rows) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(insertSql(rows))) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                int to = Math.min(rows.size(), from + CHUNK);
                for (int r = from; r < to; r++) {
                    bind(ps, rows.values().get(r));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement ps, Object[] row) throws SQLException {
        for (int c = 0; c < row.length; c++) {
            Object v = row[c] instanceof Enum<?> e ? e.name() : row[c];
            StatementCreatorUtils.setParameterValue(ps, c + 1, SqlTypeValue.TYPE_UNKNOWN, v);
        }
    }

    /** The name, if it is a plain SQL identifier (tables and columns are code, never input). */
    static String requireIdentifier(String identifier) {
        if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("not a plain identifier: " + identifier);
        }
        return identifier;
    }
}
