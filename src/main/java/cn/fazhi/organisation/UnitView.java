package cn.fazhi.organisation;

/** A unit as other modules see it. */
public record UnitView(long id, String code, String name, String shortName, UnitType type, Long parentId,
        String regionCode, String uscc, boolean active, int version) {}
