package cn.fazhi.responsibilities;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the 权责清单. {@code types}: the configured 职权类型 codes (labels {@code responsibilities.type.<CODE>});
 * by default the ten common classes of LEGAL-RULES-2 §11.5 (confidence medium–low, local variants exist).
 * {@code powerRequiredKinds}: the {@link ClaimedMatters} kinds whose every matter must carry a published power in
 * force (else a gap). {@code textMinWords}: shared two-character words a text suggestion needs; {@code
 * commonWordShare}: a word found in more than this share of the powers is too common to count.
 */
@ConfigurationProperties("fazhi.responsibilities")
public record ResponsibilitiesProperties(
        @DefaultValue({"LICENCE", "PENALTY", "COERCION", "LEVY", "PAYMENT", "INSPECTION", "CONFIRMATION", "REWARD",
                "RULING", "OTHER"}) List<String> types,
        @DefaultValue("enforcement_matter") List<String> powerRequiredKinds,
        @DefaultValue("2") int textMinWords,
        @DefaultValue("0.05") double commonWordShare) {

    public ResponsibilitiesProperties {
        if (types == null || types.isEmpty() || types.stream().anyMatch(t -> !t.matches("[A-Z_]{2,32}"))) {
            throw new IllegalArgumentException("fazhi.responsibilities.types: upper-case codes, at least one");
        }
        if (textMinWords < 1 || commonWordShare <= 0 || commonWordShare > 1) {
            throw new IllegalArgumentException("fazhi.responsibilities: text-min-words ≥ 1, 0 < common-word-share ≤ 1");
        }
        types = List.copyOf(types);
        powerRequiredKinds = powerRequiredKinds == null ? List.of() : List.copyOf(powerRequiredKinds);
    }
}
