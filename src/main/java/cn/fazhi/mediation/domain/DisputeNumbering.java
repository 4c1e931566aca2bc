package cn.fazhi.mediation.domain;

import java.util.regex.Pattern;

/**
 * Which number sequence a dispute draws from and how its scope prints in the number.
 *
 * <p>Each township's committees (township and village level) keep their own gap-free sequence per year, as each
 * 调解委员会 numbers its own files; the district committee has one more. So that two townships never print the same
 * number, the pattern {@code 咸安{scopeName}调〔{year}〕{seq}号} carries the township's short name (its name without
 * the 街道/镇/乡 suffix): {@code 咸安温泉调〔2026〕5号}, {@code 咸安马桥调〔2026〕5号}, and {@code 咸安调〔2026〕5号} for
 * the district committee. We chose this over one district-wide sequence because it keeps the townships' own
 * sequences (and the numbers already issued), needs no renumbering, and a page registration in one township never
 * waits for a bulk import into another. The printed number is UNIQUE in the database (migration V24).
 */
public final class DisputeNumbering {

    /** The scope key of the district committee's sequence. */
    public static final String DISTRICT = "district";

    private static final Pattern SUFFIX = Pattern.compile("(街道|镇|乡)$");

    private DisputeNumbering() {}

    /** The sequence: the district's for the district committee, else the township's. */
    public static String scopeKey(boolean districtCommittee, String townshipCode) {
        return districtCommittee ? DISTRICT : townshipCode;
    }

    /**
     * What the number prints for the scope: nothing for the district, else the township's short name. Migration V24
     * applies the same rule to the numbers issued before it.
     */
    public static String scopeName(boolean districtCommittee, String townshipName) {
        return districtCommittee ? "" : SUFFIX.matcher(townshipName.strip()).replaceFirst("");
    }
}
