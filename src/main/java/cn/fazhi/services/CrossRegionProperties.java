package cn.fazhi.services;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The periods of a cross-region hand-over's waiting steps, in working days from the previous step. 国办发〔2020〕35号
 * (跨省通办) names the modes (全程网办, 异地代收代办, 多地联办) but its text was not read for periods, so these are local
 * settings (confidence: low): {@code send-days} materials sent to the partner after receipt; {@code result-extra-days}
 * the partner's result within the item's 承诺时限 plus these days; {@code deliver-days} delivered to the applicant after
 * the result; {@code accept-days} a forwarded application accepted here; {@code return-extra-days} the result returned
 * within the item's 承诺时限 plus these days after acceptance.
 */
@ConfigurationProperties("fazhi.services.items.cross-region")
public record CrossRegionProperties(@DefaultValue("1") int sendDays, @DefaultValue("5") int resultExtraDays,
        @DefaultValue("2") int deliverDays, @DefaultValue("1") int acceptDays, @DefaultValue("0") int returnExtraDays) {

    public CrossRegionProperties {
        if (sendDays < 0 || resultExtraDays < 0 || deliverDays < 0 || acceptDays < 0 || returnExtraDays < 0) {
            throw new IllegalArgumentException("fazhi.services.items.cross-region: periods ≥ 0");
        }
    }
}
