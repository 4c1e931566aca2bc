package cn.fazhi.reports.domain;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reports module's tables: {@code report_template}, {@code annual_report} with its review round
 * ({@code annual_report_review}), and the frozen figures, where each figure's records are kept
 * ({@code annual_report_figure_source}) and the records.
 */
@Repository
public class ReportRepository {

    private static final String COLUMNS = "r.id, r.report_year, r.region_code, r.unit_id, r.status, r.title, r.body, "
            + "r.signature, r.signed_on, r.frozen_at, r.secrecy_note, r.reject_reason, r.created_at, r.created_by, "
            + "r.updated_at, r.published_at, r.version, v.submitted_by, v.reviewed_by";
    /** The reports with this round's submitter and internal reviewer (four eyes), when there are. */
    private static final String FROM = " FROM annual_report r LEFT JOIN annual_report_review v ON v.report_id = r.id";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReportRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public record ReportRow(long id, int year, String regionCode, long unitId, String status, String title, String body,
            String signature, LocalDate signedOn, OffsetDateTime frozenAt, String secrecyNote, String rejectReason,
            OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, OffsetDateTime publishedAt,
            int version, String submittedBy, String reviewedBy) {}

    public record TemplateRow(String title, String body, String signature, OffsetDateTime updatedAt, String updatedBy,
            int version) {}

    /** A frozen figure; {@code recordsOf} is the indicator whose kept record list it shows (a rate: its denominator). */
    public record FigureRow(String indicatorId, String unit, BigDecimal value, long recordCount, String recordsOf,
            String provenance) {}

    public record RecordRow(String reference, String title, LocalDate date, String regionCode, BigDecimal amount,
            String href) {}

    // ---- template ---------------------------------------------------------------------------------------------------

    public Optional<TemplateRow> template() {
        return jdbc.sql("SELECT title, body, signature, updated_at, updated_by, version FROM report_template WHERE id = 1")
                .query((rs, n) -> new TemplateRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getInt(6)))
                .optional();
    }

    public void insertTemplate(String title, String body, String signature, OffsetDateTime at, String by) {
        jdbc.sql("INSERT INTO report_template (id, title, body, signature, updated_at, updated_by, version) "
                        + "VALUES (1, :title, :body, :signature, :at, :by, 1)")
                .param("title", title).param("body", body).param("signature", signature).param("at", at).param("by", by)
                .update();
    }

    /** Returns false when the version read is stale. */
    public boolean updateTemplate(String title, String body, String signature, OffsetDateTime at, String by, int version) {
        return jdbc.sql("UPDATE report_template SET title = :title, body = :body, signature = :signature, "
                        + "updated_at = :at, updated_by = :by, version = version + 1 WHERE id = 1 AND version = :version")
                .param("title", title).param("body", body).param("signature", signature).param("at", at).param("by", by)
                .param("version", version).update() == 1;
    }

    // ---- reports ----------------------------------------------------------------------------------------------------

    public long insert(int year, String regionCode, long unitId, String title, String body, String signature,
            OffsetDateTime at, String by) {
        jdbc.sql("INSERT INTO annual_report (report_year, region_code, unit_id, status, title, body, signature, "
                        + "created_at, created_by, updated_at, version) VALUES (:year, :region, :unit, 'DRAFT', :title, "
                        + ":body, :signature, :at, :by, :at, 0)")
                .param("year", year).param("region", regionCode).param("unit", unitId).param("title", title)
                .param("body", body).param("signature", signature).param("at", at).param("by", by).update();
        return jdbc.sql("SELECT id FROM annual_report WHERE report_year = :year AND region_code = :region")
                .param("year", year).param("region", regionCode).query(Long.class).single();
    }

    public boolean exists(int year, String regionCode) {
        return jdbc.sql("SELECT COUNT(*) FROM annual_report WHERE report_year = :year AND region_code = :region")
                .param("year", year).param("region", regionCode).query(Long.class).single() > 0;
    }

    public Optional<ReportRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.id = :id").param("id", id)
                .query(ReportRepository::map).optional();
    }

    /** Reports in a data scope ({@code scopeCondition} over r.unit_id / r.region_code), newest year first. */
    public List<ReportRow> search(String scopeCondition, Map<String, Object> parameters) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE " + scopeCondition
                        + " ORDER BY r.report_year DESC, r.region_code")
                .params(parameters).query(ReportRepository::map).list();
    }

    public List<ReportRow> withStatus(String status) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.status = :status "
                        + "ORDER BY r.report_year DESC, r.region_code")
                .param("status", status).query(ReportRepository::map).list();
    }

    public List<ReportRow> notPublished() {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.status <> 'PUBLISHED'")
                .query(ReportRepository::map).list();
    }

    public boolean updateText(long id, String title, String body, String signature, OffsetDateTime at, int version) {
        return jdbc.sql("UPDATE annual_report SET title = :title, body = :body, signature = :signature, updated_at = :at, "
                        + "version = version + 1 WHERE id = :id AND version = :version AND status = 'DRAFT'")
                .param("title", title).param("body", body).param("signature", signature).param("at", at)
                .param("id", id).param("version", version).update() == 1;
    }

    /** Moves the report from {@code from} to {@code to}; false when another change came first. */
    public boolean updateStatus(long id, String from, String to, int version, OffsetDateTime at, String rejectReason,
            String secrecyNote, LocalDate signedOn, OffsetDateTime frozenAt, OffsetDateTime publishedAt) {
        return jdbc.sql("UPDATE annual_report SET status = :to, updated_at = :at, reject_reason = :reason, "
                        + "secrecy_note = :note, signed_on = :signed, frozen_at = :frozen, published_at = :published, "
                        + "version = version + 1 WHERE id = :id AND status = :from AND version = :version")
                .param("to", to).param("at", at).param("reason", rejectReason).param("note", secrecyNote)
                .param("signed", signedOn).param("frozen", frozenAt).param("published", publishedAt)
                .param("id", id).param("from", from).param("version", version).update() == 1;
    }

    /** This round's submitter and internal reviewer; a null submitter (back to DRAFT) forgets the round. */
    public void updateReviewRound(long id, String submittedBy, String reviewedBy) {
        jdbc.sql("DELETE FROM annual_report_review WHERE report_id = :id").param("id", id).update();
        if (submittedBy != null) {
            jdbc.sql("INSERT INTO annual_report_review (report_id, submitted_by, reviewed_by) VALUES (:id, :s, :r)")
                    .param("id", id).param("s", submittedBy).param("r", reviewedBy).update();
        }
    }

    // ---- snapshot ---------------------------------------------------------------------------------------------------

    public void insertFigure(long reportId, FigureRow figure) {
        jdbc.sql("INSERT INTO annual_report_figure (report_id, indicator_id, unit, figure_value, record_count, "
                        + "provenance) VALUES (:r, :i, :u, :v, :n, :p)")
                .param("r", reportId).param("i", figure.indicatorId()).param("u", figure.unit())
                .param("v", figure.value()).param("n", figure.recordCount()).param("p", figure.provenance()).update();
        jdbc.sql("INSERT INTO annual_report_figure_source (report_id, indicator_id, records_of) VALUES (:r, :i, :of)")
                .param("r", reportId).param("i", figure.indicatorId()).param("of", figure.recordsOf()).update();
    }

    /** Appends records numbered from {@code firstSeq}, in one JDBC batch. */
    public void insertRecords(long reportId, String indicatorId, int firstSeq, List<RecordRow> records) {
        batch.batchUpdate("INSERT INTO annual_report_record (report_id, indicator_id, seq, reference, title, record_date, "
                + "region_code, amount, href) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        RecordRow r = records.get(i);
                        ps.setLong(1, reportId);
                        ps.setString(2, indicatorId);
                        ps.setInt(3, firstSeq + i);
                        ps.setString(4, truncate(r.reference(), 100));
                        ps.setString(5, truncate(r.title(), 400));
                        ps.setObject(6, r.date());
                        ps.setString(7, r.regionCode());
                        ps.setBigDecimal(8, r.amount());
                        ps.setString(9, truncate(r.href(), 300));
                    }

                    @Override
                    public int getBatchSize() {
                        return records.size();
                    }
                });
    }

    public void deleteSnapshot(long reportId) {
        jdbc.sql("DELETE FROM annual_report_record WHERE report_id = :r").param("r", reportId).update();
        jdbc.sql("DELETE FROM annual_report_figure_source WHERE report_id = :r").param("r", reportId).update();
        jdbc.sql("DELETE FROM annual_report_figure WHERE report_id = :r").param("r", reportId).update();
    }

    public List<FigureRow> figures(long reportId) {
        return jdbc.sql("SELECT f.indicator_id, f.unit, f.figure_value, f.record_count, "
                        + "COALESCE(s.records_of, f.indicator_id), f.provenance FROM annual_report_figure f "
                        + "LEFT JOIN annual_report_figure_source s ON s.report_id = f.report_id "
                        + "AND s.indicator_id = f.indicator_id WHERE f.report_id = :r ORDER BY f.indicator_id")
                .param("r", reportId)
                .query((rs, n) -> new FigureRow(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    /** The kept records of {@code indicatorId} (a figure's {@code recordsOf}), one page in their order. */
    public List<RecordRow> records(long reportId, String indicatorId, int page, int size) {
        return jdbc.sql("SELECT reference, title, record_date, region_code, amount, href FROM annual_report_record "
                        + "WHERE report_id = :r AND indicator_id = :i ORDER BY seq LIMIT :n OFFSET :o")
                .param("r", reportId).param("i", indicatorId).param("n", size).param("o", (long) page * size)
                .query((rs, n) -> new RecordRow(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getBigDecimal(5), rs.getString(6)))
                .list();
    }

    private static ReportRow map(ResultSet rs, int n) throws SQLException {
        return new ReportRow(rs.getLong("id"), rs.getInt("report_year"), rs.getString("region_code"),
                rs.getLong("unit_id"), rs.getString("status"), rs.getString("title"), rs.getString("body"),
                rs.getString("signature"), rs.getObject("signed_on", LocalDate.class),
                rs.getObject("frozen_at", OffsetDateTime.class), rs.getString("secrecy_note"),
                rs.getString("reject_reason"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class), rs.getInt("version"), rs.getString("submitted_by"),
                rs.getString("reviewed_by"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
