package cn.fazhi.hotline;

/** How urgent a category's tickets are: 紧急, 一般, 复杂 — picks the default limits of the settings. */
public enum Urgency {
    URGENT, NORMAL, COMPLEX
}
