package cn.fazhi.oneform;

import java.time.LocalDate;
import java.util.List;

/**
 * A form produced for a caller's scope on a day: column titles, the groups in order (each with its rows, or only its
 * counts for a summary form) and the total. Every cell is text as printed.
 */
public record FormOutput(String title, List<String> headers, List<Group> groups, long total, boolean summary,
        LocalDate producedOn) {

    /** One group (a township, a village, or the single group of an ungrouped form). */
    public record Group(String name, List<List<String>> rows, long count, long male, long female) {}
}
