package cn.fazhi.services;

/** The permissions applications use (granted by V105). */
public final class ApplicationPermissions {

    public static final String VIEW = "services:view";
    /** Window staff: receive, 补正, accept or not, decide 即办 on the spot. */
    public static final String INTAKE = "services:intake";
    /** The responsible department: review, extend, suspend, decide, serve, explain an overdue. */
    public static final String HANDLE = "services:handle";
    /** Keep bundles (一件事). */
    public static final String MANAGE = "services:manage";

    private ApplicationPermissions() {}
}
