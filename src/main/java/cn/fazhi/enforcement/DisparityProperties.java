package cn.fazhi.enforcement;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the discretion part ({@code fazhi.enforcement.discretion.*}). The robust rule of 同案不同罚 detection is
 * the product's own (no legal text fixes it), so its constants are settings:
 *
 * @param madThreshold    k: a decision is "far from its peers" when |fine − median| / (1.4826 · MAD) &gt; k (3.5 by
 *                        default, Iglewicz &amp; Hoaglin's cut-off for the modified z-score)
 * @param minGroupSize    n: the peer rule applies only in groups of at least n decisions (this one included), 5 by default;
 *                        the benchmark-range rule applies whatever the group's size
 * @param excludedStatuses case statuses left out of the analysis (decisions annulled or revoked later), bound as parameters
 * @param peersListed     the most peers listed with one flag
 */
@ConfigurationProperties("fazhi.enforcement.discretion")
public record DisparityProperties(@DefaultValue("3.5") double madThreshold, @DefaultValue("5") int minGroupSize,
        @DefaultValue("ANNULLED") List<String> excludedStatuses, @DefaultValue("200") int peersListed) {

    public DisparityProperties {
        if (!(madThreshold > 0 && madThreshold <= 100)) {
            throw new IllegalArgumentException("fazhi.enforcement.discretion.mad-threshold must be in (0, 100]");
        }
        if (minGroupSize < 3 || minGroupSize > 10_000) {
            throw new IllegalArgumentException("fazhi.enforcement.discretion.min-group-size must be 3..10000");
        }
        if (peersListed < 1 || peersListed > 5_000) {
            throw new IllegalArgumentException("fazhi.enforcement.discretion.peers-listed must be 1..5000");
        }
        excludedStatuses = excludedStatuses == null ? List.of() : List.copyOf(excludedStatuses);
    }
}
