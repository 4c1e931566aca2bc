package cn.fazhi.learning;

/** A question's kind: single choice, multiple choice, true/false. */
public enum QuestionKind {
    SINGLE, MULTIPLE, TRUE_FALSE
}
