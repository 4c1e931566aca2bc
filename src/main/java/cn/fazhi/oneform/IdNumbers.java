package cn.fazhi.oneform;

import java.time.LocalDate;

import cn.fazhi.platform.identifiers.ResidentIdNumber;

/**
 * What GB 11643-1999 puts in a resident ID number: the birth date (digits 7–14) and sex (the 17th digit, odd for
 * men). The number is checked with {@link ResidentIdNumber} first.
 */
public final class IdNumbers {

    private IdNumbers() {}

    public static LocalDate birthDate(String id) {
        return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                Integer.parseInt(id.substring(12, 14)));
    }

    /** "M" or "F". */
    public static String sex(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? "M" : "F";
    }

    public static int age(LocalDate bornOn, LocalDate on) {
        return java.time.Period.between(bornOn, on).getYears();
    }
}
