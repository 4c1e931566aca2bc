package cn.fazhi.enforcement;

import java.util.List;

/**
 * An item of a published lenient list that a case matches, with the explanation the handler sees before deciding:
 * the list, the conditions the item states and which of the case's facts satisfy its flags.
 *
 * @param item      the matching item
 * @param satisfied message keys of the item's conditions the case meets (首违, 危害后果轻微, 已改正)
 */
public record LenientMatch(LenientItemView item, List<String> satisfied) {}
