package cn.fazhi.mediation;

/** A natural person (resident ID number) or an organisation (unified social credit code). */
public enum PartyKind {
    PERSON, ORGANISATION
}
