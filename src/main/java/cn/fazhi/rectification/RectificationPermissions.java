package cn.fazhi.rectification;

/** The rectification module's permission strings (granted to the built-in roles by V97). */
public final class RectificationPermissions {

    /** See problems in scope. */
    public static final String VIEW = "rectification:view";
    /** The responsible unit: submit the plan, report progress with evidence, submit for acceptance. */
    public static final String RESPOND = "rectification:respond";
    /** The issuing side: accept and close (销号), return, re-open. */
    public static final String ACCEPT = "rectification:accept";

    private RectificationPermissions() {}
}
