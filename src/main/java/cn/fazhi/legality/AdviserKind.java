package cn.fazhi.legality;

/** A legal adviser is a person (lawyer, scholar) or a law firm (律师事务所, identified by its USCC). */
public enum AdviserKind {
    PERSON, FIRM
}
