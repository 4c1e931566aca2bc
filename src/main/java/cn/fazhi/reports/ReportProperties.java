package cn.fazhi.reports;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the annual report in the year after the one reported on (LEGAL-RULES §11, medium confidence, hence
 * settings): the report is due to the superior 党委和政府 by {@code submission-due} (Hubei 工作指引: by 1 March) and
 * must be public before 1 April (督察工作规定 Art. 24), i.e. by {@code publication-due} (31 March). Format MM-dd.
 */
@ConfigurationProperties("fazhi.reports")
public record ReportProperties(@DefaultValue("03-01") String submissionDue, @DefaultValue("03-31") String publicationDue) {

    public ReportProperties {
        parse(submissionDue);
        parse(publicationDue);
    }

    public LocalDate submissionDeadline(int reportYear) {
        return parse(submissionDue).atYear(reportYear + 1);
    }

    public LocalDate publicationDeadline(int reportYear) {
        return parse(publicationDue).atYear(reportYear + 1);
    }

    private static MonthDay parse(String value) {
        try {
            return MonthDay.parse("--" + value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("fazhi.reports deadline must be MM-dd, got " + value, e);
        }
    }
}
