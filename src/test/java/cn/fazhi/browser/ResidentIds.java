package cn.fazhi.browser;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Valid 18-digit resident ID numbers for browser tests (GB 11643-1999 check character computed, never hard-coded). */
final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIds() {}

    /** The check character for the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** A valid number for someone from 咸安区 (421202) born on {@code birth}, with a random sequence number. */
    static String random(LocalDate birth) {
        String first17 = "421202" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + String.format("%03d", ThreadLocalRandom.current().nextInt(1, 1000));
        return first17 + checkCharacter(first17);
    }
}
