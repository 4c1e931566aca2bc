package cn.fazhi.reported;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.fazhi.indicators.IndicatorUnit;

/** What the pages and the API show of reported figures. */
public final class ReportedViews {

    private ReportedViews() {}

    /** A definition: the indicator id is {@code reported.<code>}. */
    public record Definition(long id, String code, String indicatorId, String name, IndicatorUnit figureUnit,
            long unitId, String unitName, String sourceSystem, String periodKind, String description) {}

    /** A submission with its definition, evidence and the office's decision. */
    public record Submission(long id, String caseNumber, ReportedStatus status, long definitionId, String code,
            String indicatorId, String name, IndicatorUnit figureUnit, int periodYear, BigDecimal value,
            String sourceSystem, String note, Long evidenceId, String evidenceName, long unitId, String unitName,
            String unitShortName, String regionCode, LocalDate submittedOn, String submittedBy, LocalDate decidedOn,
            String decidedBy, String decidedByName, String decidedUnit, String returnReason, Long supersededBy,
            int version) {

        public String statusKey() {
            return "reported.status." + status.name();
        }
    }
}
