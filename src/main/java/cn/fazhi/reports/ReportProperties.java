package cn.fazhi.reports;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the annual report in the year after the one reported on (docs/LEGAL-RULES.md REP-1, REP-2 and U6;
 * settings): the report is due to the superior 党委和政府 by {@code submission-due} (督察工作规定 Art. 23 and the
 * Hubei 工作指引: by 1 March) and must be public before 1 April (督察工作规定 Art. 24), i.e. by
 * {@code publication-due} (31 March). Format MM-dd.
 * {@code office-unit}: code of the unit answerable for the district's report while none has been drafted (the
 * 区委依法治区办); its deadlines are then warned about all the same ({@link #trackedYears}).
 */
@ConfigurationProperties("fazhi.reports")
public record ReportProperties(@DefaultValue("03-01") String submissionDue, @DefaultValue("03-31") String publicationDue,
        @DefaultValue("XA-YFZQB") String officeUnit) {

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

    /**
     * The report years whose district report is expected — and its deadlines warned about even before anyone drafts
     * it — as of {@code today}, looking ahead to {@code until} (the due-soon horizon). A year's report falls due in the
     * following calendar year, so last year's report is tracked throughout this year: due soon as its deadlines come
     * within the window, overdue after them until the year ends. This year's joins once the horizon reaches next year.
     * Older years are not warned about any more (a report drafted for them still is, by its own deadlines).
     */
    public List<Integer> trackedYears(LocalDate today, LocalDate until) {
        return IntStream.rangeClosed(today.getYear() - 1, Math.max(today.getYear(), until.getYear()) - 1).boxed().toList();
    }

    private static MonthDay parse(String value) {
        try {
            return MonthDay.parse("--" + value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("fazhi.reports deadline must be MM-dd, got " + value, e);
        }
    }
}
