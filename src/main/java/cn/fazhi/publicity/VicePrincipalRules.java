package cn.fazhi.publicity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The staffing and teaching rules for 法治副校长 of 《中小学法治副校长聘任与管理办法》(教育部令第52号, in force 2022-05-01;
 * LEGAL-RULES-2 §11.4): each 中小学 has at least one (大规模或治安复杂的学校 2–5); one person serves at most two
 * schools; a retired person may serve only up to 65 and for one term; a 法治副校长 gives at least 4 课时 of 法治教育 a year
 * at the school. The term length is a setting (the national text was not read; Shanghai's rule: 3 years).
 */
public final class VicePrincipalRules {

    /** Minimum 法治副校长 per school. */
    public static final int MIN_PER_SCHOOL = 1;
    /** Maximum schools one person serves. */
    public static final int MAX_SCHOOLS_PER_PERSON = 2;
    /** Oldest age at which a retired person may serve. */
    public static final int RETIREE_MAX_AGE = 65;
    /** Terms a retired person may serve. */
    public static final int RETIREE_MAX_TERMS = 1;
    /** Minimum 课时 of 法治教育 a year. */
    public static final int MIN_PERIODS_PER_YEAR = 4;

    /** A breach of the rules, with its message key {@code publicity.vp.violation.<code>}. */
    public enum Violation { NO_SCHOOL, TOO_MANY_SCHOOLS, RETIREE_TOO_OLD, RETIREE_SECOND_TERM, AGE_MISSING }

    private final int termYears;

    public VicePrincipalRules(int termYears) {
        if (termYears < 1) {
            throw new IllegalArgumentException("term");
        }
        this.termYears = termYears;
    }

    /** The last day of a term that starts on {@code appointedOn}. */
    public LocalDate termEnd(LocalDate appointedOn) {
        return appointedOn.plusYears(termYears).minusDays(1);
    }

    /**
     * What forbids an appointment: the number of schools the person would serve (this appointment included), and for a
     * retired person their age at appointment and the terms they have already served.
     */
    public List<Violation> appointment(int schools, boolean retired, Integer age, int earlierTerms) {
        List<Violation> out = new ArrayList<>();
        if (schools < 1) {
            out.add(Violation.NO_SCHOOL);
        }
        if (schools > MAX_SCHOOLS_PER_PERSON) {
            out.add(Violation.TOO_MANY_SCHOOLS);
        }
        if (retired) {
            if (age == null) {
                out.add(Violation.AGE_MISSING);
            } else if (age > RETIREE_MAX_AGE) {
                out.add(Violation.RETIREE_TOO_OLD);
            }
            if (earlierTerms >= RETIREE_MAX_TERMS) {
                out.add(Violation.RETIREE_SECOND_TERM);
            }
        }
        return out;
    }

    /** Whether a school with this many 法治副校长 in office is staffed. */
    public static boolean staffed(int inOffice) {
        return inOffice >= MIN_PER_SCHOOL;
    }

    /** Whether a 法治副校长 who gave {@code periods} 课时 in a year fell short. */
    public static boolean lessonsShort(int periods) {
        return periods < MIN_PERIODS_PER_YEAR;
    }
}
