package cn.fazhi.rectification;

import java.time.LocalDate;

/**
 * A problem to raise. {@code sourceType}/{@code sourceId}: the record that found it (a kernel case type code, e.g.
 * {@code supervision}, {@code oversight}, {@code evaluation}, {@code random_inspection}), with its label and page path
 * for the link both ways; {@code unitId}: the unit that must rectify; {@code issuerUnitId}: the side that accepts;
 * {@code foundOn}: the business date (counted by the figures); {@code deadline}: null for the default period.
 */
public record RaiseProblem(String sourceType, long sourceId, String sourceLabel, String sourcePath, String finding,
        String ruleBreached, long unitId, long issuerUnitId, LocalDate foundOn, LocalDate deadline) {}
