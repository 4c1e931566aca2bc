package cn.fazhi.reports.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.fazhi.platform.web.UserFacingException;

/**
 * How a figure is printed in the report. The report is a Chinese official document whatever the reader's UI
 * language, so the unit words (亿元, 万元, 元) are part of the printed figure, as in the seed report ("6.89亿元").
 */
public enum FigureFormat {
    /** A whole number with thousands separators: 8,608. */
    COUNT("count"),
    /**
     * A percentage with one decimal: 99.5%. A whole percentage drops the ".0" (100%), as reports write it — the
     * seed prints "100%" next to "99.5%".
     */
    PERCENT("percent"),
    /** Yuan in 亿元 with two decimals: 689,000,000 → 6.89亿元. */
    YI("yi"),
    /** Yuan in 万元 with two decimals: 123,456 → 12.35万元. */
    WAN("wan"),
    /** Yuan with thousands separators and fen: 1,234.50元. */
    YUAN("yuan"),
    /** A count in 万 as the seed writes large counts: 780,000 → 78万; 785,000 → 78.5万 (at most two decimals). */
    COUNT_WAN("count_wan"),
    /**
     * A count rounded down to two significant digits followed by 余 ("more than"), as the seed writes "1000余人" and
     * "180余次": 1,026 → 1000余, 183 → 180余; a count that is already round prints plainly (1,000 → 1000).
     */
    APPROX("approx"),
    /**
     * A large count in whole 万 followed by 余 when there is more, as the seed writes "8万余人次" and "10万余份":
     * 81,234 → 8万余, 100,000 → 10万.
     */
    WAN_APPROX("wan_approx"),
    /**
     * A percentage in tenths (成) as the seed writes a share in words: 65.3 → 六成以上, 60 → 六成, 5 → 不足一成 (a whole
     * share prints plainly, anything more adds 以上).
     */
    CHENG("cheng");

    private static final String[] NUMERALS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private final String code;

    FigureFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The format named {@code code} in the placeholder of {@code indicatorId}; refused with the valid codes named. */
    public static FigureFormat of(String indicatorId, String code) {
        for (FigureFormat f : values()) {
            if (f.code.equalsIgnoreCase(code)) {
                return f;
            }
        }
        throw UserFacingException.badRequest("reports.error.formatUnknown", indicatorId, code, codes());
    }

    public static String codes() {
        return Arrays.stream(values()).map(FigureFormat::code).collect(Collectors.joining(", "));
    }

    /** The printed figure; an indicator without a value (e.g. a rate over nothing) prints as "—". */
    public String format(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return switch (this) {
            case COUNT -> pattern("#,##0").format(value.setScale(0, RoundingMode.HALF_UP));
            case PERCENT -> {
                BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP);
                yield (rounded.stripTrailingZeros().scale() <= 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded)
                        .toPlainString() + "%";
            }
            case YI -> value.divide(HUNDRED_MILLION).setScale(2, RoundingMode.HALF_UP).toPlainString() + "亿元";
            case WAN -> value.divide(TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP).toPlainString() + "万元";
            case YUAN -> pattern("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP)) + "元";
            case COUNT_WAN -> value.divide(TEN_THOUSAND).setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString()
                    + "万";
            case APPROX -> approx(value.setScale(0, RoundingMode.DOWN));
            case WAN_APPROX -> {
                BigDecimal whole = value.setScale(0, RoundingMode.DOWN);
                BigDecimal wan = whole.divide(TEN_THOUSAND, 0, RoundingMode.DOWN);
                yield wan.toPlainString() + "万" + (wan.multiply(TEN_THOUSAND).compareTo(whole) < 0 ? "余" : "");
            }
            case CHENG -> {
                BigDecimal clipped = value.max(BigDecimal.ZERO).min(new BigDecimal("100"));
                int tenths = clipped.divide(BigDecimal.TEN, 0, RoundingMode.DOWN).intValueExact();
                if (tenths == 0) {
                    yield clipped.signum() == 0 ? NUMERALS[0] : "不足一成";
                }
                yield NUMERALS[tenths] + "成"
                        + (BigDecimal.valueOf(tenths * 10L).compareTo(clipped) < 0 ? "以上" : "");
            }
        };
    }

    private static String approx(BigDecimal whole) {
        int digits = whole.precision();
        if (whole.signum() <= 0 || digits <= 2) {
            return whole.toPlainString();
        }
        BigDecimal step = BigDecimal.TEN.pow(digits - 2);
        BigDecimal floored = whole.divide(step, 0, RoundingMode.DOWN).multiply(step);
        return floored.toPlainString() + (floored.compareTo(whole) < 0 ? "余" : "");
    }

    private static DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
