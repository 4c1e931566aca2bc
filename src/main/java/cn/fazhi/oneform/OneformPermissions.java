package cn.fazhi.oneform;

/** The register's permissions (V119, V132). */
public final class OneformPermissions {

    public static final String VIEW = "oneform:view";
    public static final String MANAGE = "oneform:manage";
    public static final String REVIEW = "oneform:review";
    public static final String REQUEST = "oneform:request";
    public static final String REVEAL = "oneform:reveal";

    private OneformPermissions() {}
}
