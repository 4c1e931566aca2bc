package cn.fazhi.petitions;

import java.time.LocalDate;
import java.time.Period;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The age band of a long-standing petition at its resolution. No statute defines the bands; the district's usage,
 * which the 2023 report follows, names a case resolved 3 or more years after its first petition a 骨头案, 5 or more a
 * 钉子案 and 10 or more a 无解案, each case in one band only (the report's 61 + 19 + 16 = 96). The age is counted in
 * whole years by the calendar ({@link Period}): a case first petitioned on 2020-03-01 is 3 years old on 2023-03-01,
 * not on 2023-02-28.
 */
public final class BacklogAgeRule {

    public static final int BONE_YEARS = 3;
    public static final int NAIL_YEARS = 5;
    public static final int UNSOLVABLE_YEARS = 10;

    private BacklogAgeRule() {}

    /** Whole years from the first petition to {@code on}; refused when {@code on} is before the first petition. */
    public static int ageYears(LocalDate firstPetition, LocalDate on) {
        if (firstPetition == null || on == null || on.isBefore(firstPetition)) {
            throw UserFacingException.badRequest("petitions.error.beforeFirstPetition", firstPetition);
        }
        return Period.between(firstPetition, on).getYears();
    }

    /** The band of a case first petitioned on {@code firstPetition} and resolved on {@code resolvedOn}. */
    public static AgeBand band(LocalDate firstPetition, LocalDate resolvedOn) {
        int years = ageYears(firstPetition, resolvedOn);
        if (years >= UNSOLVABLE_YEARS) {
            return AgeBand.UNSOLVABLE;
        }
        if (years >= NAIL_YEARS) {
            return AgeBand.NAIL;
        }
        if (years >= BONE_YEARS) {
            return AgeBand.BONE;
        }
        return AgeBand.UNDER3;
    }

    /**
     * Whether a petition first made on {@code firstPetition} may be taken into the backlog on {@code takenOn}: at least
     * {@code afterDays} (a setting) after the first petition.
     */
    public static boolean mayTakeIn(LocalDate firstPetition, LocalDate takenOn, int afterDays) {
        return firstPetition != null && takenOn != null && !takenOn.isBefore(firstPetition.plusDays(afterDays));
    }
}
