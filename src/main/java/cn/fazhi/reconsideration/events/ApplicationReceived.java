package cn.fazhi.reconsideration.events;

/** A reconsideration application was registered (行政复议法 Art. 22). */
public record ApplicationReceived(long caseId, String caseNumber, java.time.LocalDate receivedOn, boolean late) {}
