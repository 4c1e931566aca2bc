package cn.fazhi.reconsideration.events;

/** Who appeared for the agency at a hearing was recorded (行政诉讼法 Art. 3(3)). */
public record LitigationHearingRecorded(long caseId, java.time.LocalDate hearingOn, String appearance) {}
