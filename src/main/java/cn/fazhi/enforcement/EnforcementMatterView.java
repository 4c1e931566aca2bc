package cn.fazhi.enforcement;

/** One matter of a body's power list. */
public record EnforcementMatterView(long id, long bodyId, String code, String name, EnforcementMatterCategory category,
        String legalBasis, String procedureText, String remedyText, boolean active, int version) {}
