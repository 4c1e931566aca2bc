package cn.fazhi.enforcement;

/** The enforcement module's permission strings (granted to the built-in roles by V89). */
public final class EnforcementPermissions {

    /** See bodies, officers, cases, benchmarks and evaluations in scope. */
    public static final String VIEW = "enforcement:view";
    /** Handle cases: register, record acts and evidence, notify, decide, serve (enforcement officers). */
    public static final String HANDLE = "enforcement:handle";
    /** 法制审核: review major decisions (reviewers with 法律职业资格). */
    public static final String REVIEW = "enforcement:review";
    /** The unit head's approvals: coercive measures, extensions, deviations from the benchmark, 集体讨论 minutes. */
    public static final String APPROVE = "enforcement:approve";
    /** Keep bodies, matters, officers, certificates, exams, training, benchmarks, lists and catalogues. */
    public static final String MANAGE = "enforcement:manage";
    /** The justice bureau's supervision: case-file evaluation campaigns, disparity analysis across units. */
    public static final String SUPERVISE = "enforcement:supervise";

    private EnforcementPermissions() {}
}
