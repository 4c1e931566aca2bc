package cn.fazhi.services;

/** The services module's permission strings (granted to the built-in roles by V105). */
public final class ServicesPermissions {

    /** See service items, applications and figures in scope. */
    public static final String VIEW = "services:view";
    /** Keep and publish the unit's service items and guides (all units for a district-wide role); partners. */
    public static final String MANAGE = "services:manage";
    /** Receive applications at a window. */
    public static final String INTAKE = "services:intake";
    /** The responsible department's review and decision. */
    public static final String HANDLE = "services:handle";

    private ServicesPermissions() {}
}
