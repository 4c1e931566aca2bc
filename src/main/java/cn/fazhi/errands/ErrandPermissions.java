package cn.fazhi.errands;

/** The errands module's permission strings (granted by V119, reveal by V129). */
public final class ErrandPermissions {

    /** See agents, beneficiaries and errands in scope (an agent: only their own). */
    public static final String VIEW = "errands:view";
    /** Keep agents, beneficiaries and authorisations; assign, reassign, cancel errands; resolve disputes. */
    public static final String MANAGE = "errands:manage";
    /** An agent records and completes the errands of the beneficiaries who authorised them. */
    public static final String ACT = "errands:act";
    /** Reveal a person's full ID number and phone (audited). */
    public static final String REVEAL = "errands:reveal";

    private ErrandPermissions() {}
}
