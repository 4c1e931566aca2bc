package cn.fazhi.enforcement;

import java.time.LocalDate;

/** A rectification task as pages and the API show it. */
public record RectificationView(long id, String sourceType, long sourceId, String reference, long unitId, String unitName,
        String regionCode, String problem, String rule, LocalDate issuedOn, LocalDate deadline, RectificationStatus status,
        String report, LocalDate reportedOn, LocalDate acceptedOn, String decidedBy, String decisionNote, int version) {}
