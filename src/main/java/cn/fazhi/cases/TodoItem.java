package cn.fazhi.cases;

import java.time.LocalDate;

/** A case waiting for a step: number and title for display, since when it waits, and the case page ({@code path}). */
public record TodoItem(CaseRef ref, String caseNumber, String title, LocalDate since, String path) {}
