package cn.fazhi.duties;

/** The duties module's permission strings (granted by V136). */
public final class DutiesPermissions {

    /** See the roster, plans, reports and duty lists in scope (a unit: only its own). */
    public static final String VIEW = "duties:view";
    /** The office: keep the roster, the 述法 plans, the duty-list template; evaluate reports; choose speakers. */
    public static final String MANAGE = "duties:manage";
    /** A unit files its 述法 report and its head's duty-list evidence. */
    public static final String SUBMIT = "duties:submit";

    private DutiesPermissions() {}
}
