package cn.fazhi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** An item of the random-inspection list as pages, the API and the portal show it. */
public record RandomItemView(long id, String code, String name, String legalBasis, long unitId, String unitName,
        String regionCode, String inspectionMethod, String targetScope, String industryCodes, BigDecimal ratioPercent,
        String frequency, RandomItemStatus status, LocalDate publishedOn, LocalDate withdrawnOn, int version) {

    /** The industry filter's entries (section letters or GB/T 4754 codes); empty = every industry. */
    public List<String> industryFilter() {
        return industryFilter(industryCodes);
    }

    /** An item's industry codes as stored: letters and digits separated by commas, semicolons or spaces, upper case. */
    public static List<String> industryFilter(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split("[,，;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(String::toUpperCase).toList();
    }

    /** Whether an entity of {@code industryCode} (normalised, e.g. F5211) is a target of this item. */
    public boolean covers(String industryCode) {
        List<String> filter = industryFilter();
        return filter.isEmpty() || (industryCode != null && filter.stream().anyMatch(industryCode::startsWith));
    }
}
