package cn.fazhi.enforcement;

/** The party of a penalty case: a natural person (公民) or an organisation (法人或者其他组织). */
public enum PenaltyPartyKind { PERSON, ORGANISATION }
