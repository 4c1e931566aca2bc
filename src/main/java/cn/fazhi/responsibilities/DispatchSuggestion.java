package cn.fazhi.responsibilities;

/**
 * A suggested responsible unit with its reason: the power of the list that makes it responsible (code, name, basis),
 * why that power was chosen, the words of the text that matched (for {@link SuggestionReason#TEXT_MATCH}) and a score
 * (higher first).
 */
public record DispatchSuggestion(long unitId, String powerCode, String powerName, String basis,
        SuggestionReason reason, String matched, int score) {}
