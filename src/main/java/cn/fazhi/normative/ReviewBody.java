package cn.fazhi.normative;

/** Who carried out the legality review: the justice bureau (司法局) or a legal adviser (法律顾问). */
public enum ReviewBody {
    JUSTICE_BUREAU, LEGAL_ADVISER
}
