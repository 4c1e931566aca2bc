package cn.fazhi.normative.events;

import java.time.LocalDate;

/** A normative document moved from one status to another ({@code from} null when it was created). */
public record DocumentStatusChanged(long documentId, String number, String from, String to, LocalDate on) {}
