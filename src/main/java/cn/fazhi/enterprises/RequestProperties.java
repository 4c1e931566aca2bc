package cn.fazhi.enterprises;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of enterprise requests ({@code fazhi.enterprises.requests}). No national period exists for answering a
 * request (LEGAL-RULES-2 §10: 优化营商环境条例 Arts. 48, 49 require channels and help, no day count), so every period is
 * a setting, in working days of the legal calendar:
 *
 * @param deskUnitId       the unit of the help desk (holds requests not yet routed or returned; receives SME complaints)
 * @param acceptDays       受理: the desk routes a request within this many working days after it was filed
 * @param signDays         签收: the unit signs for it within this many working days after the routing
 * @param answerDays       答复: the unit answers within this many working days after the routing
 * @param closeDays        办结: the desk closes the request within this many working days after it was filed
 * @param visitDays        回访: the enterprise's rating (or the desk's return visit) is due this many working days after
 *                         the answer
 * @param warnDays         how many days ahead an open period is warned
 * @param categories       the category codes (labels {@code enterprises.requests.category.<code>}): the 11 of 优化营商环境条例
 *                         Art. 69 and ordinary ones
 * @param enforcementCategories the categories about enforcement: such a request opens a supervision clue
 * @param satisfaction     the rating scale, best first (labels {@code enterprises.requests.rating.<code>})
 * @param satisfied        the codes of the scale that count as satisfied
 */
@ConfigurationProperties("fazhi.enterprises.requests")
public record RequestProperties(@DefaultValue("44") long deskUnitId, @DefaultValue("1") int acceptDays,
        @DefaultValue("1") int signDays, @DefaultValue("5") int answerDays, @DefaultValue("15") int closeDays,
        @DefaultValue("5") int visitDays, @DefaultValue("1") int warnDays,
        @DefaultValue({"POLICY", "APPROVAL", "FACTORS", "INSPECTION", "INTERFERENCE", "UNEQUAL", "SEIZURE", "APPORTION",
            "FORCED_EVENTS", "FEES", "BROKEN_PROMISE", "DISGUISED_LICENCE", "DESIGNATED_AGENCY", "NOT_HEARD",
            "OTHER"}) List<String> categories,
        @DefaultValue({"INSPECTION", "SEIZURE"}) List<String> enforcementCategories,
        @DefaultValue({"VERY_SATISFIED", "SATISFIED", "BASIC", "DISSATISFIED"}) List<String> satisfaction,
        @DefaultValue({"VERY_SATISFIED", "SATISFIED", "BASIC"}) List<String> satisfied) {

    public RequestProperties {
        if (acceptDays < 0 || signDays < 0 || answerDays < signDays || closeDays < answerDays || visitDays < 0
                || warnDays < 0 || categories.isEmpty() || !categories.containsAll(enforcementCategories)
                || satisfaction.isEmpty() || !satisfaction.containsAll(satisfied)) {
            throw new IllegalArgumentException("fazhi.enterprises.requests: periods >= 0, sign-days <= answer-days <= "
                    + "close-days, enforcement-categories within categories, satisfied within satisfaction");
        }
        categories = List.copyOf(categories);
        enforcementCategories = List.copyOf(enforcementCategories);
        satisfaction = List.copyOf(satisfaction);
        satisfied = List.copyOf(satisfied);
    }
}
