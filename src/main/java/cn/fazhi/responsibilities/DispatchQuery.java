package cn.fazhi.responsibilities;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A matter to find the responsible unit for: the power codes its category names (may be empty), its text (may be
 * blank), the day whose list counts, and how many suggestions to return at most.
 */
public record DispatchQuery(Collection<String> powerCodes, String text, LocalDate on, int limit) {}
