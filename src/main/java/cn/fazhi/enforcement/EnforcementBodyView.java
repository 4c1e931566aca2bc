package cn.fazhi.enforcement;

/** An enforcement body as pages and the API show it, with the number of its active matters and officers. */
public record EnforcementBodyView(long id, long unitId, String unitName, String regionCode, String name,
        EnforcementBodyKind kind, Long entrustingUnitId, String entrustingUnitName, String legalBasis, String areas,
        boolean active, long matters, long officers, int version) {}
