package cn.fazhi.publicity;

/** The publicity module's permission strings (granted by V136). */
public final class PublicityPermissions {

    /** See duty lists, activities, reports, schools and villages in scope. */
    public static final String VIEW = "publicity:view";
    /** Publish duty lists; keep the review, experts, schools, 法治副校长 and model villages. */
    public static final String MANAGE = "publicity:manage";
    /** A unit keeps and submits its own duty list and records its activities. */
    public static final String SUBMIT = "publicity:submit";

    private PublicityPermissions() {}
}
