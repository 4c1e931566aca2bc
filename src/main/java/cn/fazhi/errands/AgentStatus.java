package cn.fazhi.errands;

/** An agent is ACTIVE, SUSPENDED (may not act for now) or LEFT (date recorded). */
public enum AgentStatus {
    ACTIVE, SUSPENDED, LEFT
}
