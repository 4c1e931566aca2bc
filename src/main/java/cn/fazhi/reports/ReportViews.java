package cn.fazhi.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.reports.domain.TemplateText;

/** What the reports module shows: a report with its rendered text and figures, list rows, frozen record lists. */
public final class ReportViews {

    private ReportViews() {}

    /**
     * A piece of rendered text; a figure carries its indicator id, the link to the records behind it and, when no
     * record here proves it (a reported figure), its provenance.
     */
    public record Segment(String text, String indicatorId, String href, String provenance) {

        public Segment(String text, String indicatorId, String href) {
            this(text, indicatorId, href, null);
        }

        public boolean figure() {
            return indicatorId != null;
        }
    }

    /** A rendered block: level 0 a paragraph, 1–3 a heading. */
    public record Block(int level, List<Segment> segments) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            segments.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }

        /** A paragraph the template leaves to the office, not yet written ({@link TemplateText#TO_WRITE}). */
        public boolean toWrite() {
            return level == 0 && text().startsWith(TemplateText.TO_WRITE);
        }
    }

    /**
     * One figure the text cites: printed value in the indicator's default format, raw value, records link (for a
     * reported figure: its approved submission) and its provenance (null for figures computed from records, e.g.
     * "填报：区公安分局 · 审核：依法治区办 张明（2024-01-20）" for a reported one).
     */
    public record Figure(String indicatorId, String name, String unit, IndicatorUnit kind, BigDecimal value, String printed, String href,
            Long recordCount, String provenance) {}

    /**
     * A report as staff see it. {@code possibleSteps}: the steps the viewer may take now (status, permission and the
     * four-eyes rule); {@code submittedBy} / {@code reviewedBy}: usernames of this round's submitter and internal
     * reviewer, null before those steps and after a return to DRAFT.
     */
    public record Report(long id, int year, String regionCode, String regionName, ReportStatus status, String title,
            List<Block> blocks, String signature, LocalDate signedOn, List<Figure> figures, String titleSource,
            String bodySource, String signatureSource, OffsetDateTime frozenAt, String secrecyNote, String rejectReason,
            OffsetDateTime publishedAt, LocalDate submissionDeadline, LocalDate publicationDeadline,
            List<ReportStep> possibleSteps, String submittedBy, String reviewedBy, int version) {}

    public record Summary(long id, int year, String regionCode, String regionName, ReportStatus status, String title,
            OffsetDateTime updatedAt, OffsetDateTime publishedAt, LocalDate publicationDeadline) {}

    /** A record behind a frozen figure, as kept at freezing time. */
    public record FrozenRecord(String reference, String title, LocalDate date, String regionCode, BigDecimal amount,
            String href) {}

    public record FrozenRecords(String indicatorId, String name, List<FrozenRecord> items, long total, int page,
            int size) {}

    public record Template(String title, String body, String signature, OffsetDateTime updatedAt, String updatedBy,
            int version, boolean isDefault) {}

    /** A rendered file and its name, e.g. {@code 2023-421202.pdf}. */
    public record ReportFile(String fileName, byte[] body) {}
}
