package cn.fazhi.reconsideration.domain;

/** A natural person (ID number) or an organisation (USCC). */
public enum PartyKind { PERSON, ORGANISATION }
