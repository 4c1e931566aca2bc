package cn.fazhi.rectification;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import cn.fazhi.platform.web.Paged;

/** What pages and the API send to {@link Problems}. */
public final class ProblemCommands {

    private ProblemCommands() {}

    /**
     * A step on a problem: {@code text} (the plan, the progress report, what was done, the acceptance note, the reason
     * of a return, re-opening or extension), {@code on} the business date (default today, never in the future nor
     * before the problem was found), {@code deadline} the new deadline of an extension, {@code version} the one read.
     */
    public record Step(@Size(max = 4000, message = "{rectification.validation.textTooLong}") String text,
            @DateTimeFormat(iso = ISO.DATE) LocalDate on, @DateTimeFormat(iso = ISO.DATE) LocalDate deadline,
            @NotNull(message = "{rectification.validation.versionRequired}") Integer version) {}

    /**
     * The list's filters: keyword (number, finding, source), status, source type, responsible unit, overdue only,
     * year found.
     */
    public record Query(@Size(max = 100, message = "{rectification.validation.keywordTooLong}") String q,
            ProblemStatus status, @Size(max = 32, message = "{rectification.validation.sourceTypeTooLong}") String sourceType,
            Long unitId, Boolean overdue, Integer year) {

        public static Query none() {
            return new Query(null, null, null, null, null, null);
        }
    }

}
