package cn.fazhi.reported;

/** The permissions and the case type of reported figures. */
public final class Reported {

    private Reported() {}

    /** The kernel case type of a submission. */
    public static final String CASE_TYPE = "reported_figure";
    /** Read definitions and submissions (within the data scope). */
    public static final String VIEW = "reported:view";
    /** Submit a figure for one's own unit. */
    public static final String SUBMIT = "reported:submit";
    /** Keep the definitions; approve or return submissions (the office). */
    public static final String APPROVE = "reported:approve";
    /** The prefix of a reported figure's indicator id. */
    public static final String PREFIX = "reported.";
}
