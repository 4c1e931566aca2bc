package cn.fazhi.reconsideration.events;

/** The 补正 deadline passed without reply: 视为放弃 (Art. 31). */
public record ApplicationAbandoned(long caseId, java.time.LocalDate recordedOn) {}
