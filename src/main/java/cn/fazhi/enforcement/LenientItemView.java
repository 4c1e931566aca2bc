package cn.fazhi.enforcement;

/** An item of a lenient list. */
public record LenientItemView(long id, LenientKind kind, String violationCode, String violationName, String conditions,
        String basis, boolean requiresFirstOffence, boolean requiresHarmMinor, boolean requiresCorrected) {}
