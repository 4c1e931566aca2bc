package cn.fazhi.oneform;

/** A person's relation to the head of the household (labels {@code oneform.relation.<name>}). */
public enum Relation {
    HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD, SIBLING, OTHER
}
