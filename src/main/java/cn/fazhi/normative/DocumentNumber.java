package cn.fazhi.normative;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (发文字号) per GB/T 9704-2012 §7.2.5: the issuing body's code (机关代字), the year in full inside
 * hexagonal brackets 〔〕 (U+3014/U+3015), and the sequence number without "第" and without leading zeros, followed by
 * 号 — e.g. {@code 咸安政发〔2023〕5号}. {@link #parse} is strict: {@code [2023]}, {@code （2023）}, {@code 〔23〕},
 * {@code 第5号} and {@code 05号} are refused, each with its reason.
 */
public record DocumentNumber(String agencyCode, int year, int sequence) {

    private static final Pattern FORM = Pattern.compile("^(\\p{IsHan}{2,20})〔(\\d{4})〕([1-9]\\d{0,5})号$");

    public DocumentNumber {
        if (agencyCode == null || !agencyCode.matches("\\p{IsHan}{2,20}")) {
            throw new IllegalArgumentException("invalid agency code");
        }
        if (year < 1949 || year > 2999 || sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("invalid year or sequence");
        }
    }

    /** The number as printed: {@code 咸安政发〔2023〕5号}. */
    public String formatted() {
        return agencyCode + "〔" + year + "〕" + sequence + "号";
    }

    @Override
    public String toString() {
        return formatted();
    }

    /** The number, or the message key saying what is wrong with the text (see {@link #problem}). */
    public static DocumentNumber parse(String text) {
        Optional<String> problem = problem(text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        Matcher m = FORM.matcher(text.strip());
        m.matches();
        return new DocumentNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** Empty when {@code text} is a valid number; else the message key of the first problem found. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("normative.number.error.required");
        }
        String t = text.strip();
        if (FORM.matcher(t).matches()) {
            return Optional.empty();
        }
        if (t.contains("[") || t.contains("]") || t.contains("（") || t.contains("(") || t.contains("【")
                || t.contains("［") || t.contains("〈")) {
            return Optional.of("normative.number.error.brackets");
        }
        if (t.contains("第")) {
            return Optional.of("normative.number.error.di");
        }
        if (t.matches(".*〔\\d{1,3}〕.*") || t.matches(".*〔\\d{5,}〕.*")) {
            return Optional.of("normative.number.error.year");
        }
        if (t.matches(".*〕0\\d*号$")) {
            return Optional.of("normative.number.error.leadingZero");
        }
        if (!t.endsWith("号")) {
            return Optional.of("normative.number.error.hao");
        }
        if (!t.matches("^\\p{IsHan}{2,20}〔.*")) {
            return Optional.of("normative.number.error.agency");
        }
        return Optional.of("normative.number.error.form");
    }
}
