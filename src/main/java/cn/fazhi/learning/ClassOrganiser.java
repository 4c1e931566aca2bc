package cn.fazhi.learning;

/** Who runs a training class: 区委党校, the district (依法治区办 and others), or a unit for its own staff. */
public enum ClassOrganiser {
    PARTY_SCHOOL, DISTRICT, UNIT
}
