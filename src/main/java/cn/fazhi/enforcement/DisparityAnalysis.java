package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of one 同案不同罚 analysis: the period, how many decisions with a stated level and a fine were compared
 * (district-wide), in how many peer groups, the flags in the caller's scope (newest decision first — never ordered by
 * amount or by unit, 国办发〔2022〕27号 三(六)) and how long the analysis took.
 */
public record DisparityAnalysis(LocalDate from, LocalDate to, long decisions, long groups, List<DisparityFlag> flags,
        long millis, double threshold, int minGroupSize) {}
