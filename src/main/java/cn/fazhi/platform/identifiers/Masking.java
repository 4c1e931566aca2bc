package cn.fazhi.platform.identifiers;

/** Masks personal data for lists and pages: {@code 4212**********123X}, {@code 138****5678}. */
public final class Masking {

    private Masking() {}

    public static String idNumber(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() <= 8) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    public static String phone(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() <= 7) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }
}
