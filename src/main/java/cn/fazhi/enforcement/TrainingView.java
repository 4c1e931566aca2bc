package cn.fazhi.enforcement;

import java.math.BigDecimal;

/** An active officer's training hours of a year (0 when nothing was recorded) and whether they met the threshold. */
public record TrainingView(long officerId, String officerName, long unitId, String unitName, int year, BigDecimal hours,
        boolean recorded, boolean met, String note) {}
