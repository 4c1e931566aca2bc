package cn.fazhi.errands;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of 香城代办 ({@code fazhi.errands}): the reasons a person qualifies as a beneficiary (codes; labels
 * {@code errands.reason.<code>}; {@code OTHER} needs a note) — a local policy, no national list.
 */
@ConfigurationProperties("fazhi.errands")
public record ErrandsProperties(List<String> reasons) {

    public ErrandsProperties {
        reasons = reasons == null || reasons.isEmpty()
                ? List.of("SERIOUS_ILLNESS", "DISABILITY", "PREGNANCY", "ELDERLY_ALONE", "OTHER") : List.copyOf(reasons);
    }
}
