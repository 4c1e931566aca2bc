package cn.fazhi.legality.events;

/** The steps of a major decision changed; {@code flagged} says whether a step was skipped for a decision made. */
public record DecisionStepsRecorded(long decisionId, boolean flagged, String flags) {}
