package cn.fazhi.legality;

/** Who reviews: the justice bureau itself or one of the government's legal advisers. */
public enum ReviewerKind {
    BUREAU, ADVISER
}
