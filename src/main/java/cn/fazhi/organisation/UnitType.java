package cn.fazhi.organisation;

/** Kinds of bodies in the district. */
public enum UnitType {
    PARTY_BODY, GOVERNMENT, DEPARTMENT, TOWNSHIP_GOVERNMENT, GOVERNANCE_CENTRE, SERVICE_CENTRE, JUDICIAL_OFFICE, OTHER
}
