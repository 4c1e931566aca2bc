package cn.fazhi.rectification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rectification settings. {@code default-days}: the deadline of a problem raised without one, in natural days after
 * it was found — no national period exists (督察工作规定 Art. 18 says only 限期整改; 广东省人民政府令第231号 Arts. 20–22
 * use 30日, a local rule), so a setting. {@code warn-days}: how many days ahead an open problem's deadline is warned.
 */
@ConfigurationProperties("fazhi.rectification")
public record RectificationProperties(@DefaultValue("30") int defaultDays, @DefaultValue("7") int warnDays) {

    public RectificationProperties {
        if (defaultDays < 1 || warnDays < 0) {
            throw new IllegalArgumentException("fazhi.rectification: default-days ≥ 1, warn-days ≥ 0");
        }
    }
}
