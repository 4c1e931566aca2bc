package cn.fazhi.petitions;

/** The permissions and the case type of the petitions backlog. */
public final class Petitions {

    private Petitions() {}

    /** The kernel case type of a backlog case. */
    public static final String CASE_TYPE = "petition_backlog";
    /** Read backlog cases (within the data scope: a unit its own). */
    public static final String VIEW = "petitions:view";
    /** Keep the backlog: take cases in, name leaders, record meetings, resolutions and relapses. */
    public static final String MANAGE = "petitions:manage";
}
