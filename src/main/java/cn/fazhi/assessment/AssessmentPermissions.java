package cn.fazhi.assessment;

/** The assessment module's permission strings (granted by V136). */
public final class AssessmentPermissions {

    /** See the published result of one's own unit (and its rank band). */
    public static final String VIEW = "assessment:view";
    /** The office: schemes and criteria, computing, review, publication, the cadre-use figures; sees every result. */
    public static final String MANAGE = "assessment:manage";
    /** Enter a score with its evidence where no record exists. */
    public static final String EVALUATE = "assessment:evaluate";

    private AssessmentPermissions() {}
}
