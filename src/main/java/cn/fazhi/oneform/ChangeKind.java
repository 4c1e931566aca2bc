package cn.fazhi.oneform;

/** What a village asks to change in the register. */
public enum ChangeKind {
    ADD_PERSON, SET_ATTRIBUTE, REMOVE_ATTRIBUTE, MOVE_HOUSEHOLD, DEATH, REMOVAL
}
