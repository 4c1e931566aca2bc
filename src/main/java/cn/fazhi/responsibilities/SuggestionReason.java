package cn.fazhi.responsibilities;

/**
 * Why a unit is suggested for a matter: the matter's category names a power of the list that the unit holds
 * ({@code CATEGORY_POWER}), or the matter's text names a power of the unit's ({@code TEXT_MATCH}, with the words
 * matched). Shown to the dispatcher through the message {@code responsibilities.reason.<NAME>}.
 */
public enum SuggestionReason {
    CATEGORY_POWER, TEXT_MATCH
}
