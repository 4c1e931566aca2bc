package cn.fazhi.hotline;

/** The hotline module's permission strings (granted to the built-in roles by V105). */
public final class HotlinePermissions {

    /** See tickets in scope. */
    public static final String VIEW = "hotline:view";
    /** The 12345 centre: intake, classify, dispatch and re-dispatch, answer directly, return visit, close. */
    public static final String DISPATCH = "hotline:dispatch";
    /** A responsible unit: sign for, return, reply to its tickets. */
    public static final String HANDLE = "hotline:handle";
    /** Keep the category tree and its limits. */
    public static final String MANAGE = "hotline:manage";

    private HotlinePermissions() {}
}
