package cn.fazhi.supervision;

/** The supervision module's permission strings (granted to the built-in roles by V97). */
public final class SupervisionPermissions {

    /** See random inspections, clues, letters and inspection missions in scope. */
    public static final String VIEW = "supervision:view";
    /** A department's random inspections: plan tasks, run draws, record and publish results. */
    public static final String RANDOM = "supervision:random";
    /** The supervision office: the registers, clues and letters, inspection missions and the inspector pool. */
    public static final String MANAGE = "supervision:manage";
    /** A supervised unit: answer a supervision letter. */
    public static final String RESPOND = "supervision:respond";
    /** A 法治督察员: take part in missions, record findings. */
    public static final String INSPECT = "supervision:inspect";

    private SupervisionPermissions() {}
}
