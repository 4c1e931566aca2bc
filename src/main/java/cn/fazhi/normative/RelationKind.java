package cn.fazhi.normative;

/** How a newer document relates to an older one (the older stops being in force when the newer takes effect). */
public enum RelationKind {
    AMENDS, REPLACES, ABOLISHES
}
