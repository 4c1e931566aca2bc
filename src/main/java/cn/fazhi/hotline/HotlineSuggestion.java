package cn.fazhi.hotline;

import java.util.List;

/**
 * A unit suggested for a ticket, with its reason as a message key and arguments: {@code hotline.reason.CATEGORY_POWER}
 * / {@code TEXT_MATCH} (from the 权责清单: the power's name and basis, the matched words) or {@code CATEGORY_UNIT} (the
 * category's default unit, when the list names none); {@code reason} the code stored with the dispatch; and the history
 * of the category with this unit over the past year: tickets dispatched to it and the share it returned.
 */
public record HotlineSuggestion(long unitId, String unitName, String reason, String reasonKey, List<Object> reasonArgs,
        String powerCode, long handled, long returned) {

    /** The unit's return rate for the category over the past year, in percent with no decimals (0 when none). */
    public long returnRate() {
        return handled == 0 ? 0 : Math.round(returned * 100.0 / handled);
    }
}
