package cn.fazhi.cases;

import java.time.LocalDate;

/**
 * An open deadline of a case: its type and id, number and title for display, the deadline's name (a message key of
 * the case type, e.g. {@code reconsideration.clock.acceptance}), the date, and the owning unit and region (data scope).
 * {@code path} is where the case page lives.
 */
public record DueItem(CaseRef ref, String caseNumber, String title, String deadlineName, LocalDate deadline,
        long unitId, String regionCode, String path) {}
