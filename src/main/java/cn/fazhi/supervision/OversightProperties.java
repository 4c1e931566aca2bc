package cn.fazhi.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of 法治督察 ({@code fazhi.supervision.oversight}).
 * {@code self-report-days}: calendar days from the notice within which a written mission's targets submit their
 * self-inspection report — 督察工作规定 Art. 12 says only "限期" (no number of days), so this is a local setting
 * (default 20). {@code office-unit}: code of the unit that organises missions and raises the Art. 26 problems of the
 * annual-report duties (default the 区委依法治区办, 督察单位 per Art. 5).
 */
@ConfigurationProperties("fazhi.supervision.oversight")
public record OversightProperties(@DefaultValue("20") int selfReportDays, @DefaultValue("XA-YFZQB") String officeUnit) {

    public OversightProperties {
        if (selfReportDays < 1 || selfReportDays > 365) {
            throw new IllegalArgumentException("fazhi.supervision.oversight.self-report-days must be 1..365");
        }
    }
}
