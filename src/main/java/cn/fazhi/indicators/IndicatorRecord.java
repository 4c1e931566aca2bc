package cn.fazhi.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One record behind a figure: its case or document reference, a title without personal data, the date that put it in
 * the period, its region, an optional amount (yuan) and the staff page that shows it.
 */
public record IndicatorRecord(String reference, String title, LocalDate date, String regionCode, BigDecimal amount,
        String href) {}
