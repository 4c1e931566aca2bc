package cn.fazhi.learning;

/** A test session's kind: the online law test, or the pre-appointment law exam (任前法律考试). */
public enum TestKind {
    ONLINE_TEST, PRE_APPOINTMENT
}
