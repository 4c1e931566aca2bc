package cn.fazhi.platform.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Resident ID number (公民身份号码) check per GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit
 * sequence, check character. Weights W<sub>i</sub> = 2<sup>18−i</sup> mod 11; S = Σ a<sub>i</sub>·W<sub>i</sub> mod 11
 * maps 0..10 to {@code 1 0 X 9 8 7 6 5 4 3 2}.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {}

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Upper-cases a trailing x and trims; does not validate. */
    public static String normalise(String value) {
        return value == null ? null : value.trim().toUpperCase();
    }

    public static boolean isValid(String value) {
        String v = normalise(value);
        if (v == null || !v.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return checkCharacter(v) == v.charAt(17);
    }
}
