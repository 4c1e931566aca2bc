package cn.fazhi.responsibilities;

/** The permission strings of the 权责清单 (granted to the built-in roles by V105). */
public final class ResponsibilitiesPermissions {

    /** See the list, its versions, overlaps and gaps. */
    public static final String VIEW = "responsibilities:view";
    /** Keep the powers of the units in scope (a department its own; the office any): create, revise, import. */
    public static final String MANAGE = "responsibilities:manage";
    /** Publish the list (the office) and review overlaps and gaps. */
    public static final String PUBLISH = "responsibilities:publish";

    private ResponsibilitiesPermissions() {}
}
