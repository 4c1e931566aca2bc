package cn.fazhi.mediation;

import java.time.LocalDate;

/** A recorded mediation session. */
public record SessionView(long id, LocalDate heldOn, String mediators, String notes, String recordedBy) {}
