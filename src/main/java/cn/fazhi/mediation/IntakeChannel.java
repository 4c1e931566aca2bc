package cn.fazhi.mediation;

/** How a dispute reached the committee. */
public enum IntakeChannel {
    WALK_IN, HOTLINE_12345, ONLINE_PORTAL, COURT_ENTRUSTED, REFERRAL_POLICE, REFERRAL_PETITION, REFERRAL_OTHER_UNIT
}
