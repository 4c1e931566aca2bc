package cn.fazhi.supervision;

import java.util.Locale;
import java.util.Optional;

/**
 * GB/T 4754-2017 《国民经济行业分类》 codes: a section letter A–T, then the division (2 digits), group (3) or class (4).
 * A code is kept with its section letter ("F5211"); one given without it ("5211") gets the letter of its division;
 * a letter with a division outside its section is refused.
 */
public final class TargetRegisterIndustry {

    /** The first division of each section A..T (GB/T 4754-2017); the section ends before the next one's first. */
    private static final int[] FIRST_DIVISION = {1, 6, 13, 44, 47, 51, 53, 61, 63, 66, 70, 71, 73, 76, 80, 83, 84, 86, 91, 97};

    private TargetRegisterIndustry() {}

    /** The section letter of a division (01–97), if it is one. */
    static Optional<Character> section(int division) {
        if (division < 1 || division > 97) {
            return Optional.empty();
        }
        for (int i = FIRST_DIVISION.length - 1; i >= 0; i--) {
            if (division >= FIRST_DIVISION[i]) {
                return Optional.of((char) ('A' + i));
            }
        }
        return Optional.empty();
    }

    /** The code as stored (section letter, then 0, 2, 3 or 4 digits), or empty when it is not a GB/T 4754 code. */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.matches("[A-T]")) {
            return Optional.of(c);
        }
        String digits = c.matches("[A-T]\\d{2,4}") ? c.substring(1) : c;
        if (!digits.matches("\\d{2,4}")) {
            return Optional.empty();
        }
        Optional<Character> section = section(Integer.parseInt(digits.substring(0, 2)));
        if (section.isEmpty() || (c.charAt(0) >= 'A' && c.charAt(0) != section.get())) {
            return Optional.empty();
        }
        return Optional.of(section.get() + digits);
    }

    /** An item's filter normalised: entries joined with "," (null when empty); empty Optional when an entry is bad. */
    static Optional<String> normaliseFilter(String filter) {
        if (filter == null || filter.isBlank()) {
            return Optional.of("");
        }
        StringBuilder out = new StringBuilder();
        for (String part : filter.split("[,，、;；\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<String> n = normalise(part);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(n.get());
        }
        return Optional.of(out.toString());
    }
}
