package cn.fazhi.reconsideration.domain;

/** Grounds for 终止 (行政复议法 Art. 41; withdrawal after 和解, Art. 74). */
public enum TerminationGround {
    /** The applicant withdrew after a settlement (和解, Art. 74; Art. 41(一)). */
    WITHDRAWN_AFTER_SETTLEMENT,
    /** The applicant withdrew (Art. 41(一)). */
    WITHDRAWN,
    /** The applicant died or the organisation ended with no successor, or heirs gave up (Art. 41(二)(三)). */
    NO_SUCCESSOR,
    /** A criminal measure was taken against the applicant for the same act (Art. 41(四)). */
    CRIMINAL_MEASURE,
    /** 中止 on grounds (一)(二)(四) of Art. 39 lasted over 60 days (Art. 41(五)). */
    SUSPENSION_OVER_SIXTY_DAYS
}
