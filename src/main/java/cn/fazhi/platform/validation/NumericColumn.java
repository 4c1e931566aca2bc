package cn.fazhi.platform.validation;

import java.math.BigDecimal;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The bounds of a {@code NUMERIC(precision, scale)} column, so that a number is refused with a 400 before the database
 * refuses it with an error (e.g. {@code 12345678901234567890} for a NUMERIC(14, 2) amount). Every amount a form, an
 * API payload or an import row carries is checked against the column that stores it, through the constants here.
 */
public record NumericColumn(int precision, int scale) {

    /** Money: mediation, legality review and report amounts, NUMERIC(18, 2). */
    public static final NumericColumn MONEY = new NumericColumn(18, 2);
    /** The amount of the contested act in a reconsideration application, DECIMAL(14, 2). */
    public static final NumericColumn ACT_AMOUNT = new NumericColumn(14, 2);

    /** The largest value the column holds, e.g. 999999999999.99 for NUMERIC(14, 2). */
    public BigDecimal max() {
        return BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
    }

    /** Whether {@code value} fits: at most {@code scale} decimals (trailing zeros aside) and within ±{@link #max}. */
    public boolean fits(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= scale && value.abs().compareTo(max()) <= 0;
    }

    /**
     * {@code value} (null passes) if it fits, else a 400 naming {@code field} (a message key) and the bounds; the
     * value is returned at the column's scale.
     */
    public BigDecimal check(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (!fits(value)) {
            throw UserFacingException.badRequest("validation.number.range",
                    new DefaultMessageSourceResolvable(new String[] {field}, field), max().toPlainString(), scale);
        }
        return value.setScale(scale);
    }
}
