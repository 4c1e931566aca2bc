package cn.fazhi.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import cn.fazhi.platform.web.Paged;

/** A random-inspection task as pages and the API show it. {@code publishedLate}: published, or still not, after its due day. */
public record RandomTaskView(long id, String caseNumber, RandomTaskStatus status, String title, boolean joint,
        long leadUnitId, String leadUnitName, String regionCode, LocalDate periodFrom, LocalDate periodTo,
        BigDecimal ratioPercent, LocalDate committedOn, LocalDate drawnOn, LocalDate resultsRecordedOn,
        LocalDate publishDueOn, LocalDate publishedOn, boolean publishedLate, String closedReason, Long mergedInto,
        List<Item> items, List<String> departments, int version) {

    /** An item of the random-inspection list in the task. */
    public record Item(long id, String code, String name, String legalBasis, String unitName, BigDecimal ratioPercent,
            String industryCodes) {}

    /** A drawn entity with its inspectors and result (null until recorded). */
    public record Selected(int rank, String uscc, String entityName, List<Inspector> inspectors, Result result) {}

    /** A drawn inspector: certificate number, name and unit. */
    public record Inspector(String key, String name, String unitName) {}

    /** A recorded result. */
    public record Result(long id, String uscc, String entityName, RandomResultOutcome outcome, LocalDate inspectedOn,
            String findings, List<String> inspectors, LocalDate rectifyDueOn, LocalDate reinspectedOn, Boolean rectified,
            String reinspectionFindings, Long penaltyCaseId, Long clueId) {}
}
