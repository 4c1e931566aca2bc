package cn.fazhi.learning;

/** The learning module's permission strings (granted by V136). */
public final class LearningPermissions {

    /** See lectures, classes, tests and results of the caller's scope. */
    public static final String VIEW = "learning:view";
    /** Keep lectures, classes, the question bank, the cadres register and test sessions. */
    public static final String MANAGE = "learning:manage";
    /** Sit the tests assigned to oneself. */
    public static final String TAKE = "learning:take";

    private LearningPermissions() {}
}
